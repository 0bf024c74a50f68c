package dev.versus.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The folders of the manifest that CarryOver looks each old folder up in (one look-up, no scan of the manifest). */
class CarryOverTest {
  @Test
  void everyFolderAtEveryDepthHoldingAFileOfOursAndNoOther() {
    Set<String> ours = Set.of("index.html", "a/b/c.html", "a/d.html", "a/b/e/f.css", "ab/g.html", "x/y/z/page.html");
    assertEquals(Set.of("a", "a/b", "a/b/e", "ab", "x", "x/y", "x/y/z"), CarryOver.folders(ours));
  }

  @Test
  void noFolderForFilesAtTheTop() {
    assertEquals(Set.of(), CarryOver.folders(Set.of("index.html", "feed.xml")));
  }
}

package dev.versus.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.web.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds into one output folder at once: the second one's repairs must not take the first one's temporary
 * folder for a killed build's. They did: `versus build` started while another was rendering deleted its folder
 * ("left by a build that was stopped"), and the first published a site without the pages it had already written
 * (the build cache's kept pages: no home page), exiting 0.
 */
class ConcurrentBuildTest {
  @TempDir
  Path tmp;

  private final SiteWriter writer = new SiteWriter();

  @Test
  void aBuildStartedWhileAnotherWritesLeavesItsTemporaryFolderAlone() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1")));
    SiteWriter.Staging first = writer.begin(out);
    Output home = first.put(Output.page("index.html", "home", "v2"));
    SiteWriter.Staging second = writer.begin(out);
    assertTrue(second.notes().stream().noneMatch(n -> n.contains("left by a build that was stopped")), second.notes().toString());
    second.discard();
    first.publish(List.of(home, Output.page("a/index.html", "article", "a")));
    first.discard();
    assertEquals("v2", Files.readString(out.resolve("index.html")), "the page the first build wrote before the second began");
    assertEquals("a", Files.readString(out.resolve("a/index.html")));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "nothing left beside the site");
    }
  }

  @Test
  void aTemporaryFolderOfAKilledBuildIsStillDeletedWithItsLock() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1")));
    // what a build killed while writing leaves: its folder, marked, and its lock file, which no process holds
    Path stale = Files.createDirectories(tmp.resolve(".site.tmp-5"));
    Files.writeString(stale.resolve(TempFolder.MARKER), "x");
    Files.writeString(tmp.resolve(".site.tmp-5" + TempFolder.LOCK), "");
    Files.writeString(tmp.resolve(".site.tmp-6" + TempFolder.LOCK), "");
    SiteWriter.Result r = writer.write(out, List.of(Output.page("index.html", "home", "v2")));
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("left by a build that was stopped")), r.notes().toString());
    assertFalse(Files.exists(stale));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList());
    }
  }
}

package dev.versus.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.web.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether a file of the site holds an output's bytes ({@link SameFile}), asked with the attributes the caller read once. */
class SameFileTest {
  @TempDir
  Path tmp;

  /**
   * The attributes the caller read are the ones used: the in-place publish reads each file's once, for whose file it
   * is and for its size, and asking again cost a second {@code lstat} per file. Handed those of a file of another
   * size, the answer is no, though the file itself holds the bytes (a second read would say yes).
   */
  @Test
  void goesByTheAttributesTheCallerRead() throws Exception {
    Path page = Files.writeString(tmp.resolve("index.html"), "v1");
    Path longer = Files.writeString(tmp.resolve("other.html"), "a longer page");
    Output v1 = Output.page("index.html", "home", "v1");
    assertTrue(SameFile.holds(page, v1));
    assertTrue(SameFile.holds(page, SameFile.attributes(page), v1));
    BasicFileAttributes stale = SameFile.attributes(longer);
    assertFalse(SameFile.holds(page, stale, v1), "the size read by the caller, not read again");
    assertFalse(SameFile.holds(page, null, v1), "no file, as the caller found");
  }

  @Test
  void noFileAndAFileWhereAFolderGoesHaveNoAttributes() throws Exception {
    Files.writeString(tmp.resolve("notes.txt"), "a file");
    assertNull(SameFile.attributes(tmp.resolve("missing.html")));
    assertNull(SameFile.attributes(tmp.resolve("notes.txt/today.txt")), "a file stands where the folder should be");
  }
}

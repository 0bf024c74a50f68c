package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache's key names the code that made it: two jars (or class folders) of different code under the same
 * stamp {@code <commit>-dirty} or {@code unknown} (uncommitted changes, a source archive) must not read each other's
 * cache, which would keep pages as the other code rendered them; a clean commit names its code alone.
 */
class CodeDigestTest {
  @Test
  void aDirtyOrUnknownCommitIsKeyedByTheCodeItself(@TempDir Path dir) throws IOException {
    Path before = jar(dir.resolve("before.jar"), "class=\"xref\"");
    Path after = jar(dir.resolve("after.jar"), "class=\"xrefz\"");
    Path same = jar(dir.resolve("same.jar"), "class=\"xref\"");
    for (String commit : new String[] {"6b8c401daa87-dirty", "unknown"}) {
      Properties stamp = stamp(commit);
      assertNotEquals(BuildCache.version(stamp, Optional.of(before)), BuildCache.version(stamp, Optional.of(after)),
          commit + ": other code, the same stamp");
      assertEquals(BuildCache.version(stamp, Optional.of(before)), BuildCache.version(stamp, Optional.of(same)),
          commit + ": the same code in another file");
    }
    Properties clean = stamp("6b8c401daa87");
    assertEquals("versus 0.1.0 commit 6b8c401daa87", BuildCache.version(clean, Optional.of(after)));
  }

  @Test
  void aFolderOfClassesIsKeyedByItsFilesAndUnreadableCodeByNothingReusable(@TempDir Path dir) throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes/dev/versus"));
    Files.writeString(classes.resolve("A.class"), "one");
    Properties stamp = stamp("unknown");
    String first = BuildCache.version(stamp, Optional.of(dir.resolve("classes")));
    Files.writeString(classes.resolve("A.class"), "two");
    assertNotEquals(first, BuildCache.version(stamp, Optional.of(dir.resolve("classes"))));
    Path missing = dir.resolve("gone.jar");
    assertNotEquals(BuildCache.version(stamp, Optional.of(missing)), BuildCache.version(stamp, Optional.of(missing)),
        "code that cannot be read never matches a cache");
    assertNotEquals(BuildCache.version(stamp, Optional.empty()), BuildCache.version(stamp, Optional.empty()));
  }

  private static Properties stamp(String commit) {
    Properties p = new Properties();
    p.setProperty("version", "0.1.0");
    p.setProperty("commit", commit);
    return p;
  }

  /** A jar whose one class entry holds {@code text}. */
  private static Path jar(Path file, String text) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("versus-version.txt"));
      zip.write("version=0.1.0\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("dev/versus/render/PrintText.class"));
      zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return file;
  }
}

package dev.versus.site;

import dev.versus.web.Output;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Whether a file of the published site already holds an output's bytes, so publishing in place ({@link InPlace})
 * need not write it: the size first (one {@code lstat}), then the bytes, read from the page cache in chunks. Reading a
 * file that is there costs far less than writing a new one (a new inode, and a freed one when it replaces the old),
 * and a deploy that syncs by time (rsync) sends nothing for a file left as it was.
 */
final class SameFile {
  /** The largest chunk read at once: a 30 MB print view is compared without holding a second copy of it. */
  private static final int CHUNK = 1 << 16;

  private SameFile() {}

  /**
   * Whether {@code file} is a regular file (not a link, not a folder) holding exactly the bytes of {@code o}; false
   * when there is no such file, or a file stands where a folder on its way should be. An error reading it is thrown (the caller writes the file, as for any other change).
   */
  static boolean holds(Path file, Output o) throws IOException {
    return holds(file, attributes(file), o);
  }

  /**
   * {@link #holds(Path, Output)} for a caller that read {@code file}'s attributes already ({@code there}, from
   * {@link #attributes}; null for no file): its {@code lstat} is not made twice.
   */
  static boolean holds(Path file, BasicFileAttributes there, Output o) throws IOException {
    if (there == null || !there.isRegularFile()) return false;
    if (o.bytes() == null) return Files.size(o.copyOf()) == there.size() && Files.mismatch(o.copyOf(), file) == -1;
    return o.bytes().length == there.size() && holds(file, o.bytes());
  }

  /**
   * {@code file}'s own attributes (one {@code lstat}, not through a link); null when there is no such file, or a file
   * stands where a folder on its way should be. Any other error reading them is thrown.
   */
  static BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (java.nio.file.FileSystemException e) {
      // a file where a folder on its way should be (the site's notes.txt, now the folder of notes.txt/today.txt):
      // no such file either ("Not a directory"); the publish then finds the file in the way and swaps
      if (!Files.isDirectory(file.getParent(), LinkOption.NOFOLLOW_LINKS)) return null;
      throw e;
    }
  }

  /** Whether {@code file}'s content is {@code want}, compared chunk by chunk, stopping at the first difference. */
  private static boolean holds(Path file, byte[] want) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[Math.max(1, Math.min(want.length, CHUNK))];
      int at = 0;
      while (at < want.length) {
        int n = in.read(chunk, 0, Math.min(chunk.length, want.length - at));
        if (n < 0 || !Arrays.equals(chunk, 0, n, want, at, at + n)) return false;
        at += n;
      }
      return in.read() < 0;
    }
  }
}

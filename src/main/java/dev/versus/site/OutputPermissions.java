package dev.versus.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the output folder, and the folder it lies in, may be written: asked before a build moves anything. */
final class OutputPermissions {
  private OutputPermissions() {}

  /**
   * Refuses an output folder, or the folder it lies in, that may not be written; {@link SiteWriter#begin} asks before it
   * takes the lock, which lives beside the output.
   */
  static void check(Path out, Path target) throws SiteWriter.RefusedException {
    // a read-only folder is said before anything moves: the swap would put a new site in its place (the rename
    // needs only its parent) and then fail inside it, leaving the site changed while saying "nothing written"
    if (Files.isDirectory(target) && !Files.isWritable(target)) {
      throw new SiteWriter.RefusedException("output " + out + " is read-only: make it writable (chmod u+w " + out
          + ") or choose another --out; nothing was written");
    }
    Path real = Files.isSymbolicLink(target) && Files.isDirectory(target) ? realPath(target) : target;
    Path parent = real.getParent();
    if (parent != null && Files.isDirectory(parent) && !Files.isWritable(parent)) {
      throw new SiteWriter.RefusedException("cannot write " + out + ": its folder " + parent + " is read-only, and a build"
          + " writes beside the output (its lock, a temporary folder, then a swap); make " + parent
          + " writable or choose an --out in a writable folder; nothing was written");
    }
  }

  /** {@code link}'s real path, or {@code link} itself when it cannot be read. */
  private static Path realPath(Path link) {
    try {
      return link.toRealPath();
    } catch (IOException e) {
      return link;
    }
  }
}

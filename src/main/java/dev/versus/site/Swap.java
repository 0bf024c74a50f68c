package dev.versus.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;

/**
 * Puts a finished temporary folder in the place of the output folder with two atomic renames (the
 * old site is parked at {@code .<name>.old-<time>} between them), so readers never see a half-written
 * site; then drops the parked site ({@link ParkedSite#discard}).
 */
final class Swap {
  private Swap() {}

  /**
   * Swaps {@code temp} in as {@code target}. An existing {@code target} keeps its own mode (a
   * deliberately shared {@code drwxrwxr-x} stays so); {@code carried} are the user's files now
   * linked into the new site, unlinked from the parked one first.
   */
  static void swap(Path target, Path temp, List<String> carried, List<String> notes) throws IOException {
    keepMode(target, temp);
    if (!Files.exists(target)) {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      Files.deleteIfExists(target.resolve(TempFolder.MARKER));
      return;
    }
    Path old = target.resolveSibling("." + target.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
    // a kill between these two renames leaves the previous site at `old`: Recovery.recover puts it back
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    // the marker (kept until the swap, so a temporary folder left by a kill is always known to be ours)
    // goes at once, not after the long discard below: a kill before this line leaves it in the live site,
    // and the next build's discard() deletes it there as ours
    Files.deleteIfExists(target.resolve(TempFolder.MARKER));
    // what the old manifest lists was ours; what was carried over now lives in the new site too
    for (String rel : carried) Files.deleteIfExists(old.resolve(rel));
    ParkedSite.discard(old, target, notes);
  }

  private static void keepMode(Path target, Path temp) throws IOException {
    if (!Files.isDirectory(target)) return;
    PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (from == null || to == null) return;
    to.setPermissions(from.readAttributes().permissions());
  }
}

package dev.versus.site;

import static dev.versus.site.Trees.rel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Deletes a previous site parked beside the live one by a {@link Swap}: only what Versus wrote there,
 * and a user's file only when the live site holds the very same file.
 */
final class ParkedSite {
  private ParkedSite() {}

  /**
   * Deletes from a parked previous site what its manifest lists, then its empty folders, the manifest
   * and the folder itself. The manifest goes last but one, so a build killed at any moment leaves either
   * a folder still marked ours or an empty one, and {@link Recovery#recover} finishes the job either way.
   * A user's file in it goes only when {@code target}, the live site, holds the same file at its path, and
   * nothing is deleted through a link.
   */
  static void discard(Path old, Path target, List<String> notes) throws IOException {
    Set<String> ours = Manifest.read(old);
    Path real = old.toRealPath();
    for (String rel : ours) {
      // a folder of ours the user replaced with a link: deleting through it would delete a file elsewhere
      if (!rel.equals(Manifest.FILE) && Journal.inside(real, old.resolve(rel))) Files.deleteIfExists(old.resolve(rel));
    }
    // a build marker left in a live site by a build killed just after its swap is ours too (never carried over)
    Files.deleteIfExists(old.resolve(TempFolder.MARKER));
    // a user's file the swap carried into the live site (a hard link, or a copy) is not lost by unlinking it here
    List<Path> rest;
    try (Stream<Path> s = Files.walk(old)) {
      rest = s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && !f.equals(old.resolve(Manifest.FILE)))
          .toList();
    }
    for (Path f : rest) {
      if (sameFile(f, target.resolve(rel(old, f)))) Files.delete(f);
    }
    Trees.deleteEmptyDirs(old, false);
    Files.deleteIfExists(old.resolve(Manifest.FILE));
    Trees.deleteEmptyDirs(old, true);
    if (Files.exists(old)) notes.add("left " + old + " in place: it holds files Versus did not write");
  }

  /** Whether {@code live} is the very file {@code parked} (a hard link of it) or has the same bytes. */
  private static boolean sameFile(Path parked, Path live) throws IOException {
    if (!Files.isRegularFile(live, LinkOption.NOFOLLOW_LINKS)) return false;
    return Files.isSameFile(parked, live) || Files.mismatch(parked, live) == -1;
  }
}

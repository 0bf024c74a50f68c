package dev.versus.site;

import static dev.versus.site.Trees.rel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brings the files of the old site that Versus did not write (a {@code .git}, a {@code CNAME}) into
 * the new one before the swap, so publishing never loses a user's file.
 */
final class CarryOver {
  private CarryOver() {}

  /**
   * Brings files of the old site that Versus did not write into the new one, as hard links (a copy
   * where the file system has none): the originals stay where they are until the swap, so a build
   * killed meanwhile never loses them. Their paths go to {@code linked}, to be unlinked from the old
   * site; a user's file at a path Versus now generates wins, leaves {@code written} and gets a note.
   * {@code ours}: the paths the old site's manifest lists. Returns how many files and whole foreign folders were carried.
   */
  static int carry(Path target, Path temp, Set<String> ours, Set<String> written, List<String> linked, List<String> notes)
      throws IOException {
    Set<String> oursDirs = folders(ours);
    List<Path> foreign = new ArrayList<>();
    try (Stream<Path> s = Files.walk(target)) {
      // a link is never a folder of ours, wherever it leads (the user made it): it is carried as the user's file
      s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || isTopForeignDir(target, p, oursDirs)).forEach(p -> {
        String rel = rel(target, p);
        if (!rel.equals(Manifest.FILE) && !rel.equals(TempFolder.MARKER) && !ours.contains(rel)
            && !underForeignDir(rel, foreign, target)) {
          foreign.add(p);
        }
      });
    }
    for (Path p : foreign) {
      Files.createDirectories(temp.resolve(rel(target, p)).getParent());
      List<Path> files;
      try (Stream<Path> s = Files.walk(p)) {
        files = s.toList();
      }
      // one rule for every path of the user's, the top of what is carried over as much as what lies below it
      for (Path f : files) carryOne(target, temp, rel(target, f), written, linked, notes);
    }
    return foreign.size();
  }

  /**
   * Carries the user's {@code rel} (a file, or a folder, made in {@code temp}) into the new site. A folder of the user's
   * that this build also writes into (a new page below it) is merged: replacing it lost the new pages, published as listed
   * in the manifest but missing. A file of the user's where this build writes one wins, with a note ({@link #yoursKept}):
   * it may be the user's own version of that file (a {@code robots.txt}). A folder where this build writes a file is an
   * error naming it: no file of Versus's can be published there, and a note was easy to miss while the page was gone.
   * So is a symbolic link of the user's where this build writes a folder ({@link #linkInTheWay}).
   */
  private static void carryOne(Path target, Path temp, String rel, Set<String> written, List<String> linked, List<String> notes)
      throws IOException {
    Path from = target.resolve(rel);
    Path to = temp.resolve(rel);
    if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
      if (written.contains(rel)) {
        throw new IOException(from + " is a folder where this build writes a file: move or rename the folder, then build again");
      }
      Files.createDirectories(to);
      return;
    }
    if (Files.isSymbolicLink(from) && Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) throw linkInTheWay(from);
    if (written.remove(rel)) {
      notes.add(yoursKept(rel));
      Files.deleteIfExists(to);
    }
    link(from, to);
    linked.add(rel);
  }

  /**
   * The error for the user's symbolic link {@code link} where this build writes a folder. The swap would have put the
   * build's folder in its place, and dropped the link: a file Versus did not create. Writing through it instead would
   * write (and later delete) outside the output folder, which no build does ({@link Journal#inside}). So the build
   * stops before anything changes and says what to do; the link and what it leads to stay as they are.
   */
  static IOException linkInTheWay(Path link) {
    String to;
    try {
      to = link.resolveSibling(Files.readSymbolicLink(link)).normalize().toString();
    } catch (IOException | UnsupportedOperationException e) {
      to = "another folder";
    }
    return new IOException(link + " is a symbolic link (to " + to + ") where this build writes a folder, and Versus"
        + " writes only inside the output folder, never through a link: remove the link (what it leads to stays), or"
        + " move that folder in its place, then build again");
  }

  /** The note for a user's file {@code rel} kept where Versus now writes a file of the same path. */
  static String yoursKept(String rel) {
    return "kept your " + rel + " in the output: Versus now also generates that path; rename yours to publish both";
  }

  /** {@code to} as a hard link to {@code from}, or a copy of it (a symbolic link, or a file system without hard links). */
  static void link(Path from, Path to) throws IOException {
    try {
      if (Files.isSymbolicLink(from)) throw new UnsupportedOperationException("a link to a link is not the link");
      Files.createLink(to, from);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    }
  }

  /**
   * A folder Versus never wrote into (e.g. {@code .git}) moves as a whole. {@code oursDirs}: every folder
   * holding a file of ours ({@link #folders}), so each folder of the old site is one look-up, not a scan
   * of the manifest (that was quadratic in the site's size, on every build over an existing site).
   */
  private static boolean isTopForeignDir(Path target, Path dir, Set<String> oursDirs) {
    if (dir.equals(target)) return false;
    return !oursDirs.contains(rel(target, dir));
  }

  /** Every folder, at any depth, that holds a path of {@code ours} ({@code a/b/c.html} gives {@code a} and {@code a/b}). */
  static Set<String> folders(Set<String> ours) {
    Set<String> dirs = new java.util.HashSet<>();
    for (String o : ours) {
      for (int slash = o.lastIndexOf('/'); slash > 0; slash = o.lastIndexOf('/', slash - 1)) {
        if (!dirs.add(o.substring(0, slash))) break;
      }
    }
    return dirs;
  }

  private static boolean underForeignDir(String rel, List<Path> foreign, Path target) {
    for (Path f : foreign) {
      if (Files.isDirectory(f) && rel.startsWith(rel(target, f) + "/")) return true;
    }
    return false;
  }
}

package dev.versus.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The journal of an in-place publish ({@link InPlace}): written into the temporary folder, whole (a file moved
 * into place) and before anything of the live site changes, it lists the files to move from the temporary folder
 * into the site and the files of the old site to delete, so a build killed halfway is finished by the next one
 * ({@link Recovery#recover}), as a database replays its write-ahead log. {@link #finish} is the only code that
 * changes the site, for the build and for its recovery alike, and every step of it may run twice: a file moved
 * already is no longer in the temporary folder, a file deleted already is gone. The manifest, staged beside the
 * pages, goes in once every file it lists is in place, and the deletions (files only the old manifest listed) come
 * after it: at every moment the manifest lists files that exist and are Versus's.
 */
final class Journal {
  /** The journal's name in the temporary folder. */
  static final String FILE = ".versus-journal";
  private static final String HEADER = "# versus-journal 1\n";
  private static final String CHECKSUM = "# sha256 ";

  private Journal() {}

  /** What a journal lists: paths (relative, with {@code /}) to move into the site, and to delete from it. */
  record Entries(List<String> moves, List<String> deletions) {}

  /** Writes the journal of {@code entries} into {@code temp}, whole or not at all. */
  static void write(Path temp, Entries entries) throws IOException {
    StringBuilder body = new StringBuilder(HEADER);
    for (String m : entries.moves()) body.append("m ").append(m).append('\n');
    for (String d : entries.deletions()) body.append("d ").append(d).append('\n');
    String text = body + CHECKSUM + Manifest.sha256(body.toString()) + "\n";
    Path part = temp.resolve(FILE + ".part");
    Files.writeString(part, text, StandardCharsets.UTF_8);
    Files.move(part, temp.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
  }

  /** The journal in {@code temp}, when there is a whole one; empty when there is none or it does not read as one. */
  static Optional<Entries> read(Path temp) {
    try {
      Path file = temp.resolve(FILE);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int last = text.lastIndexOf(CHECKSUM);
      if (!text.startsWith(HEADER) || last < 0
          || !text.substring(last).equals(CHECKSUM + Manifest.sha256(text.substring(0, last)) + "\n")) {
        return Optional.empty();
      }
      List<String> moves = new ArrayList<>();
      List<String> deletions = new ArrayList<>();
      for (String line : text.substring(HEADER.length(), last).split("\n", -1)) {
        if (line.isEmpty()) continue;
        String path = line.substring(2);
        if (!plain(path)) return Optional.empty();
        (line.startsWith("m ") ? moves : deletions).add(path);
      }
      return Optional.of(new Entries(moves, deletions));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A relative path that stays inside its folder: no leading {@code /}, no {@code ..} or empty part. */
  static boolean plain(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\n') >= 0) return false;
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) return false;
    }
    return true;
  }

  /**
   * Carries out {@code entries} from {@code temp} into {@code target}: moves each staged file into place with an
   * atomic rename (a reader sees the old file or the new one, never half of one), then the manifest staged in
   * {@code temp}, then deletes the files to delete and the folders they leave empty, then the journal itself.
   */
  static void finish(Path target, Path temp, Entries entries) throws IOException {
    Path real = target.toRealPath();
    for (String rel : entries.moves()) {
      Path from = temp.resolve(rel);
      if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) continue; // moved before a kill
      Path to = target.resolve(rel);
      // checked before the journal was written (InPlace); checked again, as a link made since would lead out
      if (!inside(real, to)) throw new IOException(rel + " would leave the site: a folder on its way is a link or a file");
      Files.createDirectories(to.getParent());
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }
    Path manifest = temp.resolve(Manifest.FILE);
    if (Files.exists(manifest)) Files.move(manifest, target.resolve(Manifest.FILE), StandardCopyOption.ATOMIC_MOVE);
    // a marker a build killed just after its swap left in the live site is ours (as ParkedSite says)
    Files.deleteIfExists(target.resolve(TempFolder.MARKER));
    for (String rel : entries.deletions()) {
      Path file = target.resolve(rel);
      if (!inside(real, file)) continue; // gone with its folder, or behind a link: nothing of the site to delete
      // a folder the user made where our file was is theirs, as a swap carries it over (CarryOver)
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) continue;
      Files.deleteIfExists(file);
      for (Path dir = file.getParent(); !dir.equals(target); dir = dir.getParent()) {
        try {
          if (!Files.deleteIfExists(dir)) break;
        } catch (DirectoryNotEmptyException e) {
          break; // it still holds a page, or a file of the user's
        }
      }
    }
    Files.deleteIfExists(temp.resolve(FILE));
  }

  /**
   * Whether {@code file} (below {@code target}, whose real path is {@code realTarget}) lies in the site: its nearest
   * existing folder is a folder, and no link on the way leads out of the site (a user's link in the output folder
   * must never make Versus write or delete elsewhere).
   */
  static boolean inside(Path realTarget, Path file) throws IOException {
    Path dir = file.getParent();
    while (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) dir = dir.getParent();
    return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && dir.toRealPath().startsWith(realTarget);
  }
}

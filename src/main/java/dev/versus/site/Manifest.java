package dev.versus.site;

import dev.versus.web.PageKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The manifest that marks an output folder as Versus's: which files it wrote there, under a header
 * with the build identity and a SHA-256 checksum line, so only those files are ever deleted and a
 * user's file that merely has the manifest's name is not taken for one.
 */
final class Manifest {
  /** The manifest's file name in an output folder. */
  static final String FILE = ".versus-manifest";
  /**
   * The manifest's first line: this header and a build identity; its last line is the SHA-256 of
   * everything before it. A user's file that merely has the manifest's name cannot pass for it.
   */
  static final String HEADER = "# versus-manifest 1 build ";
  private static final String CHECKSUM = "# sha256 ";
  /** Files every build of a guide has written since the first release; a legacy manifest lists them all. */
  private static final List<String> ALWAYS_WRITTEN = List.of(PageKind.HOME.file(), PageKind.NOT_FOUND.file(),
      PageKind.SITEMAP.file(), PageKind.ROBOTS.file());

  private Manifest() {}

  /** The manifest text: header with the build identity, one written path per line, then the checksum line. */
  static String text(String build, Set<String> written) {
    String body = HEADER + build + "\n" + String.join("\n", new TreeSet<>(written)) + "\n";
    return body + CHECKSUM + sha256(body) + "\n";
  }

  /**
   * What a folder's manifest says, read once: whether the folder is a site of ours ({@code ours}: the manifest's
   * header and checksum match, or it is a legacy list of ours), and the paths it lists ({@code files}: none when it
   * is not ours, so nothing of the user's is ever deleted). A build reads it once, under the output folder's lock,
   * and hands it to each step that asks.
   */
  record Listed(boolean ours, Set<String> files) {
    static final Listed NONE = new Listed(false, Set.of());
  }

  /** What {@code dir}'s manifest says ({@link Listed}); {@link Listed#NONE} when it has none, or one that is not ours. */
  static Listed of(Path dir) {
    Path m = dir.resolve(FILE);
    try {
      if (!Files.isRegularFile(m)) return Listed.NONE;
      String text = Files.readString(m, StandardCharsets.UTF_8);
      int last = text.lastIndexOf(CHECKSUM);
      boolean ours = text.startsWith(HEADER)
          ? last > 0 && text.substring(last).strip().equals((CHECKSUM + sha256(text.substring(0, last))).strip())
          : isLegacy(dir, text);
      if (!ours) return Listed.NONE;
      Set<String> files = new HashSet<>();
      for (String line : text.lines().toList()) {
        if (!line.isBlank() && !line.startsWith("# ")) files.add(line.strip());
      }
      return new Listed(true, Set.copyOf(files));
    } catch (IOException | RuntimeException e) {
      return Listed.NONE;
    }
  }

  /** Whether {@code dir} holds a manifest this writer made (its header and checksum match). */
  static boolean isOurs(Path dir) {
    return of(dir).ours();
  }

  /**
   * A manifest written before manifests carried a build identity (a bare list of paths): still ours
   * when it lists the files every Versus build writes ({@link #ALWAYS_WRITTEN}) and every listed path
   * is a plain relative path that exists; a user's file that merely has the name does not.
   */
  private static boolean isLegacy(Path dir, String text) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
    return lines.containsAll(ALWAYS_WRITTEN) && lines.stream().allMatch(l -> !l.startsWith("/") && !l.startsWith("#")
        && !("/" + l + "/").contains("/../") && Files.isRegularFile(dir.resolve(l)));
  }

  /** The paths a manifest of ours lists; nothing for a file that is not ours, so nothing of the user's is ever deleted. */
  static Set<String> read(Path dir) {
    return of(dir).files();
  }

  /** The SHA-256 of {@code text}'s UTF-8 bytes, in hex: the checksum line of the manifest and of the journal. */
  static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

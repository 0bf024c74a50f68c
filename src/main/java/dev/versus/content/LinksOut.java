package dev.versus.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Symbolic links that lead out of the guide: such a file is skipped by every command (with a warning), as
 * {@code serve} refuses to serve it, so a build cannot publish other files of this machine.
 */
final class LinksOut {
  private LinksOut() {}

  /** Those of {@code files} (relative to {@code source}) that lead outside it: one path lookup each. */
  static Set<String> outside(Path source, Collection<String> files) {
    Path realSource = realPath(source);
    return files.stream().filter(f -> leaves(realSource, source, f)).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Whether {@code rel} (below {@code source}, whose real path is {@code realSource}) resolves through links to a file outside it. */
  static boolean leaves(Path realSource, Path source, String rel) {
    Path p = source.resolve(rel);
    try {
      return !p.toRealPath().startsWith(realSource);
    } catch (IOException e) {
      return Files.isSymbolicLink(p);
    }
  }

  /** {@code dir} with every link resolved, or as it is written when it cannot be. */
  static Path realPath(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }
}

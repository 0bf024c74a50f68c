package dev.versus.pipeline;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The output folders no build may write into, said before the guide is read: the root of a file system (it has no
 * folder beside it for the lock and the temporary site), and a folder inside a {@code static/} folder the build
 * publishes as it is (the guide's, a {@code --theme}'s), where each build would publish the last one's whole site
 * again, one level deeper, and grow the site (and miss its cache) on every build.
 */
final class OutFolder {
  private OutFolder() {}

  /** What is wrong with {@code out} as the output of a build whose theme chain is {@code themeRoots}; empty when nothing. */
  static Optional<String> problem(Path out, List<Path> themeRoots) {
    Path target = real(out);
    if (target.getParent() == null) {
      return Optional.of("the output " + out + " is the root of the file system: choose a folder for the site, such as --out site");
    }
    for (Path root : themeRoots) {
      if (root.getFileSystem() != FileSystems.getDefault()) continue;
      Path published = real(root.resolve("static"));
      if (target.startsWith(published)) {
        // the folder as the user would write it: a guide found in the current folder is `.`, and `./static` is not what was typed
        return Optional.of("the output " + out + " is inside " + root.resolve("static").normalize() + ", whose files every build publishes"
            + " as they are: each build would publish the last one's site again; choose an --out outside that folder");
      }
    }
    return Optional.empty();
  }

  /** {@code p} absolute, with the links of the part that exists resolved (the rest does not exist yet, so holds none). */
  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) existing = existing.getParent();
    if (existing == null) return abs;
    try {
      return existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }
}

package dev.versus.pipeline;

import dev.versus.render.Paper;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build: source folder, output folder, an optional base URL override, drafts, an extra
 * theme, and the paper of {@code guide.pdf} when a PDF is wanted (empty: no PDF).
 */
public record BuildOptions(Path source, Path out, Optional<String> baseUrl, boolean drafts, Optional<Path> theme,
    Optional<Paper> pdf) {

  /** A build without a PDF. */
  public BuildOptions(Path source, Path out, Optional<String> baseUrl, boolean drafts, Optional<Path> theme) {
    this(source, out, baseUrl, drafts, theme, Optional.empty());
  }
}

package dev.versus.pipeline;

import dev.versus.render.Paper;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build: source folder, output folder, an optional base URL override, drafts, an extra
 * theme, and the paper of {@code guide.pdf} when a PDF is wanted (empty: no PDF); with {@code pdfParts}, a
 * print view split in volumes (issue 25) also gets one PDF per volume ({@code guide-<group>[-<n>].pdf}).
 */
public record BuildOptions(Path source, Path out, Optional<String> baseUrl, boolean drafts, Optional<Path> theme,
    Optional<Paper> pdf, boolean pdfParts) {

  /** A build with one PDF at most, {@code guide.pdf}. */
  public BuildOptions(Path source, Path out, Optional<String> baseUrl, boolean drafts, Optional<Path> theme,
      Optional<Paper> pdf) {
    this(source, out, baseUrl, drafts, theme, pdf, false);
  }

  /** A build without a PDF. */
  public BuildOptions(Path source, Path out, Optional<String> baseUrl, boolean drafts, Optional<Path> theme) {
    this(source, out, baseUrl, drafts, theme, Optional.empty());
  }
}

package dev.versus.build;

import java.nio.file.Path;
import java.util.Optional;

/** What to build: source folder, output folder, an optional base URL override, drafts, an extra theme. */
public record BuildOptions(Path source, Path out, Optional<String> baseUrl, boolean drafts, Optional<Path> theme) {}

package dev.versus.server;

import java.nio.file.Path;
import java.util.List;

/**
 * What a changed file is, by where it lives: it decides what the console says and which message
 * open pages get (a stylesheet alone is swapped in place; anything else reloads the page).
 */
enum ChangeKind {
  /** site.yaml or sources.yaml, an i18n file (the theme's words), or a theme's own settings: every page may change. */
  CONFIG,
  /** A Markdown document or another file of the source folder (links may point at it). */
  CONTENT,
  /** A Pebble template of the theme chain (the guide's templates/ overrides included). */
  TEMPLATE,
  /** A file published as is: the guide's static/ or a theme's static/. */
  STATIC;

  /** The kind of {@code file} (absolute), given the source folder and the theme folders (absolute). */
  static ChangeKind of(Path file, Path source, List<Path> themes) {
    for (Path theme : themes) {
      if (file.startsWith(theme) && !theme.equals(source)) {
        Path rel = theme.relativize(file);
        if (rel.startsWith("templates")) return TEMPLATE;
        if (rel.startsWith("static")) return STATIC;
        return CONFIG;
      }
    }
    Path rel = source.relativize(file);
    if (rel.startsWith("templates")) return TEMPLATE;
    if (rel.startsWith("static")) return STATIC;
    if (rel.toString().equals("site.yaml") || rel.toString().equals("sources.yaml") || rel.startsWith("i18n")) return CONFIG;
    return CONTENT;
  }

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

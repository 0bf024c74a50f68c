package dev.versus.content;

import java.util.Locale;
import java.util.Set;

/**
 * Files editors and file managers leave beside the ones an author writes, which a guide never means
 * to publish: backups ({@code logo.svg~}, {@code #notes.md#}), swap files ({@code .swp}, {@code .swo}),
 * Windows' {@code Thumbs.db} and {@code desktop.ini}, and anything hidden (a name starting with a dot,
 * such as macOS' {@code .DS_Store} or Vim's {@code .x.swp}). docs/content-model.md lists the same patterns.
 */
public final class Leftovers {
  private static final Set<String> NAMES = Set.of("thumbs.db", "ehthumbs.db", "desktop.ini");
  private static final Set<String> SUFFIXES = Set.of("~", ".swp", ".swo", ".swx", ".tmp", ".bak", ".orig");

  private Leftovers() {}

  /** Whether {@code name} (a file name, no folder) is such a leftover. */
  public static boolean is(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.startsWith(".") || NAMES.contains(n) || (n.startsWith("#") && n.endsWith("#"))) return true;
    return SUFFIXES.stream().anyMatch(n::endsWith);
  }
}

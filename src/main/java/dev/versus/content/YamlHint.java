package dev.versus.content;

import java.util.Optional;

/**
 * Explains the YAML parser's most common complaints in an author's terms, from the line they point
 * at and the line above: indentation that matches no key, a value holding {@code ": "}, a tab. The
 * parser's own words are kept after the explanation by the caller.
 */
final class YamlHint {
  private YamlHint() {}

  /**
   * The explanation for {@code problem} at 0-based {@code line} and {@code column} of {@code text},
   * or empty when this is not a complaint we can phrase better.
   */
  static Optional<String> explain(String text, int line, int column, String problem) {
    String[] lines = text.split("\n", -1);
    if (line < 0 || line >= lines.length) return Optional.empty();
    String here = lines[line];
    if (problem.contains("\\t(TAB)") || problem.contains("(TAB)")) {
      return Optional.of("this line is indented with a tab; YAML allows only spaces: replace the tab with spaces");
    }
    Optional<String> above = above(lines, line);
    int indent = indent(here);
    if (problem.startsWith("expected <block end>") && above.isPresent() && indent < indent(above.get())) {
      String what = above.get().strip().startsWith("- ") ? "item" : "key";
      return Optional.of("this line is indented less than the " + what + " above it (" + spaces(indent) + " against "
          + indent(above.get()) + "), but not as far back as any key it could belong to: indent it exactly like its "
          + "sibling " + what + "s");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      int colon = here.indexOf(": ");
      boolean secondColon = colon >= 0 && colon < column - 1 && here.substring(0, column).trim().contains(": ");
      if (secondColon) {
        String key = here.substring(0, colon).strip();
        return Optional.of("the value of `" + key + "` contains `: `, which YAML reads as another key: put the value "
            + "in quotes, e.g. `" + key + ": \"" + here.substring(colon + 2).strip().replace("\"", "\\\"") + "\"`");
      }
      if (above.isPresent() && indent > indent(above.get())) {
        return Optional.of("this line is indented more than the key above it (" + spaces(indent) + " against "
            + indent(above.get()) + "), which already has a value: indent it like the key above, or give that key no "
            + "value on its own line to nest this under it");
      }
    }
    return Optional.empty();
  }

  /** The nearest line above {@code line} that is neither blank nor a comment. */
  private static Optional<String> above(String[] lines, int line) {
    for (int i = line - 1; i >= 0; i--) {
      String t = lines[i].strip();
      if (!t.isEmpty() && !t.startsWith("#")) return Optional.of(lines[i]);
    }
    return Optional.empty();
  }

  private static String spaces(int n) {
    return n == 1 ? "1 space" : n + " spaces";
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') n++;
    return n;
  }
}

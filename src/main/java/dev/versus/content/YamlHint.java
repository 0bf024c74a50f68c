package dev.versus.content;

import java.util.Optional;

/**
 * Explains the YAML parser's most common complaints in an author's terms, from the line they point
 * at and the line above: indentation that matches no key, a line indented further than the keys
 * above it, a value holding {@code ": "}, a tab. The parser's own words are kept after the
 * explanation by the caller.
 */
final class YamlHint {
  private YamlHint() {}

  /**
   * An explanation and the 0-based column it is about: the parser's, except for a line indented too
   * far, where it is the line's first character (the parser may complain later on that line).
   */
  record Hint(String says, int column) {}

  /**
   * The explanation for {@code problem} at 0-based {@code line} and {@code column} of {@code text},
   * or empty when this is not a complaint we can phrase better.
   */
  static Optional<Hint> explain(String text, int line, int column, String problem) {
    String[] lines = text.split("\n", -1);
    if (line < 0 || line >= lines.length) return Optional.empty();
    String here = lines[line];
    if (problem.contains("\\t(TAB)") || problem.contains("(TAB)")) {
      return at(column, "this line is indented with a tab; YAML allows only spaces: replace the tab with spaces");
    }
    int indent = indent(here);
    Optional<String> above = above(lines, line);
    // without a line above, neither "less" nor "more than the keys above" applies
    int aboveIndent = above.map(YamlHint::indent).orElse(indent);
    if (problem.startsWith("expected <block end>") && indent < aboveIndent) {
      String what = above.get().strip().startsWith("- ") ? "item" : "key";
      return at(column, "this line is indented less than the " + what + " above it (" + spaces(indent) + " against "
          + aboveIndent + "), but not as far back as any key it could belong to: indent it exactly like its "
          + "sibling " + what + "s");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      int colon = here.indexOf(": ");
      boolean secondColon = colon >= 0 && colon < column - 1 && here.substring(0, column).trim().contains(": ");
      if (secondColon) {
        String key = here.substring(0, colon).strip();
        return at(column, "the value of `" + key + "` contains `: `, which YAML reads as another key: put the value "
            + "in quotes, e.g. `" + key + ": \"" + here.substring(colon + 2).strip().replace("\"", "\\\"") + "\"`");
      }
    }
    // a key indented under a key that has a value: after a plain value the parser reads both lines as one
    // value and complains at the colon; after a quoted or {...} value, at the key
    boolean overIndented = problem.startsWith("mapping values are not allowed")
        || (problem.startsWith("expected <block end>") && column == indent);
    if (overIndented && indent > aboveIndent) {
      return at(indent, "this line is indented more than the keys above it (" + spaces(indent) + " against "
          + aboveIndent + "): indent it exactly like them; only a key with no value on its own line can have "
          + "keys nested under it");
    }
    return Optional.empty();
  }

  private static Optional<Hint> at(int column, String says) {
    return Optional.of(new Hint(says, column));
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

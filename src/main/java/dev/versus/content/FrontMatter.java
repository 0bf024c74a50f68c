package dev.versus.content;

import dev.versus.diag.Diagnostics;
import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter and body. Pure: takes a path and text,
 * returns a value; lines are counted in the whole file so messages point at the real line.
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

  /**
   * Splits {@code text}. When {@code required} and there is no opening {@code ---}, reports an
   * error with a hint; an opened but unclosed block is always an error.
   */
  public static Optional<FrontMatter> split(String file, String text, boolean required, Diagnostics diags) {
    String t = lineFeeds(text.startsWith("\uFEFF") ? text.substring(1) : text);
    String[] lines = t.split("\n", -1);
    if (lines.length == 0 || !isFence(lines[0], false)) {
      if (required) {
        diags.error(file, 1, 1, "no front matter: did you forget the opening `---` line? "
            + "A content file starts with `---`, YAML keys such as `title:`, then `---`");
        return Optional.empty();
      }
      return Optional.of(new FrontMatter("", 1, t, 1));
    }
    for (int i = 1; i < lines.length; i++) {
      if (isFence(lines[i], true)) {
        StringBuilder yaml = new StringBuilder();
        for (int j = 1; j < i; j++) yaml.append(lines[j]).append('\n');
        StringBuilder body = new StringBuilder();
        for (int j = i + 1; j < lines.length; j++) {
          body.append(lines[j]);
          if (j < lines.length - 1) body.append('\n');
        }
        return Optional.of(new FrontMatter(yaml.toString(), 2, body.toString(), i + 2));
      }
    }
    diags.error(file, 1, 1, "front matter opened with `---` is never closed: add a `---` line after the last key");
    return Optional.empty();
  }

  /**
   * {@code text} with every line break written as LF. CommonMark (spec 2.1) and YAML 1.2 (5.4) both
   * count CRLF, a lone CR (classic Mac editors) and LF as one line break each; normalising once, where a
   * file is read, keeps every later split and every line number right whichever one an editor wrote.
   */
  public static String lineFeeds(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean isFence(String line, boolean closing) {
    String s = line.stripTrailing();
    return s.equals("---") || (closing && s.equals("..."));
  }
}

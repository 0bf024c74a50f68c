package dev.versus.content;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Highlights SQL with the same {@code hljs-*} classes as the rest of the code blocks. The SQL grammar of
 * codehighlight 1.0.3 matches keywords only: its comments, strings and numbers never match, so a word inside
 * a {@code --} comment came out as a keyword. This small lexer reads what every SQL dialect shares: line
 * comments ({@code --} to the end of the line), block comments, single-quoted strings (with {@code ''} inside),
 * double-quoted and backquoted identifiers, numbers, and the common keywords, literals and type names.
 */
final class SqlHighlight {
  private static final Set<String> KEYWORDS = Set.of(("add all alter analyze and any as asc begin between by cascade case "
      + "check column commit constraint create cross database default delete desc distinct drop else end except "
      + "exists explain foreign from full grant group having if ilike in index inner insert intersect into is join "
      + "key left like limit materialized not of offset on or order outer over partition primary references rename "
      + "replace returning revoke right rollback schema select set table then to transaction trigger truncate union "
      + "unique update using values view when where window with").split(" "));
  private static final Set<String> LITERALS = Set.of("true", "false", "null", "unknown");
  private static final Set<String> TYPES = Set.of(("bigint bigserial blob boolean bool bytea char character date datetime "
      + "decimal double float int integer interval json jsonb numeric real serial smallint text time timestamp "
      + "timestamptz uuid varchar").split(" "));

  private SqlHighlight() {}

  /** The highlighted HTML of {@code code} (escaped; spans around comments, strings, numbers, keywords, literals, types). */
  static String toHtml(String code) {
    StringBuilder out = new StringBuilder(code.length() + 64);
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      int end;
      String cls;
      if (c == '-' && i + 1 < n && code.charAt(i + 1) == '-') {
        end = code.indexOf('\n', i);
        end = end < 0 ? n : end;
        cls = "comment";
      } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
        end = code.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        cls = "comment";
      } else if (c == '\'') {
        end = quoted(code, i, '\'');
        cls = "string";
      } else if (c == '"' || c == '`') {
        end = quoted(code, i, c);
        cls = null; // an identifier: shown as written
      } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(code.charAt(i + 1))) {
        end = i + 1;
        while (end < n && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '.')) end++;
        cls = "number";
      } else if (Character.isLetter(c) || c == '_') {
        end = i + 1;
        while (end < n && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '_')) end++;
        cls = wordClass(code.substring(i, end).toLowerCase(Locale.ROOT));
      } else {
        end = i + 1;
        cls = null;
      }
      String text = Entities.escape(code.substring(i, end));
      if (cls == null) out.append(text);
      else out.append("<span class=\"hljs-").append(cls).append("\">").append(text).append("</span>");
      i = end;
    }
    return out.toString();
  }

  /** The end of the quoted run starting at {@code start}; a doubled quote stays inside, an unclosed one runs to the end. */
  private static int quoted(String code, int start, char quote) {
    int i = start + 1;
    while (i < code.length()) {
      if (code.charAt(i) == quote) {
        if (i + 1 < code.length() && code.charAt(i + 1) == quote) i += 2;
        else return i + 1;
      } else {
        i++;
      }
    }
    return code.length();
  }

  private static String wordClass(String word) {
    if (KEYWORDS.contains(word)) return "keyword";
    if (LITERALS.contains(word)) return "literal";
    if (TYPES.contains(word)) return "type";
    return null;
  }
}

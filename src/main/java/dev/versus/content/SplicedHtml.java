package dev.versus.content;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;

/**
 * HTML that goes into a rendered body past flexmark's line writer: a node renderer writes a short mark
 * ({@code \0}, the part's index, {@code \0}) where the HTML belongs, and {@link #splice} puts the HTML in
 * its place once the body is rendered. flexmark's writer ({@code LineAppendableImpl}) takes every character
 * of a page one at a time, to indent lines and trim their ends; a highlighted code block (pre-formatted, so
 * written unchanged) and a text node inside a line (nothing to trim: {@link #passesUnchanged}) come out as they
 * went in, so only their cost changes: flexmark's writer from 12% to 8% of converting the outside corpus's bodies,
 * the whole conversion about 2.5% less CPU (one JVM, C1 only, 11 alternating passes over 1,000 articles).
 * Only for a body without {@code \0} ({@link #forBody}), so every {@code \0} of the rendered HTML is a mark.
 */
final class SplicedHtml {
  /** The parts of the document being rendered; absent when its text holds a {@code \0}. */
  static final NullableDataKey<SplicedHtml> KEY = new NullableDataKey<>("VERSUS_SPLICED");
  private static final char MARK = '\0';

  private final List<String> parts = new ArrayList<>();

  /** Parts for a body whose Markdown is {@code markdown}, or null when it holds a {@code \0} and a mark could be mistaken. */
  static SplicedHtml forBody(String markdown) {
    return markdown.indexOf(MARK) < 0 ? new SplicedHtml() : null;
  }

  /** The parts of {@code doc}'s rendering, or null: write the HTML itself then. */
  static SplicedHtml of(Document doc) {
    return KEY.get(doc);
  }

  /** The mark to write in place of {@code html}. */
  String mark(String html) {
    parts.add(html);
    return MARK + Integer.toString(parts.size() - 1) + MARK;
  }

  /**
   * Whether flexmark's line writer, outside pre-formatted text, writes {@code text} as it is: not empty, no
   * whitespace at either end (trimmed at a line's ends), no line break or tab and no two spaces in a row.
   */
  static boolean passesUnchanged(String text) {
    int n = text.length();
    if (n == 0 || blank(text.charAt(0)) || blank(text.charAt(n - 1))) return false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < ' ' || (c == ' ' && text.charAt(i + 1) == ' ')) return false;
    }
    return true;
  }

  private static boolean blank(char c) {
    return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** {@code rendered} with each mark replaced by its part. */
  String splice(String rendered) {
    int at = rendered.indexOf(MARK);
    if (at < 0) return rendered;
    int size = rendered.length();
    for (String part : parts) size += part.length();
    StringBuilder out = new StringBuilder(size);
    int from = 0;
    while (at >= 0) {
      int end = rendered.indexOf(MARK, at + 1);
      out.append(rendered, from, at).append(parts.get(Integer.parseInt(rendered, at + 1, end, 10)));
      from = end + 1;
      at = rendered.indexOf(MARK, from);
    }
    return out.append(rendered, from, rendered.length()).toString();
  }
}

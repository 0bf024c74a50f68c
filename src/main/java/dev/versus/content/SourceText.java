package dev.versus.content;

import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a source file's bytes into text every output format can carry. Pure: bytes in, text or
 * diagnostics out. A file that is not UTF-8 or holds NUL bytes is refused at that byte's line and column,
 * with its byte offset; UTF-16 text (a UTF-16 byte order mark, as Windows editors and spreadsheets write
 * "Unicode" text) as such;
 * a leading byte order mark is dropped; characters HTML and XML forbid (C0 and C1 controls other
 * than tab and line breaks, DEL, the noncharacters U+FFFE and U+FFFF) are removed with a warning,
 * since HTML (WHATWG, "control" parse errors) and XML 1.0 (production [2] Char) both reject them
 * and a single one makes the feed unreadable.
 */
public final class SourceText {
  /** A numeric character reference, decimal or hex, as HTML writes it. */
  private static final Pattern NUMERIC_REF = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));");

  private SourceText() {}

  /**
   * Decodes {@code bytes} of {@code file} as UTF-8; empty (after an error in {@code diags}) when the
   * file is binary or not UTF-8. Forbidden characters are removed, with one warning at the first.
   */
  public static Optional<String> decode(String file, byte[] bytes, Diagnostics diags) {
    String utf8 = "save the file as UTF-8 in your editor (\"Save with encoding\")"
        + (file.endsWith(".csv") ? ", or from a spreadsheet as \"CSV UTF-8\"" : "");
    int first = bytes.length >= 2 ? (bytes[0] & 0xff) << 8 | (bytes[1] & 0xff) : 0;
    if (first == 0xfffe || first == 0xfeff) {
      // Windows' "Unicode" text and Excel's "Unicode Text" are UTF-16: every other byte is NUL, so it is no binary file
      diags.error(file, 1, 1, String.format("UTF-16 text (it starts with the byte order mark 0x%02X 0x%02X): only UTF-8 is read here; ",
          bytes[0] & 0xff, bytes[1] & 0xff) + utf8);
      return Optional.empty();
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        diags.error(file, lineAt(bytes, i), columnAt(bytes, i), "binary file: a NUL byte at byte offset " + i
            + "; only UTF-8 text is read here: move images and other files to static/");
        return Optional.empty();
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) r = decoder.flush(out);
    if (r.isError()) {
      int offset = in.position();
      diags.error(file, lineAt(bytes, offset), columnAt(bytes, offset), "not UTF-8: invalid byte 0x"
          + String.format("%02X", bytes[offset] & 0xff) + " at byte offset " + offset
          + "; " + utf8);
      return Optional.empty();
    }
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    return Optional.of(withoutForbidden(file, text, diags));
  }

  /** Whether HTML or XML 1.0 forbids code point {@code cp} in a document (raw or as a reference). */
  public static boolean isForbidden(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') return false;
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0xfffe || cp == 0xffff
        || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff;
  }

  /**
   * {@code html} with every numeric character reference to a forbidden code point (such as
   * {@code &#1;}, {@code &#xD800;}) and every raw forbidden character replaced by U+FFFD, as
   * CommonMark (spec 6.2) does for invalid code points; a Markdown escape can produce them.
   */
  public static String safeHtml(String html) {
    String raw = replaceRaw(html);
    if (raw.indexOf("&#") < 0) return raw;
    Matcher m = NUMERIC_REF.matcher(raw);
    StringBuilder out = new StringBuilder(raw.length());
    while (m.find()) {
      long cp = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
      m.appendReplacement(out, cp > 0x10ffff || isForbidden((int) cp) ? "\uFFFD" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code value} (a YAML scalar, which escapes such as {@code "\x01"} can fill) without forbidden characters. */
  public static String withoutForbidden(String value) {
    return hasForbidden(value)
        ? value.codePoints().filter(cp -> !isForbidden(cp))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
        : value;
  }

  /**
   * Whether {@code s} holds a code point {@link #isForbidden} names: the question {@code s.codePoints().anyMatch(...)}
   * answers, in a plain loop over the chars that passes printable ASCII at once. The stream of code points was
   * 2.7% of a 4,000-article build's CPU time, asked of every rendered body, which almost never holds one.
   */
  static boolean hasForbidden(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f) continue;
      // a surrogate pair is one code point above U+FFFF, never forbidden; a lone surrogate is
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (isForbidden(c)) {
        return true;
      }
    }
    return false;
  }

  private static String replaceRaw(String s) {
    if (!hasForbidden(s)) return s;
    return s.codePoints().map(cp -> isForbidden(cp) ? 0xfffd : cp)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  private static String withoutForbidden(String file, String text, Diagnostics diags) {
    int count = 0;
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      if (isForbidden(text.charAt(i)) && !Character.isSurrogate(text.charAt(i))) {
        if (first < 0) first = i;
        count++;
      }
    }
    if (count == 0) return text;
    diags.warning(Position.at(file, text, first, 1), "control character U+"
        + String.format("%04X", (int) text.charAt(first)) + " removed" + (count > 1 ? " (" + count + " in this file)" : "")
        + ": HTML and XML forbid it; delete it in your editor");
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isForbidden(c) || Character.isSurrogate(c)) out.append(c);
    }
    return out.toString();
  }

  /**
   * The line of byte {@code offset}: a line ends at a line feed, a carriage return and line feed, or a lone carriage
   * return, as {@link FrontMatter#lineFeeds} makes every text once it is read, so a position given here names the
   * line the other diagnostics of the file would.
   */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) line++;
    }
    return line;
  }

  /**
   * The column (in characters, as editors count) of byte {@code offset} on its line (ended as {@link #lineAt}
   * ends it); a byte that is not UTF-8 before it counts as one character.
   */
  private static int columnAt(byte[] bytes, int offset) {
    int start = offset;
    while (start > 0 && bytes[start - 1] != '\n' && bytes[start - 1] != '\r') start--;
    String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
    return before.codePointCount(0, before.length()) + 1;
  }
}

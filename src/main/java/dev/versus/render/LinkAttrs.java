package dev.versus.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Attribute;

/**
 * A scanner of the tags in HTML that Jsoup itself serialized (a {@code Body}'s html): finds the
 * elements carrying one attribute and rewrites their attributes as text, without building a DOM.
 * Jsoup's output is regular: lowercase names, every value in double quotes with {@code "} escaped,
 * {@code <} escaped in text. Anything outside that (raw-text elements such as {@code script},
 * unquoted values, {@code <!DOCTYPE>}) makes {@link #find} answer empty, and the caller falls back
 * to Jsoup, so the bytes are Jsoup's in every case.
 */
final class LinkAttrs {
  /** One start tag carrying the attribute: its span in the html, its name and its attributes in order. */
  record Tag(int start, int end, String name, List<String[]> attrs) {
    String attr(String key) {
      for (String[] a : attrs) if (a[0].equals(key)) return a[1];
      return null;
    }

    boolean has(String key) {
      return attr(key) != null;
    }

    /** Sets {@code key} (escaped value) where it stands, or at the end as Jsoup's {@code attr(k, v)} does. */
    void set(String key, String escapedValue) {
      for (String[] a : attrs) {
        if (a[0].equals(key)) {
          a[1] = escapedValue;
          return;
        }
      }
      attrs.add(new String[] {key, escapedValue});
    }

    void remove(String key) {
      attrs.removeIf(a -> a[0].equals(key));
    }

    /** The tag written back as Jsoup writes it; boolean attributes keep their bare name. */
    void appendTo(StringBuilder out, boolean selfClosing) {
      out.append('<').append(name);
      for (String[] a : attrs) {
        out.append(' ').append(a[0]);
        if (a[1] != null && !a[1].isEmpty() || !Attribute.isBooleanAttribute(a[0])) out.append("=\"").append(a[1]).append('"');
      }
      out.append(selfClosing ? " />" : ">");
    }
  }

  private static final List<String> RAW = List.of("script", "style", "xmp", "iframe", "noembed", "noframes",
      "noscript", "plaintext", "textarea", "title", "template", "svg", "math");

  private LinkAttrs() {}

  /** Every start tag of {@code html} carrying {@code attr}, in order; empty when the html is not plain Jsoup output. */
  static Optional<List<Tag>> find(String html, String attr) {
    return scan(html, attr, false);
  }

  /**
   * Every tag of {@code html} in order, start and end tags; an end tag has the name {@code /name} and no
   * attributes. Empty when the html is not plain Jsoup output.
   */
  static Optional<List<Tag>> all(String html) {
    return scan(html, null, true);
  }

  /** The start tags carrying {@code attr} (every one when null), and the end tags too when {@code ends}. */
  private static Optional<List<Tag>> scan(String html, String attr, boolean ends) {
    List<Tag> found = new ArrayList<>();
    int i = html.indexOf('<');
    while (i >= 0) {
      if (html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        if (end < 0) return Optional.empty();
        i = html.indexOf('<', end + 3);
        continue;
      }
      if (i + 1 < html.length() && html.charAt(i + 1) == '/') {
        if (ends) {
          Tag tag = endTag(html, i);
          if (tag == null) return Optional.empty();
          found.add(tag);
        }
        i = html.indexOf('<', i + 1);
        continue;
      }
      Tag tag = tag(html, i);
      if (tag == null || RAW.contains(tag.name())) return Optional.empty();
      if (attr == null || tag.has(attr)) found.add(tag);
      i = html.indexOf('<', tag.end());
    }
    return Optional.of(found);
  }

  /** The end tag {@code </name>} at {@code start}, or null when it is not in that form. */
  private static Tag endTag(String html, int start) {
    int i = start + 2;
    while (i < html.length() && isNameChar(html.charAt(i))) i++;
    if (i == start + 2 || i >= html.length() || html.charAt(i) != '>') return null;
    return new Tag(start, i + 1, "/" + html.substring(start + 2, i), new ArrayList<>());
  }

  /** Whether the tag at its span ends with {@code />} (Jsoup writes void elements with {@code >} only in html mode). */
  static boolean selfClosing(String html, Tag tag) {
    return html.startsWith("/>", tag.end() - 2);
  }

  /** The start tag at {@code start}, or null when it is not in Jsoup's regular form. */
  private static Tag tag(String html, int start) {
    int i = start + 1;
    int n = html.length();
    int nameStart = i;
    while (i < n && isNameChar(html.charAt(i))) i++;
    if (i == nameStart) return null;
    String name = html.substring(nameStart, i);
    List<String[]> attrs = new ArrayList<>();
    while (i < n) {
      char c = html.charAt(i);
      if (c == '>') return new Tag(start, i + 1, name, attrs);
      if (c == '/' && i + 1 < n && html.charAt(i + 1) == '>') return new Tag(start, i + 2, name, attrs);
      if (c != ' ') return null;
      i++;
      int keyStart = i;
      while (i < n && html.charAt(i) != '=' && html.charAt(i) != ' ' && html.charAt(i) != '>' && html.charAt(i) != '/') i++;
      if (i == keyStart) return null;
      String key = html.substring(keyStart, i);
      if (i < n && html.charAt(i) == '=') {
        if (i + 1 >= n || html.charAt(i + 1) != '"') return null;
        int close = html.indexOf('"', i + 2);
        if (close < 0) return null;
        attrs.add(new String[] {key, html.substring(i + 2, close)});
        i = close + 1;
      } else {
        attrs.add(new String[] {key, ""});
      }
    }
    return null;
  }

  private static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == ':' || c == '_' || c >= 'A' && c <= 'Z';
  }

  /** {@code value} escaped for a double-quoted attribute exactly as Jsoup serializes it. */
  static String escape(String value) {
    // printable ASCII without & " < > is written as it is: most URLs, so no Attribute is made for them
    if (plain(value)) return value;
    String html = new Attribute("x", value).html();
    return html.substring(3, html.length() - 1);
  }

  private static boolean plain(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7E || c == '&' || c == '"' || c == '<' || c == '>') return false;
    }
    return true;
  }
}

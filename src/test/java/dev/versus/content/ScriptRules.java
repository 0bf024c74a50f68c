package dev.versus.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The tests' own list of what can run script or pull in another document, written from OWASP's XSS filter
 * evasion and XSS prevention cheat sheets and kept apart from {@link HtmlAllowlist} on purpose: a hole in the
 * allowlist must not be copied into the check. {@link #violations} names each thing in a published fragment
 * that a browser could run or load as a document, or that still carries the test's {@code token} where
 * code or a URL is read.
 */
final class ScriptRules {
  /** Elements that run code, hold another document or change where the page's URLs point. */
  private static final Set<String> ELEMENTS = Set.of("script", "style", "iframe", "frame", "frameset", "object", "embed",
      "applet", "base", "meta", "link", "svg", "math", "form", "input", "button", "textarea", "select", "template",
      "noscript", "isindex", "portal", "bgsound", "xml", "import", "param", "marquee", "xss");
  /** Attributes whose value a browser reads as a URL. */
  private static final Set<String> URLS = Set.of("href", "src", "srcset", "poster", "cite", "action", "formaction",
      "data", "background", "xlink:href", "lowsrc", "dynsrc", "codebase", "ping", "longdesc", "usemap", "manifest");
  /** Attributes that run or load something whatever their value. */
  private static final Set<String> ATTRIBUTES = Set.of("srcdoc", "formaction", "action", "http-equiv", "style", "xmlns",
      "xlink:href", "background", "dynsrc", "lowsrc", "codebase", "is");
  private static final Pattern PICTURE = Pattern.compile("^data:image/(png|jpeg|jpg|gif|webp|avif|bmp)[;,]");

  private ScriptRules() {}

  /** What in {@code root} and below breaks a rule, described; empty when nothing does. */
  static List<String> violations(Element root, String token) {
    List<String> out = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      String tag = e.normalName();
      if (ELEMENTS.contains(tag)) out.add("<" + tag + "> element");
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT).strip();
        if (name.startsWith("on")) out.add(name + " on <" + tag + ">");
        if (ATTRIBUTES.contains(name)) out.add(name + " on <" + tag + ">");
        if (URLS.contains(name) && !safeUrl(tag, name, a.getValue())) out.add(name + "=" + a.getValue() + " on <" + tag + ">");
        if (!token.isEmpty() && a.getValue().contains(token) && !(name.equals("title") || name.equals("alt"))
            && !(URLS.contains(name) && safeUrl(tag, name, a.getValue()))) {
          out.add("token in " + name + " on <" + tag + ">");
        }
      }
      if (!token.isEmpty() && ownData(e).contains(token)) out.add("token in the data of <" + tag + ">");
    }
    return out;
  }

  /**
   * Where the test's {@code token} shows up in {@code page} (a whole published page, the theme's own scripts
   * and metadata included) other than as text or in a link's http(s) URL: in an attribute a browser reads as
   * code or a URL, or in a script or style. Text is fine there: in a {@code title}, {@code alt} or {@code <meta content>}, and in
   * JSON-LD, which is data.
   */
  static List<String> leaks(Element page, String token) {
    List<String> out = new ArrayList<>();
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (a.getValue().contains(token) && !Set.of("title", "alt", "content", "aria-label").contains(name)
            && !(URLS.contains(name) && safeUrl(e.normalName(), name, a.getValue()))) {
          out.add("token in " + name + " on <" + e.normalName() + ">");
        }
      }
      if (ownData(e).contains(token) && !e.attr("type").equals("application/ld+json")) {
        out.add("token in the data of <" + e.normalName() + ">");
      }
    }
    return out;
  }

  /** The script or style text directly inside {@code e} (jsoup's {@code data()} also reads descendants and comments). */
  private static String ownData(Element e) {
    StringBuilder b = new StringBuilder();
    e.dataNodes().forEach(d -> b.append(d.getWholeData()));
    return b.toString();
  }

  /**
   * Whether a browser would load or follow {@code value} without running code: no scheme, or http(s), mailto,
   * tel; a raster picture as data. Browsers drop ASCII whitespace and controls anywhere in the scheme.
   */
  private static boolean safeUrl(String tag, String attr, String value) {
    String v = value.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
    int colon = v.indexOf(':');
    int end = v.replaceAll("[/?#].*", "").length();
    if (colon < 0 || colon > end) return true;
    String scheme = v.substring(0, colon);
    if (Set.of("http", "https", "mailto", "tel").contains(scheme)) return true;
    return (tag.equals("img") || tag.equals("source")) && PICTURE.matcher(v).find() && !attr.equals("href");
  }
}

package dev.versus.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what could run script from a rendered body: {@code <script>}, {@code <iframe>} and the
 * other elements that load or run code, every {@code on*} event attribute, and URLs with the
 * {@code javascript:}, {@code vbscript:} or (outside images) {@code data:} scheme. Applied unless
 * site.yaml sets {@code unsafe_html: true}, as Hugo omits raw HTML unless
 * {@code markup.goldmark.renderer.unsafe} is set. Markdown's own {@code [x](javascript:...)} links
 * are already dropped by flexmark ({@code HtmlRenderer.SUPPRESSED_LINKS}).
 */
final class SafeHtml {
  private static final Set<String> REMOVED = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
      "applet", "base", "meta", "link");
  /** A cheap first look: a body without any of these needs no parsing. */
  private static final Pattern SUSPECT = Pattern.compile(
      "<\\s*(script|iframe|frame|object|embed|applet|base|meta|link)|\\son[a-z]+\\s*=|script\\s*:|data\\s*:",
      Pattern.CASE_INSENSITIVE);

  private SafeHtml() {}

  /** {@code html} (a body fragment) without anything that could run script. */
  static String clean(String html) {
    if (!SUSPECT.matcher(html).find()) return html;
    Document dom = Jsoup.parseBodyFragment(html);
    dom.outputSettings().prettyPrint(false);
    for (Element e : dom.body().getAllElements()) {
      if (REMOVED.contains(e.normalName())) {
        e.remove();
        continue;
      }
      for (Attribute a : e.attributes().asList()) {
        if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on") || runsScript(e, a)) e.removeAttr(a.getKey());
      }
    }
    return dom.body().html();
  }

  /** Whether {@code a}'s value is a URL whose scheme runs code; browsers ignore whitespace and controls inside it. */
  private static boolean runsScript(Element e, Attribute a) {
    String v = a.getValue().replaceAll("[\\x00-\\x20\\x7f]+", "").toLowerCase(Locale.ROOT);
    if (v.startsWith("javascript:") || v.startsWith("vbscript:")) return true;
    return v.startsWith("data:") && !((e.normalName().equals("img") || e.normalName().equals("source"))
        && (a.getKey().equals("src") || a.getKey().equals("srcset")) && v.startsWith("data:image/") && !v.startsWith("data:image/svg"));
  }
}

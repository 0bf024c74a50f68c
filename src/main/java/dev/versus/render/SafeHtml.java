package dev.versus.render;

import dev.versus.content.ActiveHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what could run script from a rendered body: {@code <script>}, {@code <iframe>} and the
 * other elements that load or run code, every {@code on*} event attribute, and URLs with the
 * {@code javascript:}, {@code vbscript:} or (outside images) {@code data:} scheme ({@link ActiveHtml}
 * holds the rules; the load stage warns about each occurrence with its position). Applied unless
 * site.yaml sets {@code unsafe_html: true}, as Hugo omits raw HTML unless
 * {@code markup.goldmark.renderer.unsafe} is set. Markdown's own {@code [x](javascript:...)} links
 * are already dropped by flexmark ({@code HtmlRenderer.SUPPRESSED_LINKS}).
 */
final class SafeHtml {
  private SafeHtml() {}

  /** {@code html} (a body fragment) without anything that could run script. */
  static String clean(String html) {
    if (!dev.versus.content.Suspect.in(html)) return html;
    Document dom = Jsoup.parseBodyFragment(html);
    dom.outputSettings().prettyPrint(false);
    for (Element e : dom.body().getAllElements()) {
      if (ActiveHtml.isActive(e)) {
        e.remove();
        continue;
      }
      for (Attribute a : e.attributes().asList()) {
        if (ActiveHtml.isActive(e, a)) e.removeAttr(a.getKey());
      }
    }
    return dom.body().html();
  }
}

package dev.versus.pdf;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prepares the print view for openhtmltopdf: parsed by Jsoup (so the HTML need not be XML) and
 * handed over as a W3C DOM, with what only the PDF needs added on the way: the outline built from
 * the table of contents, the subject for the document properties, and alt text for SVG images
 * (openhtmltopdf draws SVG only with a separate Batik-based module).
 */
final class PdfDom {
  private PdfDom() {}

  static org.w3c.dom.Document of(String html, String documentUrl) {
    Document doc = Jsoup.parse(html, documentUrl);
    Element head = doc.head();
    Element description = head.selectFirst("meta[name=description]");
    if (description != null && head.selectFirst("meta[name=subject]") == null) {
      head.appendElement("meta").attr("name", "subject").attr("content", description.attr("content"));
    }
    Element toc = doc.selectFirst("ol.toc");
    if (toc != null) outline(toc, head.appendElement("bookmarks"));
    for (Element img : doc.select("img[src$=.svg], img[src*=.svg?]")) {
      img.replaceWith(new Element("span").addClass("img-alt").text(img.attr("alt").isBlank() ? "[image]" : "[" + img.attr("alt") + "]"));
    }
    return new W3CDom().fromJsoup(doc);
  }

  /** One bookmark per entry of the contents list, nested as the list is. */
  private static void outline(Element list, Element parent) {
    for (Element li : list.children()) {
      Element link = li.selectFirst("> a[href^=#]");
      if (link == null) continue;
      Element mark = parent.appendElement("bookmark").attr("name", link.text()).attr("href", link.attr("href"));
      Element sub = li.selectFirst("> ol");
      if (sub != null) outline(sub, mark);
    }
  }
}

package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 24, "feed content": a feed entry's HTML is read away from its page, so its footnote links
 * ({@code #fn-1}) and cross-links must lead to the article's page, not to the feed's URL (as
 * jekyll/jekyll-feed#260 reported). Every link and source of an entry is absolute, and the entry names its
 * page in {@code xml:base} (RFC 4287 section 2) for anything a reader resolves itself. The fixture's
 * article "The evening cup" has a footnote and two cross-links; the morning one links a heading of it.
 */
class FeedContentTest {
  private static final String XML = "http://www.w3.org/XML/1998/namespace";
  @TempDir
  static Path tmp;
  static Document feed;

  @BeforeAll
  static void build() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    Path out = tmp.resolve("site");
    BuildResult r = new Build().run(new BuildOptions(source, out, Optional.empty(), false, Optional.empty()), true);
    assertEquals(List.of(), r.diagnostics());
    var xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    feed = xml.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
  }

  /** The entry titled {@code title}. */
  static Element entry(String title) {
    NodeList entries = feed.getElementsByTagNameNS("*", "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      if (e.getElementsByTagNameNS("*", "title").item(0).getTextContent().equals(title)) return e;
    }
    throw new AssertionError("no entry " + title);
  }

  /** Every {@code href} and {@code src} of the entry's HTML content, in document order. */
  static List<String> references(Element entry) {
    String html = entry.getElementsByTagNameNS("*", "content").item(0).getTextContent();
    List<String> out = new ArrayList<>();
    for (var e : Jsoup.parseBodyFragment(html).select("[href], [src]")) out.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
    return out;
  }

  @Test
  void aFootnoteLinkLeadsToTheArticlesPage() {
    String page = "https://example.org/drinks/articles/evening/";
    Element evening = entry("The evening cup");
    List<String> refs = references(evening);
    assertEquals(List.of("https://example.org/drinks/criteria/caffeine/", "https://example.org/drinks/subjects/cocoa/",
        page + "#fn-1", page + "#fnref-1"), refs.stream().filter(h -> !h.contains("/sources/")).toList());
    assertEquals(page, evening.getAttributeNS(XML, "base"), "the entry's xml:base is its page");
  }

  @Test
  void noEntryLinksRelatively() {
    NodeList entries = feed.getElementsByTagNameNS("*", "entry");
    int checked = 0;
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      if (e.getElementsByTagNameNS("*", "content").getLength() == 0) continue;
      for (String ref : references(e)) {
        assertTrue(ref.startsWith("https://example.org/drinks/") || ref.startsWith("https://") && !ref.contains("example.org"), ref);
        checked++;
      }
    }
    assertFalse(checked == 0, "the feed's entries link somewhere");
    // the morning article's link to a heading of the evening one keeps its fragment
    assertTrue(references(entry("The morning cup")).contains("https://example.org/drinks/articles/evening/#winding-down"),
        references(entry("The morning cup")).toString());
  }
}

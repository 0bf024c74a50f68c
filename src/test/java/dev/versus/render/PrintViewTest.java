package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.SiteLinks;
import dev.versus.TestSites;
import dev.versus.pipeline.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print view of the three-subject fixture, from a plain build (no PDF). */
class PrintViewTest {
  @TempDir
  static Path tmp;
  static Path out;
  static BuildResult result;
  static Document print;

  @BeforeAll
  static void build() {
    out = tmp.resolve("site");
    result = TestSites.build(TestSites.fixture("three", tmp), out);
    print = SiteLinks.parse(out.resolve("print/index.html"));
  }

  @Test
  void buildsWithoutDiagnostics() {
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void hasNoScriptNavigationOrControls() {
    assertTrue(print.select("script, nav, form, input, select, button, textarea").isEmpty());
    assertTrue(print.select(".site-header, .site-nav, .breadcrumbs, .site-footer").isEmpty());
    // its own style sheets only: print.css, and for a browser's screen (a phone) print-screen.css, which the PDF skips
    assertEquals(2, print.select("link[rel=stylesheet]").size());
    assertTrue(print.selectFirst("link[rel=stylesheet]").attr("href").startsWith("/drinks/css/print.css?v="));
    assertTrue(print.select("link[rel=stylesheet]").get(1).attr("href").startsWith("/drinks/css/print-screen.css?v="));
    assertEquals("screen", print.select("link[rel=stylesheet]").get(1).attr("media"));
    assertTrue(Files.isRegularFile(out.resolve("css/print.css")));
    assertEquals("noindex", print.selectFirst("meta[name=robots]").attr("content"));
  }

  @Test
  void containsTheWholeGuideInOrder() {
    assertEquals("cover", print.selectFirst("body > header").id());
    assertEquals(List.of("contents", "short-answer", "comparison", "criteria", "subjects", "articles", "faq",
        "evidence", "sources"), print.select("body > main > *").eachAttr("id"));
    assertEquals(List.of("criterion-caffeine", "criterion-sweetness", "criterion-price"), print.select("#criteria > section").eachAttr("id"));
    assertEquals(List.of("subject-tea", "subject-coffee", "subject-cocoa"), print.select("#subjects > section").eachAttr("id"));
    assertEquals(List.of("article-evening", "article-morning"), print.select("#articles > section").eachAttr("id"));
    assertEquals(List.of("faq-which-wakes", "faq-cheapest"), print.select("#faq > section").eachAttr("id"));
    assertEquals(List.of("source-almanac", "source-survey"), print.select("#sources li").eachAttr("id"));
    Element cover = print.selectFirst("#cover");
    assertEquals("Tea vs Coffee vs Cocoa", cover.selectFirst("h1").text());
    assertEquals(List.of("Tea Leaves in hot water", "Coffee Roasted beans", "Cocoa Chocolate to drink"), cover.select("li").eachText());
    assertTrue(cover.text().contains("1 February 2025") && cover.text().contains("Fixture Author"), cover.text());
    Element caffeine = print.selectFirst("#criterion-caffeine");
    assertEquals("How much does it wake you up?", caffeine.selectFirst(".question").text());
    assertEquals(3, caffeine.select("table.verdicts tr").size());
    assertTrue(caffeine.text().contains("Where sources disagree: The survey finds decaf common."));
  }

  @Test
  void everyIdIsUniqueAndEveryLinkInsideTheDocumentResolves() {
    Set<String> ids = new HashSet<>();
    for (Element e : print.select("[id]")) assertTrue(ids.add(e.id()), "duplicate id " + e.id());
    for (Element a : print.select("a[href^=#]")) assertTrue(ids.contains(a.attr("href").substring(1)), a.outerHtml());
    // every other link leaves the site (a plain build has no download link)
    for (Element a : print.select("a[href]:not([href^=#])")) assertTrue(a.attr("href").startsWith("https://"), a.outerHtml());
  }

  @Test
  void linksToTheSiteBecomeCrossReferencesInsideTheDocument() {
    Element morning = print.selectFirst("#article-morning");
    assertEquals("#criterion-caffeine", morning.selectFirst("a:contains(caffeine)").attr("href"));
    assertTrue(morning.selectFirst("a:contains(caffeine)").hasClass("xref"));
    assertEquals("#article-evening--winding-down", morning.selectFirst("a:contains(evenings)").attr("href"));
    assertEquals("#row-price", print.selectFirst("#faq-cheapest a").attr("href"));
    assertEquals("#subject-coffee", print.selectFirst("#short-answer a").attr("href"));
    // footnotes keep working inside their section
    Element evening = print.selectFirst("#article-evening");
    String ref = evening.selectFirst("a.footnote-ref").attr("href");
    assertTrue(ref.startsWith("#article-evening--"), ref);
    assertTrue(evening.selectFirst(ref) != null, ref);
  }

  @Test
  void headingsSitBelowTheirSection() {
    // chapter h2, section h3, the body's own ## headings h4
    assertEquals(List.of("Waking up", "Paying for it"), print.select("#article-morning h4").eachText());
    assertTrue(print.select("#article-morning h2").isEmpty());
    assertEquals("h3", print.selectFirst("#article-morning > h3").tagName());
  }

  @Test
  void comparisonTableHasOneRowPerCriterionAndPointsToItsSection() {
    Element table = print.selectFirst("#comparison table.matrix");
    assertEquals(List.of("Criterion", "Tea green and black", "Coffee", "Cocoa"), table.select("thead th").eachText());
    assertEquals(List.of("row-caffeine", "row-sweetness", "row-price"), table.select("tr.row").eachAttr("id"));
    assertEquals("#criterion-caffeine", table.selectFirst("tr#row-caffeine th a.pageref").attr("href"));
    assertEquals(List.of("[1]", "[2]"), table.select("tr#row-caffeine td").get(1).select("a.cite").eachText());
    assertEquals("#source-almanac", table.selectFirst("tr#row-caffeine a.cite").attr("href"));
  }

  @Test
  void contentsListEverySection() {
    assertEquals(List.of("#short-answer", "#comparison", "#criteria", "#subjects", "#articles", "#faq", "#evidence", "#sources"),
        print.select("ol.toc > li > a").eachAttr("href"));
    assertEquals(10, print.select("ol.toc ol a").size());
  }

  @Test
  void aPlainBuildLinksNoPdf() {
    assertFalse(Files.exists(out.resolve("guide.pdf")));
    assertNull(print.selectFirst("a[href$=.pdf]"));
    Document home = SiteLinks.parse(out.resolve("index.html"));
    assertNull(home.selectFirst("a[href$=.pdf]"));
    assertEquals("/drinks/print/", home.selectFirst(".print-links a").attr("href"));
    assertTrue(print.selectFirst("style").data().contains("size: A4;"));
    assertTrue(print.selectFirst("style").data().contains("content: \"Tea vs Coffee vs Cocoa\""), print.selectFirst("style").data());
  }

  @Test
  void theRunningHeaderTitleIsACssStringWhateverTheTitle() {
    assertEquals("Tea \\\"\\26 \\3c  Co\\\\", PrintView.cssString("Tea \"&< Co\\"));
  }
}

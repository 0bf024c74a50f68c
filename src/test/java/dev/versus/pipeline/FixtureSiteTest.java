package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.BuiltSite;
import dev.versus.SiteLinks;
import dev.versus.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the three-subject fixture end to end and checks the written HTML with Jsoup. */
class FixtureSiteTest {
  @TempDir
  static Path tmp;
  static BuiltSite site;

  @BeforeAll
  static void build() {
    Path source = TestSites.fixture("three", tmp);
    site = BuiltSite.build(source, tmp.resolve("site"));
  }

  @Test
  void buildsWithoutDiagnostics() {
    assertEquals(List.of(), site.result().diagnostics());
  }

  @Test
  void everyPageKindExists() {
    for (String f : List.of("index.html", "compare/index.html", "criteria/index.html", "criteria/caffeine/index.html",
        "subjects/index.html", "subjects/cocoa/index.html", "articles/index.html", "articles/morning/index.html",
        "faq/index.html", "faq/which-wakes/index.html", "sources/index.html", "404.html", "sitemap.xml", "feed.xml",
        "robots.txt", "css/versus.css", "js/matrix.js", "favicon.svg", "img/cup.svg", ".versus-manifest")) {
      assertTrue(Files.isRegularFile(site.out().resolve(f)), f);
    }
  }

  @Test
  void everyInternalLinkAndAnchorResolves() {
    assertEquals(List.of(), SiteLinks.broken(site.out(), "/drinks/"));
  }

  @Test
  void tableHasOneRowPerCriterionAndOneColumnPerSubject() {
    Document compare = site.page("compare");
    Element table = compare.selectFirst("table.matrix");
    // the version compared goes with the subject's name (tea's is "green and black")
    assertEquals(List.of("Tea green and black", "Coffee", "Cocoa"), table.select("thead th[scope=col]:not(.corner)").eachText());
    assertEquals(List.of("caffeine", "sweetness", "price"), table.select("tr.row").eachAttr("id"));
    assertEquals(3, table.select("tr#caffeine td").size());
    assertEquals("false", table.selectFirst("tr#sweetness").attr("data-differs"));
    assertEquals("true", table.selectFirst("tr#caffeine").attr("data-differs"));
    assertTrue(table.selectFirst("caption") != null);
    Element coffee = table.select("tr#caffeine td").get(1);
    assertTrue(coffee.text().contains("● Built in"), coffee.text());
    assertTrue(coffee.text().contains("Sources disagree"), coffee.text());
    assertEquals(List.of("[1]", "[2]"), coffee.select("a.cite").eachText());
    assertEquals("/drinks/sources/#source-almanac", coffee.selectFirst("a.cite").attr("href"));
  }

  @Test
  void pairPagesExistFromThreeSubjects() {
    for (String pair : List.of("tea-vs-coffee", "tea-vs-cocoa", "coffee-vs-cocoa")) {
      Document d = site.page("compare/" + pair);
      assertEquals(2, d.select("table.matrix thead th[scope=col]:not(.corner)").size(), pair);
    }
    assertFalse(Files.exists(site.out().resolve("compare/coffee-vs-tea")));
  }

  @Test
  void crossLinksAreRewrittenToPageUrls() {
    Document morning = site.page("articles/morning");
    assertEquals("/drinks/criteria/caffeine/", morning.selectFirst("#article a:contains(caffeine)").attr("href"));
    assertEquals("/drinks/articles/evening/#winding-down", morning.selectFirst("#article a:contains(evenings)").attr("href"));
    assertEquals("/drinks/compare/#price", site.page("faq/cheapest").selectFirst("#answer a").attr("href"));
    assertEquals("/drinks/img/cup.svg", site.page("subjects/cocoa").selectFirst(".prose img").attr("src"));
    assertTrue(morning.select("[data-vs-link], [data-src-line]").isEmpty());
  }

  @Test
  void criterionPageListsBacklinksWithExcerpts() {
    Document caffeine = site.page("criteria/caffeine");
    List<Element> items = caffeine.select("#discussed-in li");
    assertEquals(2, items.size());
    // newest article first, as the site lists articles
    assertEquals("/drinks/articles/evening/#winding-down", items.get(0).selectFirst("a").attr("href"));
    assertEquals("/drinks/articles/morning/#waking-up", items.get(1).selectFirst("a").attr("href"));
    assertTrue(items.get(1).selectFirst("blockquote").text().startsWith("For a fast start"));
    assertEquals(3, caffeine.select("#verdicts .verdict").size());
    assertTrue(caffeine.selectFirst("#verdicts").text().contains("The survey finds decaf common."));
  }

  @Test
  void draftsAreLeftOutUnlessAsked() {
    assertFalse(Files.exists(site.out().resolve("articles/draft-notes")));
    Path withDrafts = tmp.resolve("with-drafts");
    BuildResult r = new Build().run(new BuildOptions(tmp.resolve("three"), withDrafts, java.util.Optional.empty(), true,
        java.util.Optional.empty()), true);
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    assertTrue(Files.exists(withDrafts.resolve("articles/draft-notes/index.html")));
  }

  @Test
  void everyPageHasTheHeadAPublisherExpects() {
    for (Path p : SiteLinks.htmlFiles(site.out())) {
      Document d = SiteLinks.parse(p);
      String where = site.out().relativize(p).toString();
      // the print view is a document for paper, without navigation: PrintViewTest checks it
      if (where.equals("print/index.html")) continue;
      // a moved page (compare/by/<subject>/) is a redirect a static host can publish: a refresh and its canonical
      if (SiteLinks.movedTo(d).isPresent()) {
        assertTrue(SiteLinks.movedTo(d).get().startsWith("/drinks/compare/"), where + " moves to " + SiteLinks.movedTo(d));
        assertTrue(d.selectFirst("link[rel=canonical]").attr("href").startsWith("https://example.org/drinks/compare/"), where);
        continue;
      }
      assertEquals("en", d.selectFirst("html").attr("lang"), where);
      assertFalse(d.title().isBlank(), where);
      assertTrue(d.selectFirst("link[rel=canonical]").attr("href").startsWith("https://example.org/drinks/"), where);
      assertTrue(d.selectFirst("meta[name=description]") != null, where);
      assertTrue(d.selectFirst("meta[property=og:title]") != null, where);
      assertTrue(d.selectFirst("meta[name=theme-color]") != null, where);
      assertTrue(d.selectFirst("link[rel=icon]") != null, where);
      assertTrue(d.selectFirst("nav.site-nav") != null, where);
    }
    Document article = site.page("articles/morning");
    assertEquals("Morning cup: tea, coffee or cocoa? · Tea vs Coffee vs Cocoa", article.title());
    assertEquals("tea, coffee, cocoa", article.selectFirst("meta[name=keywords]").attr("content"));
    assertEquals("https://example.org/drinks/articles/morning/", article.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals(List.of("Home", "Articles", "The morning cup"), article.select(".breadcrumbs li").eachText());
  }

  @Test
  void articleHasTocReadingTimeSourcesAndHighlightedCode() {
    Document a = site.page("articles/morning");
    assertEquals(List.of("Waking up", "Paying for it"), a.select("#contents li").eachText());
    assertTrue(a.selectFirst(".article-head .meta").text().contains("min read"));
    assertEquals(List.of("Caffeine", "Price"), a.select("#related li").eachText());
    assertTrue(a.selectFirst("#sources").text().contains("The Drinks Almanac"));
    assertFalse(a.select("pre.code span.hljs-keyword").isEmpty());
    assertTrue(a.selectFirst("pre.code").text().contains("    return"), "indentation kept");
    assertTrue(site.page("articles/evening").select(".footnotes").size() == 1);
  }

  @Test
  void faqIndexCarriesOneFaqPageJsonLd() {
    Document faq = site.page("faq");
    List<Element> ld = faq.select("script[type=application/ld+json]");
    assertEquals(1, ld.size());
    String json = ld.get(0).data();
    assertTrue(json.contains("\"@type\":\"FAQPage\""));
    assertTrue(json.contains("Which drink wakes me up fastest?") && json.contains("Which is cheapest?"));
    assertEquals(2, faq.select(".qa").size());
  }

  @Test
  void feedsSitemapAndRobotsUseAbsoluteUrls() {
    String sitemap = TestSites.read(site.out().resolve("sitemap.xml"));
    assertTrue(sitemap.contains("<loc>https://example.org/drinks/criteria/caffeine/</loc>"));
    assertTrue(sitemap.contains("<loc>https://example.org/drinks/compare/tea-vs-cocoa/</loc>"));
    String feed = TestSites.read(site.out().resolve("feed.xml"));
    assertTrue(feed.contains("<id>https://example.org/drinks/articles/morning/</id>"));
    assertFalse(feed.contains("draft-notes"));
    org.jsoup.Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
    assertTrue(TestSites.read(site.out().resolve("robots.txt")).contains("Sitemap: https://example.org/drinks/sitemap.xml"));
  }

  @Test
  void sourcesPageSaysWhatCitesEachSource() {
    Document s = site.page("sources");
    assertTrue(s.selectFirst("#source-almanac .cited-by").text().contains("Caffeine"));
    assertTrue(s.selectFirst("#source-almanac .cited-by").text().contains("The morning cup"));
  }
}

package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.content.Kind;
import dev.versus.model.Article;
import dev.versus.model.CrossLink;
import dev.versus.model.Site;
import dev.versus.pipeline.BuildResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text rewrite of link attributes ({@link LinkAttrs}) gives the very bytes the Jsoup DOM path
 * gives, on bodies with every kind of link and attribute an author can produce, and steps aside for
 * raw-text elements.
 */
class BodyHtmlTest {
  @TempDir
  static Path tmp;
  static Site site;
  static BodyHtml bodies;
  static Path source;

  @BeforeAll
  static void build() {
    source = TestSites.fixtureWith("three", tmp, TestSites.article("tricky", "Every kind of link", "2025-02-01", """
        ## Links & "quotes" {#custom .lead}

        See [caffeine](../criteria/caffeine.md "Caffeine's \\"row\\"") and [price](../criteria/price.md) ![A cup](../static/img/cup.svg),
        [a query](https://example.org/?a=1&b=2 "a < b > c"), <https://example.org/auto>, [mail](mailto:me@example.org),
        [a page anchor](#custom), [tea](../subjects/tea.md){.pill rel=me} and a non-breaking\u00a0[space](../subjects/coffee.md).

        ![A chart](https://example.org/chart.png "a chart") ![Lazy](https://example.org/lazy.png){loading=eager}

        | a | b |
        |---|---|
        | [cocoa](../subjects/cocoa.md) | <span hidden>hidden</span> <input type="checkbox" disabled checked> |

        Raw <a href="https://example.org/raw" rel="me">raw link</a> and <br/> a break.

        ```html
        <a data-vs-link="0" href="x">not a link</a>
        ```

        Footnote.[^n] <!-- a comment with <a href="y"> inside -->

        [^n]: With [morning](morning.md) in it.
        """) + TestSites.article("scripted", "A script", "2025-02-02", """
        <style>/* <a data-vs-link=\\"0\\"> */ p { color: inherit; }</style>

        Then [tea](../subjects/tea.md).
        """));
    BuildResult result = TestSites.build(source, tmp.resolve("site"));
    assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.severity().name().equals("ERROR")).toList());
    site = result.site().orElseThrow();
    bodies = new BodyHtml(site, new Urls(site.config().baseUrl(), "/drinks/"));
  }

  private static Article article(String slug) {
    return site.articles().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
  }

  private static Map<Integer, CrossLink> byIndex(String slug) {
    Map<Integer, CrossLink> byIndex = new HashMap<>();
    for (CrossLink l : bodies.linksFrom(Kind.ARTICLE, slug)) byIndex.put(l.ref().index(), l);
    return byIndex;
  }

  @Test
  void textRewriteGivesJsoupsBytes() {
    for (Article a : site.articles()) {
      String html = a.body().html();
      var tags = LinkAttrs.find(html, dev.versus.content.Body.LINK_ATTR);
      if (tags.isEmpty()) continue;
      assertEquals(bodies.withJsoup(html, byIndex(a.slug())), bodies.rewrite(html, tags.get(), byIndex(a.slug())), a.slug());
    }
  }

  @Test
  void readsPlainBodiesAndEveryLinkInThem() {
    String html = article("tricky").body().html();
    var tags = LinkAttrs.find(html, dev.versus.content.Body.LINK_ATTR);
    assertTrue(tags.isPresent());
    assertEquals(article("tricky").body().links().size(), tags.get().size());
    String out = bodies.html(Kind.ARTICLE, "tricky", article("tricky").body());
    assertTrue(out.contains("href=\"/drinks/criteria/caffeine/\""), out);
    assertTrue(out.contains("href=\"https://example.org/?a=1&amp;b=2\""), out);
    assertTrue(out.contains("loading=\"lazy\""), out);
  }

  @Test
  void leavesRawTextElementsToJsoup() {
    // as written: the allowlist takes the <style> out of the published body (unsafe_html: true keeps it)
    var body = article("scripted").body().asWritten();
    String html = body.html();
    assertTrue(LinkAttrs.find(html, dev.versus.content.Body.LINK_ATTR).isEmpty(), html);
    assertEquals(SafeHtml.clean(bodies.withJsoup(html, byIndex("scripted"))), bodies.html(Kind.ARTICLE, "scripted", body));
  }

  @Test
  void escapesAttributeValuesAsJsoupDoes() {
    for (String v : List.of("a&b \"c\" <d>", "x\u00a0y", "https://example.org/?q=a+b&r=\u00e9", "")) {
      String tag = new org.jsoup.nodes.Element("a").attr("href", v).outerHtml();
      assertEquals(tag, "<a href=\"" + LinkAttrs.escape(v) + "\"></a>");
    }
  }
  /** A body read away from its page (a feed entry): relative references resolve against the page, absolute ones stay. */
  @Test
  void absoluteResolvesRelativeReferencesAgainstThePage() {
    String page = "https://example.org/guide/articles/evening/";
    assertEquals("<p><a href=\"https://example.org/guide/articles/evening/#fn-1\">1</a> "
        + "<a href=\"https://example.org/guide/criteria/speed/\">speed</a> <a href=\"https://example.org/guide/articles/other/#x\">other</a> "
        + "<img src=\"https://example.org/guide/img/a.png\" alt=\"a\"> <a href=\"https://elsewhere.example/?q=1\">far</a> "
        + "<a href=\"mailto:ed@example.org\">mail</a></p>",
        BodyHtml.absolute("<p><a href=\"#fn-1\">1</a> <a href=\"/guide/criteria/speed/\">speed</a> <a href=\"../other/#x\">other</a> "
            + "<img src=\"/guide/img/a.png\" alt=\"a\"> <a href=\"https://elsewhere.example/?q=1\">far</a> "
            + "<a href=\"mailto:ed@example.org\">mail</a></p>", page));
  }
  /** An article's body made for its page is handed to the print view as it is, and only once; each article gets its own. */
  @Test
  void articleBodyMadeOnceIsTheSameBody() {
    BodyHtml fresh = new BodyHtml(site, new Urls(site.config().baseUrl(), "/drinks/"));
    Article tricky = article("tricky");
    Article scripted = article("scripted");
    String first = fresh.html(Kind.ARTICLE, tricky.slug(), tricky.body());
    String other = fresh.html(Kind.ARTICLE, scripted.slug(), scripted.body());
    String second = fresh.html(Kind.ARTICLE, tricky.slug(), tricky.body());
    assertTrue(first == second, "the second call takes what the first made");
    assertEquals(bodies.html(Kind.ARTICLE, scripted.slug(), scripted.body()), other);
    assertEquals(first, fresh.html(Kind.ARTICLE, tricky.slug(), tricky.body()));
    assertTrue(!first.equals(other) && first.contains("href=\"/drinks/criteria/caffeine/\""), first);
  }

  /** With {@code print: {articles: none}} an article's body is shown once: nothing is kept for a second asker. */
  @Test
  void articleBodyNotKeptWhenThePrintViewLeavesArticlesOut() {
    Path source = TestSites.fixture("three", tmp.resolve("no-print"), "\nprint:\n  articles: none\n");
    TestSites.write(source, TestSites.article("plain", "Plain", "2025-02-03", "Then [tea](../subjects/tea.md).\n"));
    Site noPrint = TestSites.build(source, tmp.resolve("no-print-site")).site().orElseThrow();
    assertTrue(!noPrint.config().outputs().printArticles(), "the fixture leaves the articles out of the print view");
    BodyHtml fresh = new BodyHtml(noPrint, new Urls(noPrint.config().baseUrl(), "/drinks/"));
    Article plain = noPrint.articles().stream().filter(a -> a.slug().equals("plain")).findFirst().orElseThrow();
    String first = fresh.html(Kind.ARTICLE, plain.slug(), plain.body());
    String second = fresh.html(Kind.ARTICLE, plain.slug(), plain.body());
    assertEquals(first, second);
    assertTrue(first != second, "made again: nothing was kept for a print view that does not show it");
  }
  /**
   * The bodies kept for a second asker live for one render: the preview server reuses its renderer across saves and
   * renders the print view and the feed only on request, so a render of the articles' pages alone must not leave their
   * bodies behind.
   */
  @Test
  void aRenderKeepsNoBodyOnceItEnds() {
    Theme theme = Theme.locate(source, java.util.Optional.empty());
    dev.versus.diag.Diagnostics diags = new dev.versus.diag.Diagnostics();
    var strings = dev.versus.i18n.I18nFiles.read(theme.roots(), diags).resolve(site.config().language(), diags);
    Renderer renderer = new Renderer(theme, strings);
    RenderPlan plan = renderer.plan(site, dev.versus.matrix.Matrix.of(site));
    String print = dev.versus.web.PageKind.PRINT.route();
    List<String> pages = plan.routes().stream().filter(r -> r.startsWith("articles/") && !r.equals("articles/")).toList();
    assertTrue(!pages.isEmpty() && site.config().outputs().printArticles(), plan.routes().toString());
    plan.render(pages, diags);
    BodyHtml bodies = renderer.bodies(site, new Urls(site.config().baseUrl(), site.config().basePath()));
    assertEquals(0, bodies.kept(), "bodies kept after the render");
    // and the print view alone, rendered on request later, gives the bytes a full render gives
    assertEquals(new String(renderer.plan(site, dev.versus.matrix.Matrix.of(site)).render(List.of(print), diags).get(0).bytes()),
        new String(plan.render(plan.routes(), diags).stream().filter(o -> o.path().equals(plan.file(print).orElseThrow()))
            .findFirst().orElseThrow().bytes()));
  }
}

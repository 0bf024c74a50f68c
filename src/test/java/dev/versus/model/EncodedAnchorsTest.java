package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.InitGuide;
import dev.versus.SiteLinks;
import dev.versus.TestSites;
import dev.versus.pipeline.BuildResult;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, fault 5: browsers percent-decode a fragment before they look for its id (HTML, "the
 * indicated part of the document"), and GitHub-style tables of contents write {@code ## Größe} as
 * {@code #gr%C3%B6%C3%9Fe}. Such links, from every kind of document, to another page, to the same page
 * and to a generated page, are checked against the decoded id and published so they reach it, on the
 * site and in the print view.
 */
class EncodedAnchorsTest {
  @TempDir
  Path tmp;

  private Path guide() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "criteria/speed.md", t -> t + "\n## Größe\n\nSize.\n\n## 数据库\n\nDatabases.\n");
    InitGuide.edit(guide, "articles/getting-started.md", t -> t + "\nSee [size](../criteria/speed.md#gr%C3%B6%C3%9Fe).\n");
    InitGuide.edit(guide, "faq/which-first.md", t -> t + "\nSee [databases](../criteria/speed.md#%E6%95%B0%E6%8D%AE%E5%BA%93).\n");
    InitGuide.edit(guide, "subjects/alpha.md", t -> t + "\n## Größe\n\nBig. Back to [its size](#gr%C3%B6%C3%9Fe).\n");
    InitGuide.edit(guide, "index.md", t -> t + "\nThe [table row](/compare/#sp%65ed).\n");
    return guide;
  }

  @Test
  void encodedFragmentsReachTheDecodedIdOnEveryPage() {
    Path out = tmp.resolve("site");
    BuildResult r = TestSites.build(guide(), out);
    assertEquals(List.of(), InitGuide.messages(r));
    assertEquals(List.of(), SiteLinks.broken(out, "/alpha-vs-beta/"));
    assertEquals("/alpha-vs-beta/criteria/speed/#gr%C3%B6%C3%9Fe", href(SiteLinks.parse(out.resolve("articles/getting-started/index.html")), "size"));
    assertEquals("/alpha-vs-beta/criteria/speed/#%E6%95%B0%E6%8D%AE%E5%BA%93", href(SiteLinks.parse(out.resolve("faq/which-first/index.html")), "databases"));
    assertEquals("/alpha-vs-beta/subjects/alpha/#gr%C3%B6%C3%9Fe", href(SiteLinks.parse(out.resolve("subjects/alpha/index.html")), "its size"));
    assertEquals("/alpha-vs-beta/compare/#speed", href(SiteLinks.parse(out.resolve("index.html")), "table row"));

    Document print = SiteLinks.parse(out.resolve("print/index.html"));
    for (String[] link : List.of(new String[] {"size", "criterion-speed--größe"}, new String[] {"databases", "criterion-speed--数据库"},
        new String[] {"table row", "row-speed"}, new String[] {"its size", "subject-alpha--größe"})) {
      assertEquals("#" + link[1], href(print, link[0]));
      assertEquals(1, print.select("[id=" + link[1] + "]").size(), link[1]);
    }
  }

  @Test
  void aBrokenEncodedFragmentIsReportedDecoded() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "articles/getting-started.md", t -> t + "\nSee [size](../criteria/speed.md#gr%C3%B6%C3%9Fx)"
        + " and [all](../criteria/speed.md#100%).\n");
    assertEquals(List.of(
        "articles/getting-started.md:11:5: error: broken anchor: `#größx` is not a heading of criteria/speed.md",
        "articles/getting-started.md:11:54: error: broken anchor: `#100%` is not a heading of criteria/speed.md"),
        InitGuide.messages(InitGuide.build(guide)));
  }

  @Test
  void aFragmentWrittenAsTheIdIsTakenAsItIs() {
    assertEquals("a%20b", LinkResolver.indicated("a%20b", java.util.Set.of("a%20b")));
    assertEquals("100%", LinkResolver.indicated("100%25", java.util.Set.of("100%")));
    assertEquals("100%25", LinkResolver.indicated("100%2525", java.util.Set.of("100%")), "decoded once, not twice");
    assertEquals("a b", LinkResolver.indicated("a%20b", java.util.Set.of()));
    assertEquals("c++", LinkResolver.indicated("c%2B+", java.util.Set.of()));
  }

  @Test
  void theResolverDecodesAFragmentExactlyOnce() {
    String html = "<h2 id=\"100%\">All</h2><p><a href=\"#100%25\" data-src-line=\"3\" data-src-col=\"1\">once</a>"
        + " <a href=\"#100%2525\" data-src-line=\"4\" data-src-col=\"1\">twice</a></p>";
    dev.versus.content.Document doc = new dev.versus.content.Document("criteria/c.md", dev.versus.content.Kind.CRITERION, "c",
        new dev.versus.content.YNode.Map(java.util.Map.of(), dev.versus.diag.Position.of("criteria/c.md")),
        dev.versus.content.Body.of("criteria/c.md", dev.versus.content.Kind.CRITERION, html, List.of()));
    dev.versus.diag.Diagnostics diags = new dev.versus.diag.Diagnostics();
    List<CrossLink> links = new LinkResolver(java.util.Map.of(doc.path(), doc), java.util.Set.of(doc.path()), java.util.Set.of(),
        java.util.Set.of(), new RootedLinks(java.util.Map.of(), java.util.Map.of(), null, java.util.Set.of()), diags).resolveAll(doc);
    assertEquals(List.of("100%", "100%25"), links.stream().map(l -> ((Target.Page) l.target()).anchor()).toList());
    assertEquals(List.of("criteria/c.md:4:1: error: broken anchor: `#100%25` is not a heading of criteria/c.md; did you mean `100%`?"),
        diags.sorted().stream().map(dev.versus.diag.Diagnostic::format).toList());
  }

  @Test
  void aDoublyEncodedFragmentDoesNotReachTheOnceDecodedId() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "criteria/speed.md", t -> t + "\n## All of it {#100%}\n\nEverything.\n");
    InitGuide.edit(guide, "articles/getting-started.md", t -> t + "\nSee [all](../criteria/speed.md#100%25).\n");
    Path out = tmp.resolve("site");
    BuildResult ok = TestSites.build(guide, out);
    assertEquals(List.of(), InitGuide.messages(ok));
    assertEquals("/alpha-vs-beta/criteria/speed/#100%25", href(SiteLinks.parse(out.resolve("articles/getting-started/index.html")), "all"));
    assertEquals(1, SiteLinks.parse(out.resolve("criteria/speed/index.html")).select("[id=100%]").size());

    InitGuide.edit(guide, "articles/getting-started.md", t -> t.replace("#100%25)", "#100%2525)"));
    assertEquals(List.of("articles/getting-started.md:11:5: error: broken anchor: `#100%25` is not a heading of criteria/speed.md; did you mean `100%`?"),
        InitGuide.messages(InitGuide.build(guide)));
  }

  @Test
  void pathsAreDecodedAsBrowsersDecodeThem() {
    assertEquals("static/c++ notes.png", LinkResolver.normalize("static/c++%20notes.png"));
    assertEquals("static/100%.png", LinkResolver.normalize("static/100%.png"), "not percent-encoding: taken as written");
  }

  private static String href(Document d, String text) {
    Element a = d.select("a").stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    return a.attr("href");
  }
}

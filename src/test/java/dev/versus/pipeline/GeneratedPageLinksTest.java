package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.BuiltSite;
import dev.versus.InlineGuide;
import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import dev.versus.web.Published;
import dev.versus.web.Routes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide's Markdown links every page and file the build publishes for it by its published path, site-rooted: its
 * open data, feed, sitemap, print view, search, pair pages, profile pages and content pages, each written as its
 * permalink below base_url's path. Only the six list pages could be linked (found by the round-9 tester). A page the
 * guide does not publish (a pair of an unknown subject, a profile it does not define, what changed without editions,
 * the PDF) stays an error at the link, saying why.
 */
class GeneratedPageLinksTest {
  @TempDir
  Path tmp;

  /** Three subjects (so every pair has a page), a profile, a criterion, and {@code article} as articles/notes.md. */
  private static InlineGuide guide(String article) {
    return InlineGuide.titled("Tea vs Coffee vs Cocoa", "Three drinks.", "https://example.org/guide/")
        .subjects("tea: Tea: Leaves.", "coffee: Coffee: Beans.", "cocoa: Cocoa: Also beans.")
        .groups("use: Use").sources("lab: The Lab")
        .legend("much: Much: ●: A lot", "little: Little: ○: Not much")
        .profile("morning: Morning: For the first cup.", "groups: {use: 1}")
        .criterion("caffeine: Caffeine: How much caffeine?", "use", 1,
            "verdicts:\n  tea: {level: little, summary: Some., sources: [lab]}\n  coffee: {level: much, summary: Lots., sources: [lab]}\n  cocoa: {level: little, summary: A bit., sources: [lab]}", "How awake.")
        .files("-- articles/notes.md --\n---\ntitle: \"Notes\"\ndate: 2024-06-01\n---\n" + article);
  }

  @Test
  void everyGeneratedPageAndFileIsLinkedByItsPermalink() {
    Path source = guide("""
        [json](/compare.json) [schema](/compare.schema.json) [csv](/compare.csv) [feed](/feed.xml) [map](/sitemap.xml)
        [robots](/robots.txt) [index](/search/index.json) [404](/404.html)

        [print](/print/) [print](/print) [search](/search/index.html) [home](/) [compare](/compare/#caffeine)

        [pair](/compare/tea-vs-cocoa/) [sorted](/compare/by/coffee) [choose](/choose/) [morning](/choose/morning/)

        [criterion](/criteria/caffeine/#verdicts) [subject](/subjects/cocoa/index.html) [article](/articles/notes/)
        """).write(tmp.resolve("drinks"));
    BuiltSite site = BuiltSite.build(source, tmp.resolve("out"));
    assertEquals(List.of(), site.result().diagnostics().stream().map(Diagnostic::format).toList());
    Document notes = site.page("articles/notes/");
    assertEquals(List.of("/guide/compare.json", "/guide/compare.schema.json", "/guide/compare.csv", "/guide/feed.xml",
        "/guide/sitemap.xml", "/guide/robots.txt", "/guide/search/index.json", "/guide/404.html", "/guide/print/",
        "/guide/print/", "/guide/search/", "/guide/", "/guide/compare/#caffeine", "/guide/compare/tea-vs-cocoa/",
        "/guide/compare/by/coffee/", "/guide/choose/", "/guide/choose/morning/", "/guide/criteria/caffeine/#verdicts",
        "/guide/subjects/cocoa/", "/guide/articles/notes/"), notes.select("#article a").eachAttr("href"));
    // each link reaches a file the build wrote
    for (String href : notes.select("#article a").eachAttr("href")) {
      String path = href.substring("/guide/".length()).replaceAll("#.*", "");
      Path file = site.out().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
      assertTrue(Files.isRegularFile(file), href + " is not published");
    }
    // a rooted link to a content page is a cross-link like `../criteria/caffeine.md`: the criterion lists it
    assertEquals(1, site.page("criteria/caffeine/").select("#discussed-in a[href=\"/guide/articles/notes/\"]").size());
  }

  @Test
  void whatChangedIsLinkableInAGuideThatRecordsEditions() {
    Path source = TestSites.copy(TestSites.repo().resolve("content"), tmp.resolve("content"));
    TestSites.append(source.resolve("articles/hello-world-in-both.md"), "\n[changes](/changes/) [json](/changes.json)\n");
    BuiltSite site = BuiltSite.build(source, tmp.resolve("out"));
    assertEquals(List.of(), site.result().diagnostics().stream().map(Diagnostic::format).toList());
    List<String> hrefs = site.page("articles/hello-world-in-both/").select("#article a").eachAttr("href");
    assertEquals(List.of("/django-vs-flask/changes/", "/django-vs-flask/changes.json"), hrefs.subList(hrefs.size() - 2, hrefs.size()));
  }

  @Test
  void aPageTheGuideDoesNotPublishIsAnErrorSayingWhy() {
    Path source = guide("""
        [a](/compare/tea-vs-milk/) [b](/compare/cocoa-vs-tea/) [c](/choose/evening/) [d](/changes/)
        [e](/guide.pdf) [f](/compare.xml) [g](../compare.json)
        """).write(tmp.resolve("drinks"));
    List<String> errors = BuiltSite.build(source, tmp.resolve("out")).result().diagnostics().stream()
        .map(Diagnostic::format).toList();
    String at = "articles/notes.md:";
    String none = "matches no static file and no page or file this guide publishes: ";
    assertEquals(List.of(
        at + "5:1: error: link `/compare/tea-vs-milk/` " + none + "`milk` is not a subject; subjects: tea, coffee, cocoa",
        at + "5:28: error: link `/compare/cocoa-vs-tea/` " + none + "a pair page names its subjects in site.yaml's order: "
            + "link /compare/tea-vs-cocoa/",
        at + "5:56: error: link `/choose/evening/` " + none + "site.yaml has no profile `evening`; profiles: morning",
        at + "5:78: error: link `/changes/` " + none + "what changed is published only by a guide that records editions "
            + "(a file in editions/, made by `versus edition`)",
        at + "6:1: error: link `/guide.pdf` " + none + "this build does not write the PDF: set `print: {pdf: true}` in site.yaml "
            + "so that every build writes it (`versus build --pdf` writes it for one build only), or link the print view, /print/",
        at + "6:17: error: link `/compare.xml` " + none + "generated pages and files are /compare/, /criteria/, /subjects/, "
            + "/articles/, /faq/, /sources/, /choose/, /search/, /print/, /404.html, /sitemap.xml, /feed.xml, /robots.txt, "
            + "/search/index.json, /compare.json, /compare.schema.json, /compare.csv and each subject's pair and profile pages; "
            + "did you mean `compare/`?; link content files by their relative .md path",
        at + "6:35: error: broken link: `../compare.json` points at compare.json in the source folder, which has no such file; "
            + "the build makes it: link it from the site's root, `/compare.json`"),
        errors);
  }

  @Test
  void theThemesAssetsAreLinkableAsTheBuildPublishesThem() {
    Path source = guide("[css](/css/versus.css) [icon](/favicon.svg)").write(tmp.resolve("assets"));
    BuiltSite site = BuiltSite.build(source, tmp.resolve("assets-out"));
    assertEquals(List.of(), site.result().diagnostics().stream().map(Diagnostic::format).toList());
    assertEquals(List.of("/guide/css/versus.css", "/guide/favicon.svg"), site.page("articles/notes/").select("#article a").eachAttr("href"));
    // the theme's files are in the site at those paths; one the theme does not ship is an error
    assertTrue(Files.isRegularFile(site.out().resolve("css/versus.css")) && Files.isRegularFile(site.out().resolve("favicon.svg")));
    Path bad = guide("[none](/css/versu.css)").write(tmp.resolve("bad"));
    List<String> errors = BuiltSite.build(bad, tmp.resolve("bad-out")).result().diagnostics().stream().map(Diagnostic::format).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("articles/notes.md:5:1: error: link `/css/versu.css` matches no static file")
        && errors.get(0).contains("did you mean `css/versus.css`?"), errors.get(0));
  }

  @Test
  void thePdfIsLinkableExactlyWhenTheBuildWritesIt() {
    // site.yaml's `print: {pdf: true}`: every build writes guide.pdf, so every build may link it
    Path keyed = guide("[pdf](/guide.pdf)").yaml("print: {pdf: true}").write(tmp.resolve("keyed"));
    BuiltSite site = BuiltSite.build(keyed, tmp.resolve("keyed-out"));
    assertEquals(List.of(), site.result().diagnostics().stream().filter(d -> d.severity() == dev.versus.diag.Severity.ERROR)
        .map(Diagnostic::format).toList());
    assertTrue(Files.isRegularFile(site.out().resolve("guide.pdf")), "print: {pdf: true} writes guide.pdf");
    assertEquals(List.of("/guide/guide.pdf"), site.page("articles/notes/").select("#article a").eachAttr("href"));
    // --pdf writes it for one build: that build may link it, a plain one may not
    Path plain = guide("[pdf](/guide.pdf)").write(tmp.resolve("plain"));
    BuildResult pdf = new Build().run(new BuildOptions(plain, tmp.resolve("pdf-out"), java.util.Optional.empty(), false,
        java.util.Optional.empty(), java.util.Optional.of(dev.versus.render.Paper.A4)), false);
    assertEquals(List.of(), pdf.diagnostics().stream().filter(d -> d.severity() == dev.versus.diag.Severity.ERROR).toList());
    assertEquals(1, BuiltSite.build(plain, tmp.resolve("plain-out")).result().diagnostics().size());
  }

  @Test
  void theRouteTableListsEveryGeneratedPageAndFileTheBuildWrites() {
    // the link check's list and the render, data and search stages' outputs must not drift apart
    BuiltSite drinks = BuiltSite.build(guide("Hello.").write(tmp.resolve("drinks")), tmp.resolve("drinks-out"));
    assertEquals(Published.routes(new Published.Guide(List.of("tea", "coffee", "cocoa"), List.of(), List.of("morning"), false)),
        generated(drinks.out()));
    // the sitemap's parts follow the count of addresses the route table gives: that of the sitemap the build wrote
    Published.Guide drinksFacts = new Published.Guide(List.of("tea", "coffee", "cocoa"), List.of(), List.of("morning"), false,
        List.of(new dev.versus.web.Parts.Group("use", 1)), 3 + 1 + 1, false, false);
    assertEquals(org.jsoup.Jsoup.parse(TestSites.read(drinks.out().resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser())
        .select("loc").size(), Published.sitemapUrls(drinksFacts));
    BuiltSite content = BuiltSite.build(TestSites.copy(TestSites.repo().resolve("content"), tmp.resolve("content")),
        tmp.resolve("content-out"));
    assertEquals(Published.routes(new Published.Guide(List.of("django", "flask"), List.of(),
        List.of("rest-api", "first-project", "business-app"), true)), generated(content.out()));
  }

  /**
   * The routes of the pages and files the build wrote into {@code out}, besides the theme's assets, the manifest
   * and the pages of documents (a criterion's, an article's...), which exist exactly when their file does.
   */
  static Set<String> generated(Path out) {
    Path assets = TestSites.repo().resolve("theme/static");
    Pattern document = Pattern.compile("(criteria|subjects|articles|faq)/[^/]+/");
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/'))
          .filter(f -> !Files.exists(assets.resolve(f)) && !f.equals(".versus-manifest"))
          .map(Routes::route).filter(r -> !document.matcher(r).matches()).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

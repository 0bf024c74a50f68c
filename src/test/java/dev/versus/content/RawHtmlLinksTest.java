package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.InitGuide;
import dev.versus.SiteLinks;
import dev.versus.TestSites;
import dev.versus.pipeline.BuildResult;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, fault 7: links and images written as raw HTML in Markdown, in HTML blocks and inline, are
 * resolved, rewritten and checked exactly like Markdown ones, in every kind of document, on the site,
 * in the feed and in the print view.
 */
class RawHtmlLinksTest {
  @TempDir
  Path tmp;

  private Path guide() {
    Path guide = InitGuide.create(tmp);
    InitGuide.write(guide, "static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n");
    InitGuide.edit(guide, "index.md", t -> t + "\nOr jump to <a href=\"criteria/speed.md\">the speed criterion</a>.\n");
    InitGuide.edit(guide, "articles/getting-started.md", t -> t + "\n## More\n\n<div class=\"note\">\n"
        + "  <a href=\"../criteria/speed.md#verdicts\">Its verdicts</a> <img src=\"../static/logo.svg\" alt=\"Logo\">\n</div>\n");
    InitGuide.edit(guide, "subjects/alpha.md", t -> t + "\nIts logo: <img src=\"../static/logo.svg\" alt=\"Alpha logo\">.\n");
    InitGuide.edit(guide, "faq/which-first.md", t -> t + "\nOr <a href=\"../subjects/beta.md\">Beta</a>.\n");
    InitGuide.edit(guide, "criteria/speed.md", t -> t + "\n<p>See <a href=\"https://example.org/bench\">the benchmark</a>.</p>\n");
    return guide;
  }

  @Test
  void rawHtmlLinksAreRewrittenOnEveryPage() {
    Path out = tmp.resolve("site");
    BuildResult r = TestSites.build(guide(), out);
    assertEquals(List.of(), InitGuide.messages(r));
    assertEquals(List.of(), SiteLinks.broken(out, "/alpha-vs-beta/"));
    assertEquals("/alpha-vs-beta/criteria/speed/", link(page(out, "index.html"), "the speed criterion").attr("href"));
    Document article = page(out, "articles/getting-started/index.html");
    assertEquals("/alpha-vs-beta/criteria/speed/#verdicts", link(article, "Its verdicts").attr("href"));
    Element logo = article.selectFirst("img[alt=Logo]");
    assertEquals("/alpha-vs-beta/logo.svg", logo.attr("src"));
    assertEquals("lazy", logo.attr("loading"));
    assertEquals("/alpha-vs-beta/logo.svg", page(out, "subjects/alpha/index.html").selectFirst("img[alt=Alpha logo]").attr("src"));
    assertEquals("/alpha-vs-beta/subjects/beta/", link(page(out, "faq/which-first/index.html"), "Beta").attr("href"));
    assertEquals("noopener", link(page(out, "criteria/speed/index.html"), "the benchmark").attr("rel"));
    // a link in raw HTML is a cross-link like any other: the article is "discussed in" on the criterion's page
    assertTrue(page(out, "criteria/speed/index.html").select("#discussed-in a").eachText().contains("Getting started: More"));

    Document print = page(out, "print/index.html");
    assertEquals("#criterion-speed", link(print, "the speed criterion").attr("href"));
    assertEquals("#subject-beta", link(print, "Beta").attr("href"));
    Document feed = Jsoup.parse(TestSites.read(out.resolve("feed.xml")), "", Parser.xmlParser());
    Document entry = Jsoup.parseBodyFragment(feed.selectFirst("entry content").text());
    // a feed reader resolves links against the feed, not the page: the feed's links are absolute
    assertEquals("https://example.org/alpha-vs-beta/criteria/speed/#verdicts", link(entry, "Its verdicts").attr("href"));
    for (Path file : SiteLinks.htmlFiles(out)) {
      assertFalse(TestSites.read(file).contains("data-src-"), file.toString());
    }
  }

  @Test
  void brokenRawHtmlLinksAreErrorsAtTheirPosition() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "articles/getting-started.md", t -> t + "\n<div>\n  <a href=\"../criteria/sped.md\">x</a>\n"
        + "  <img src=\"../static/missing.png\" alt=\"\">\n</div>\n\nInline <a href=\"#nowhere\">here</a>.\n");
    assertEquals(List.of(
        "articles/getting-started.md:12:3: error: broken link: `../criteria/sped.md` points at criteria/sped.md, which does not exist;"
            + " did you mean `criteria/speed.md`?",
        "articles/getting-started.md:13:3: error: broken image: `../static/missing.png` points at static/missing.png, which does not exist; "
            + "there is no folder static/",
        "articles/getting-started.md:16:8: error: broken anchor: `#nowhere` is not a heading of articles/getting-started.md"),
        InitGuide.messages(InitGuide.build(guide)));
  }

  private static Document page(Path out, String file) {
    return SiteLinks.parse(out.resolve(file));
  }

  private static Element link(Document d, String text) {
    return d.select("a").stream().filter(a -> a.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
  }
}

package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.InitGuide;
import dev.versus.pipeline.BuildResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, fault 8: raw HTML that never closes (an open {@code <!--}, a {@code <textarea>} in a
 * paragraph) must not swallow what follows it: the internal {@code data-src-line}/{@code data-src-col}
 * markers never reach a published file, the Markdown link after it is rewritten and checked, and the
 * FAQ's JSON-LD answer and meta description keep the text after it. Every kind of document gets the
 * same input; every output (pages, feed, print view) is checked.
 */
class InternalMarkersTest {
  /** A comment opened in an HTML block and never closed, then a paragraph with a link. */
  private static final String OPEN_COMMENT = "\n<div>\n<!-- a note to self\n</div>\n\nTry [speed](%s) first.\n";

  @TempDir
  Path tmp;

  @Test
  void anOpenCommentEndsWithItsBlockInEveryDocument() {
    Path guide = InitGuide.create(tmp);
    Map<String, String> speed = Map.of("index.md", "criteria/speed.md", "subjects/alpha.md", "../criteria/speed.md",
        "criteria/speed.md", "speed.md", "articles/getting-started.md", "../criteria/speed.md",
        "faq/which-first.md", "../criteria/speed.md");
    speed.forEach((file, link) -> InitGuide.edit(guide, file, t -> t + OPEN_COMMENT.formatted(link)));
    BuildResult r = InitGuide.build(guide);
    assertEquals(List.of(
        "articles/getting-started.md:12:1: warning: " + commentWarning(),
        "criteria/speed.md:15:1: warning: " + commentWarning(),
        "faq/which-first.md:10:1: warning: " + commentWarning(),
        "index.md:8:1: warning: " + commentWarning(),
        "subjects/alpha.md:13:1: warning: " + commentWarning()), InitGuide.messages(r));
    Map<String, String> pages = InitGuide.pages(r);
    pages.forEach((file, text) -> assertFalse(text.contains("data-src-") || text.contains("data-vs-link"), file));
    for (String file : List.of("index.html", "subjects/alpha/index.html", "criteria/speed/index.html",
        "articles/getting-started/index.html", "faq/which-first/index.html", "faq/index.html")) {
      Document d = Jsoup.parse(pages.get(file));
      assertTrue(d.select("a").stream().anyMatch(a -> a.text().equals("speed") && a.attr("href").equals("/alpha-vs-beta/criteria/speed/")),
          file + ": the link after the comment is rewritten");
    }
    Document faq = Jsoup.parse(pages.get("faq/which-first/index.html"));
    String description = faq.selectFirst("meta[name=description]").attr("content");
    assertTrue(description.endsWith("Try speed first."), description);
    String jsonLd = Jsoup.parse(pages.get("faq/index.html")).selectFirst("script[type=application/ld+json]").data();
    assertTrue(jsonLd.contains("Try speed first."), jsonLd);
    assertTrue(Jsoup.parse(pages.get("print/index.html")).select("a.xref").eachText().contains("speed"));
  }

  @Test
  void theMarkdownLinkAfterAnOpenCommentIsChecked() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "faq/which-first.md", t -> t + OPEN_COMMENT.formatted("../criteria/sped.md"));
    assertEquals(List.of(
        "faq/which-first.md:10:1: warning: " + commentWarning(),
        "faq/which-first.md:13:5: error: broken link: `../criteria/sped.md` points at criteria/sped.md, which does not exist;"
            + " did you mean `criteria/speed.md`?"), InitGuide.messages(InitGuide.build(guide)));
  }

  @Test
  void htmlThatWouldSwallowThePageIsShownAsText() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "faq/which-first.md", t -> t + "\nType it in a <xmp> box, see [speed](../criteria/speed.md).\n"
        + "\n<div title=\"an open quote>\n\nThen [speed](../criteria/speed.md) again.\n"
        + "\n<!-- unfinished\n\n[speed](../criteria/speed.md)\n");
    BuildResult r = InitGuide.build(guide);
    String swallows = "warning: this HTML never closes (an open quote, or a `<script>`, `<style>`, `<xmp>` or `<iframe>`"
        + " without its end tag in the same block) and would swallow the rest of the page: it is shown as text;"
        + " close it, or give the element a block of its own between blank lines";
    assertEquals(List.of("faq/which-first.md:9:14: " + swallows, "faq/which-first.md:11:1: " + swallows,
        "faq/which-first.md:15:1: warning: " + commentWarning()), InitGuide.messages(r));
    Map<String, String> pages = InitGuide.pages(r);
    pages.forEach((file, text) -> assertFalse(text.contains("data-src-"), file));
    Document faq = Jsoup.parse(pages.get("faq/which-first/index.html"));
    String answer = faq.selectFirst("#answer").text();
    assertTrue(answer.contains("Type it in a <xmp> box, see speed. <div title=\"an open quote> Then speed again."), answer);
    assertTrue(faq.select("xmp").isEmpty());
    assertEquals(3, faq.select("#answer a[href=/alpha-vs-beta/criteria/speed/]").size(), "the answer's own link and the two after the HTML");
  }

  private static String commentWarning() {
    return "an HTML comment opened with `<!--` is not closed: it ends where its HTML block ends"
        + " (the next blank line, or the end of the file); add `-->` where it should end";
  }
}

package dev.versus.render;

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
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, fault 6: every page kind has a non-empty description, whatever optional text the author
 * left out, and an FAQ entry without an answer is a warning at its file and line. The {@code versus
 * init} guide loses its FAQ answer, its article's {@code meta_description} and its subjects' taglines.
 */
class DescriptionsTest {
  @TempDir
  Path tmp;

  private Path guideWithoutText() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "faq/which-first.md", t -> t.substring(0, t.lastIndexOf("---\n") + 4));
    InitGuide.edit(guide, "articles/getting-started.md", t -> t.replace("meta_description: \"How to choose between Alpha and Beta.\"\n", ""));
    InitGuide.edit(guide, "subjects/alpha.md", t -> t.replace("tagline: \"The fast one\"\n", ""));
    InitGuide.edit(guide, "subjects/beta.md", t -> t.replace("tagline: \"The flexible one\"\n", ""));
    return guide;
  }

  @Test
  void everyPageKindHasADescription() {
    BuildResult r = InitGuide.build(guideWithoutText());
    assertEquals(List.of("faq/which-first.md:2:11: warning: the answer to this question is empty: write it below the front"
        + " matter's closing `---` (until then the page's description is the question, and the FAQ's structured data leaves"
        + " it out)"), InitGuide.messages(r));
    Map<String, String> pages = InitGuide.pages(r);
    int html = 0;
    for (var page : pages.entrySet()) {
      if (!page.getKey().endsWith(".html")) continue;
      html++;
      Document d = Jsoup.parse(page.getValue());
      // a moved page (the table sorted by a subject, now sorted in the browser) only sends the reader on
      if (dev.versus.SiteLinks.movedTo(d).isPresent()) continue;
      assertFalse(d.selectFirst("meta[name=description]").attr("content").isBlank(), page.getKey());
      if (d.selectFirst("meta[property=og:description]") != null) {
        assertFalse(d.selectFirst("meta[property=og:description]").attr("content").isBlank(), page.getKey());
      }
    }
    assertEquals(17, html, "every HTML page: home, compare, the moved pages of the table sorted by each subject (2), lists (3), criterion, subjects (2), article, FAQ list and page, sources, search, 404, print");
    Document faq = Jsoup.parse(pages.get("faq/which-first/index.html"));
    assertEquals("Which should I try first?", faq.selectFirst("meta[name=description]").attr("content"));
    String jsonLd = Jsoup.parse(pages.get("faq/index.html")).selectFirst("script[type=application/ld+json]").data();
    assertFalse(jsonLd.contains("\"text\":\"\""), jsonLd);
    assertFalse(jsonLd.contains("Which should I try first?"), "a question without an answer is left out: " + jsonLd);
    // the feed writes no empty summary
    Document feed = Jsoup.parse(pages.get("feed.xml"), "", Parser.xmlParser());
    feed.select("summary").forEach(s -> assertFalse(s.text().isBlank(), s.outerHtml()));
  }

  @Test
  void anAnswerOfOnlyACommentIsEmptyToo() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "faq/which-first.md", t -> t.substring(0, t.lastIndexOf("---\n") + 4) + "<!-- to do -->\n");
    List<String> messages = InitGuide.messages(InitGuide.build(guide));
    assertEquals(1, messages.size(), messages.toString());
    assertTrue(messages.get(0).startsWith("faq/which-first.md:2:11: warning: the answer to this question is empty"));
  }

  @Test
  void aLongAnswerWithoutSpacesIsCutWithinTheLimit() {
    Path guide = InitGuide.create(tmp);
    String chinese = "数据库".repeat(60) + "🚀".repeat(10);
    InitGuide.edit(guide, "faq/which-first.md", t -> t.substring(0, t.lastIndexOf("---\n") + 4) + chinese + "\n");
    BuildResult r = InitGuide.build(guide);
    assertEquals(List.of(), InitGuide.messages(r));
    String description = Jsoup.parse(InitGuide.pages(r).get("faq/which-first/index.html")).selectFirst("meta[name=description]").attr("content");
    assertTrue(description.length() <= 155 && description.endsWith("…") && description.startsWith("数据库数据库"), description);
  }

  /**
   * An empty {@code meta_title} or home {@code title} made {@code <title></title>} (and an empty {@code <h1>} on the
   * home page), which HTML forbids, with no word from the build: it is an error at the value, as an empty
   * {@code title} of an article always was, and the guide builds once the line is removed.
   */
  @Test
  void anEmptyPageTitleIsAnErrorAtItsValue() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "index.md", t -> t.replace("title: \"Alpha vs Beta\"", "title: \"\""));
    InitGuide.edit(guide, "articles/getting-started.md", t -> t.replace("date:", "meta_title: \" \"\ndate:"));
    BuildResult r = InitGuide.build(guide);
    assertEquals(List.of("articles/getting-started.md:4:13: error: `meta_title` is empty: give it a value, or remove the line to use the `title`",
        "index.md:2:8: error: `title` is empty: give it a value, or remove the line to use site.yaml's `title`"), InitGuide.messages(r));
    InitGuide.edit(guide, "index.md", t -> t.replace("title: \"\"\n", ""));
    InitGuide.edit(guide, "articles/getting-started.md", t -> t.replace("meta_title: \" \"\n", ""));
    Map<String, String> pages = InitGuide.pages(InitGuide.build(guide));
    assertEquals("Alpha vs Beta", Jsoup.parse(pages.get("index.html")).title());
    assertEquals("Getting started · Alpha vs Beta", Jsoup.parse(pages.get("articles/getting-started/index.html")).title());
  }
}

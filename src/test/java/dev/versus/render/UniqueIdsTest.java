package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.BuiltSite;
import dev.versus.InitGuide;
import dev.versus.SiteLinks;
import dev.versus.content.Kind;
import dev.versus.web.Anchors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, fault 3: every page has unique ids (HTML 3.2.6.1), whatever headings the author wrote.
 * The {@code versus init} guide gets, in every document, headings whose ids repeat each other
 * (flexmark numbered {@code # Header}, {@code # Header 1}, {@code # Header} as header, header-1,
 * header-1) or the template's own ids ({@code ## Sources} in an article, {@code {#main}} in a
 * criterion...), footnotes in two FAQ answers shown together on the FAQ list, and links to those
 * headings. Every page, the print view included, must have unique ids, the README's fixed anchors
 * must reach the template's element, and each link to a heading must reach that heading.
 */
class UniqueIdsTest {
  private static final String HEADERS = "\n\n# Header\n\nOne.\n\n# Header 1\n\nTwo.\n\n# Header\n\nThree.\n";

  @TempDir
  static Path tmp;
  static BuiltSite site;

  @BeforeAll
  static void build() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "index.md", t -> t + "\n## Matrix\n\n## Articles\n\n## Main\n\n## At a glance\n\n## Speed\n" + HEADERS);
    InitGuide.edit(guide, "articles/getting-started.md", t -> t.replace("## Why speed matters",
        "See [the second header](#header-1) and [the sources heading](#sources-1).\n\n## Why speed matters")
        + "\n## Sources\n\n## Related\n\n## Contents\n\n## Article\n\n## Main\n" + HEADERS);
    InitGuide.edit(guide, "criteria/speed.md", t -> t + "\n## Verdicts\n\n## Discussion\n\n## FAQ\n\n## Notes {#main}\n"
        + "\nSee [the first header of the article](../articles/getting-started.md#header-1).\n" + HEADERS);
    InitGuide.edit(guide, "subjects/alpha.md", t -> t + "\n## Overview\n\n## Used by\n\n## Verdicts\n\n## Mentioned in\n" + HEADERS);
    InitGuide.edit(guide, "faq/which-first.md", t -> t + "\n## Answer\n\nA note.[^1]\n\n[^1]: The first footnote.\n" + HEADERS);
    InitGuide.write(guide, "faq/which-second.md", "---\nquestion: \"Which should I try second?\"\norder: 2\n"
        + "criteria: [speed]\n---\nBeta, for its [speed](../criteria/speed.md#header-1).\n\n## Answer\n\nA note.[^1]\n\n"
        + "[^1]: The second footnote.\n" + HEADERS);
    site = BuiltSite.build(guide, tmp.resolve("site"));
  }

  private static Document page(String file) {
    return SiteLinks.parse(site.out().resolve(file));
  }

  @Test
  void buildsCleanly() {
    assertEquals(List.of(), InitGuide.messages(site.result()));
  }

  @Test
  void everyPageHasUniqueIds() {
    List<String> repeats = new ArrayList<>();
    for (Path file : SiteLinks.htmlFiles(site.out())) {
      Set<String> seen = new HashSet<>();
      for (Element e : SiteLinks.parse(file).select("[id]")) {
        if (!seen.add(e.id())) repeats.add(site.out().relativize(file) + ": #" + e.id());
      }
    }
    assertEquals(List.of(), repeats, "the print view is print/index.html, the FAQ list faq/index.html");
    assertTrue(SiteLinks.htmlFiles(site.out()).contains(site.out().resolve("print/index.html")));
  }

  @Test
  void repeatedHeadingsKeepTheIdTheirTextGives() {
    for (String file : List.of("index.html", "articles/getting-started/index.html", "criteria/speed/index.html",
        "subjects/alpha/index.html", "faq/which-first/index.html")) {
      Document d = page(file);
      assertEquals("Header", d.getElementById("header").text(), file);
      assertEquals("Header 1", d.getElementById("header-1").text(), file);
      assertEquals("Header", d.getElementById("header-2").text(), file);
    }
  }

  @Test
  void fixedAnchorsReachTheTemplatesElement() {
    Map<String, Kind> pages = Map.of("index.html", Kind.INDEX, "articles/getting-started/index.html", Kind.ARTICLE,
        "criteria/speed/index.html", Kind.CRITERION, "subjects/alpha/index.html", Kind.SUBJECT,
        "faq/which-first/index.html", Kind.FAQ);
    pages.forEach((file, kind) -> {
      Document d = page(file);
      assertEquals("main", d.getElementById("main").tagName(), file);
      for (String anchor : Anchors.FIXED.get(kind.page())) {
        Element e = d.getElementById(anchor);
        if (e == null) continue; // a section the template leaves out when it is empty (no FAQ, no backlinks)
        assertTrue(e.closest(".prose") == null || e.hasClass("prose"), file + " #" + anchor + " is in the body");
      }
    });
    // the body's own headings moved aside, each once
    assertEquals("Sources", page("articles/getting-started/index.html").getElementById("sources-1").text());
    assertEquals("Notes", page("criteria/speed/index.html").getElementById("main-1").text());
    assertEquals("Verdicts", page("criteria/speed/index.html").getElementById("verdicts-1").text());
    assertEquals("At a glance", page("index.html").getElementById("s-at-a-glance-1").text());
  }

  @Test
  void everyFixedAnchorIsReserved() {
    Anchors.FIXED.forEach((kind, anchors) -> anchors.forEach(a ->
        assertTrue(Anchors.isReserved(kind, a), kind + " #" + a)));
  }

  @Test
  void linksToHeadingsReachThem() {
    assertEquals(List.of(), SiteLinks.broken(site.out(), "/alpha-vs-beta/"));
    Document article = page("articles/getting-started/index.html");
    for (Element a : article.select("nav.toc a[href^=#]")) {
      Element target = article.getElementById(a.attr("href").substring(1));
      assertNotNull(target, a.outerHtml());
      assertEquals(a.text(), target.text(), "the table of contents reaches its heading");
    }
    assertEquals("Header 1", article.getElementById(fragment(article, "the second header")).text());
    assertEquals("Sources", article.getElementById(fragment(article, "the sources heading")).text());
    Document criterion = page("criteria/speed/index.html");
    assertEquals("/alpha-vs-beta/articles/getting-started/#header-1", href(criterion, "the first header of the article"));
  }

  @Test
  void theFaqListAndThePrintViewKeepEachAnswersFootnotes() {
    Document faqs = page("faq/index.html");
    for (String slug : List.of("which-first", "which-second")) {
      Element qa = faqs.getElementById("q-" + slug);
      for (Element ref : qa.select("a[href^=#]")) {
        assertNotNull(faqs.getElementById(ref.attr("href").substring(1)), slug + ": " + ref.outerHtml());
        assertEquals(qa, faqs.getElementById(ref.attr("href").substring(1)).closest(".qa"), "stays in its own answer");
      }
    }
    Document print = page("print/index.html");
    Element second = print.getElementById("faq-which-second");
    assertTrue(second.select("a[href^=#faq-which-second--fn]").size() > 0, second.html());
    // a link to a heading of the article reaches it in the print view too
    assertEquals("Header 1", print.getElementById("article-getting-started--header-1").text());
  }

  private static String href(Document d, String text) {
    return d.select("a").stream().filter(a -> a.text().equals(text)).findFirst().orElseThrow().attr("href");
  }

  private static String fragment(Document d, String text) {
    String href = href(d, text);
    return href.substring(href.indexOf('#') + 1);
  }
}

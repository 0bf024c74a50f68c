package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.InlineGuide;
import dev.versus.SiteLinks;
import dev.versus.TestSites;
import dev.versus.matrix.Slice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide with more criteria than one page lists (issue 25): 2 subjects x 3,200 criteria in two groups of
 * 1,600, against {@link Slice#MAX_LINES} (1,500) lines a page. Every page that lists one line per criterion is
 * split by the table's groups, each group in two pages: a subject's verdicts ({@code subjects/<s>/group/<g>/}),
 * the criteria index ({@code criteria/group/<g>/}) and what cites each source ({@code sources/group/<g>/}).
 * Every criterion is in exactly one part, no part lists more than MAX_LINES, and every link resolves.
 */
class LinePartsSiteTest {
  static final int CRITERIA = 3200;
  static final List<String> PARTS = List.of("group/g1/", "group/g1/2/", "group/g2/", "group/g2/2/");
  @TempDir
  static Path dir;
  static Path out;

  @BeforeAll
  static void build() throws IOException {
    Path source = dir.resolve("guide");
    InlineGuide.titled("Long", "Two subjects, many criteria.", "https://example.org/long/")
        .files("""
            -- sources.yaml --
            - {id: doc, title: "The docs", publisher: "Example", date: 2024-01-01}
            - {id: blog, title: "A blog", publisher: "Example", date: 2024-01-01}
            -- subjects/s1.md --
            ---
            title: "Subject 1"
            pros: ["Fast"]
            ---
            Subject 1, see [its verdicts](#verdicts), [a part](/compare/group/g1/2/), [a volume](/print/group/g2/3/),
            [criteria](/criteria/group/g2/2/), [its part](/subjects/s1/group/g1/2/), [sources](/sources/group/g1/).
            """)
        .groupedCriteria(CRITERIA, 2, (c, s) -> (c + s) % 3 == 0, c -> c % 2 == 0 ? "doc" : "blog", c -> "Criterion " + c + ".")
        .write(source);
    out = dir.resolve("site");
    BuildResult result = new Build().run(new BuildOptions(source, out, Optional.empty(), false, Optional.empty(), Optional.empty()), true);
    assertFalse(result.hasErrors(), () -> result.diagnostics().get(0).toString());
  }

  @Test
  void theRouteTableListsEveryPartTheBuildWrites() {
    // the parts are derived from the table's shape in the route table (web.Parts), as the link check reads them
    assertEquals(dev.versus.web.Published.routes(new dev.versus.web.Published.Guide(List.of("s1", "s2"), List.of(), List.of(),
        false, List.of(new dev.versus.web.Parts.Group("g1", 1600), new dev.versus.web.Parts.Group("g2", 1600)), 0, false, false)),
        GeneratedPageLinksTest.generated(out));
  }

  static Document page(String route) {
    return Jsoup.parse(TestSites.read(out.resolve(route).resolve("index.html")));
  }

  static List<String> hrefs(String base) {
    return PARTS.stream().map(p -> "/long/" + base + p).toList();
  }

  @Test
  void aSubjectsVerdictsAreSplitByGroupAndItsPageListsTheParts() {
    Document subject = page("subjects/s1");
    assertTrue(subject.select("ul.verdict-list").isEmpty(), "the subject's page lists no verdict");
    assertEquals(hrefs("subjects/s1/"), subject.select("#verdicts a").eachAttr("href"));
    assertEquals(1, subject.select("ul.pros li").size(), "the subject's page keeps its pros and cons");
    List<String> seen = new ArrayList<>();
    for (String part : PARTS) {
      Document d = page("subjects/s1/" + part);
      List<String> lines = d.select("ul.verdict-list > li > a").eachAttr("href");
      assertTrue(lines.size() <= Slice.MAX_LINES, part + ": " + lines.size());
      seen.addAll(lines);
      assertFalse(d.select("#ahead-of-s2").isEmpty(), part + " says where s1 is ahead of s2 on its rows");
    }
    assertEquals(CRITERIA, seen.size());
    assertEquals(CRITERIA, seen.stream().distinct().count());
  }

  @Test
  void theCriteriaIndexAndTheCitationsAreSplitByGroup() {
    assertTrue(page("criteria").select("li.card").isEmpty(), "criteria/ lists its parts, not every criterion");
    assertEquals(hrefs("criteria/"), page("criteria").select("#parts a").eachAttr("href"));
    assertEquals(hrefs("sources/"), page("sources").select("#parts a").eachAttr("href"));
    assertTrue(page("sources").select("p.cited-by a").isEmpty(), "sources/ names no citing criterion");
    List<String> cards = new ArrayList<>();
    List<String> citing = new ArrayList<>();
    for (String part : PARTS) {
      cards.addAll(page("criteria/" + part).select("li.card > a").eachAttr("href"));
      citing.addAll(page("sources/" + part).select("p.cited-by a").eachAttr("href"));
    }
    assertEquals(CRITERIA, cards.stream().distinct().count());
    assertEquals(CRITERIA, citing.size(), "each criterion cites one source, named once across the parts");
  }

  @Test
  void everyLinkResolvesEveryPartIsInTheSitemapAndNoPageExceedsTwoMebibytes() throws IOException {
    assertEquals(List.of(), SiteLinks.broken(out, "/long/"));
    String sitemap = TestSites.read(out.resolve("sitemap.xml"));
    for (String base : List.of("subjects/s2/", "criteria/", "sources/")) {
      for (String part : PARTS) assertTrue(sitemap.contains("https://example.org/long/" + base + part), base + part);
    }
    for (Path p : SiteLinks.htmlFiles(out)) assertTrue(Files.size(p) <= 2 * 1024 * 1024, p.toString());
  }
}

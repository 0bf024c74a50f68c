package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.content.Markdown;
import dev.versus.diag.Diagnostic;
import dev.versus.model.CellEvidence;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims end to end: a small guide whose article backs and disputes cells, built with
 * {@code SOURCE_DATE_EPOCH} fixed; one variant per diagnostic, asserting its exact text.
 */
class EvidenceSiteTest {
  /** 2026-06-01T00:00:00Z, the "today" of every build here. */
  private static final String EPOCH = "1780272000";

  @TempDir
  Path tmp;

  private static final String GUIDE = """
      -- site.yaml --
      title: "Tea vs Coffee"
      description: "Two drinks, compared with evidence."
      base_url: "https://example.org/drinks/"
      subjects: [tea, coffee]
      stale_after: 18
      groups:
        - {key: taste, title: "Taste"}
      scales:
        rating:
          - {key: strong, label: "Strong", symbol: "★★", meaning: "A strength"}
          - {key: fair, label: "Fair", symbol: "★☆", meaning: "Adequate"}
      -- sources.yaml --
      - {id: guide-2024, title: "The Drinks Guide"}
      - {id: survey-2025, title: "The Survey"}
      -- index.md --
      ---
      title: "Tea vs Coffee"
      ---
      It depends.
      -- subjects/tea.md --
      ---
      title: "Tea"
      version: "green"
      ---
      Leaves.
      -- subjects/coffee.md --
      ---
      title: "Coffee"
      ---
      Beans.
      -- criteria/aroma.md --
      ---
      title: "Aroma"
      group: taste
      question: "How does it smell?"
      reviewed: 2026-05-01
      verdicts:
        tea: {level: fair, summary: "Subtle.", sources: [guide-2024]}
        coffee: {level: strong, summary: "Rich."}
      ---
      Coffee fills a room. {claim="aroma/coffee" level="strong" checked="2026-05-01"}
      -- criteria/caffeine.md --
      ---
      title: "Caffeine"
      group: taste
      type: number
      unit: "mg"
      better: higher
      question: "How much caffeine per cup?"
      verdicts:
        tea: {value: 40, summary: "A cup of tea.", sources: [survey-2025]}
        coffee: {value: 95, summary: "A cup of coffee.", sources: [survey-2025]}
      ---
      Figures per cup.
      -- articles/cups.md --
      ---
      title: "A tale of two cups"
      date: 2026-05-10
      sources: [survey-2025]
      ---
      ## Smell

      Tea smells faintly of hay, says [the guide](source:guide-2024). {claim="aroma/tea" level="fair" source="guide-2024" checked="2026-05-01"}

      - Green tea can fill a room too. {claim="aroma/tea" level="strong" checked="2024-01-15"}

      ## Strength

      | Drink | Caffeine |
      |---|---|
      | Tea | 40 mg {claim="caffeine/tea" value="40"} |
      | Coffee | 95 mg {claim="caffeine/coffee" value="95"} |
      """;

  private BuildResult build(Path source) {
    return new Build(new Markdown(), k -> k.equals("SOURCE_DATE_EPOCH") ? EPOCH : null)
        .run(new BuildOptions(source, tmp.resolve("site"), Optional.empty(), false, Optional.empty()), true);
  }

  private List<String> diagnostics(String guide) {
    Path source = tmp.resolve("guide");
    // without the stale date, so each variant shows only its own diagnostic
    TestSites.write(source, guide.replace(" checked=\"2024-01-15\"", ""));
    return build(source).diagnostics().stream().map(Diagnostic::toString).toList();
  }

  private Document page(String path) {
    return Jsoup.parse(TestSites.read(tmp.resolve("site").resolve(path)));
  }

  @Test
  void claimsBackCellsDisputeThemAndGoStale() {
    Path source = tmp.resolve("guide");
    TestSites.write(source, GUIDE);
    BuildResult r = build(source);
    assertEquals(List.of(
        "articles/cups.md:10:68: warning: claim on aroma/tea was last checked 2024-01-15, more than 18 months (stale_after) "
            + "before 2026-06-01: check the passage again and update `checked`"),
        r.diagnostics().stream().map(Diagnostic::toString).toList());
    CellEvidence tea = r.site().get().evidence().cell("aroma", "tea").get();
    assertTrue(tea.foundDispute(), "fair and strong on one cell dispute it");
    assertEquals(List.of("fair", "strong"), tea.sides().stream().map(s -> s.grade().written()).toList());
    assertEquals(1, r.site().get().evidence().claims().stream().filter(c -> c.stale()).count());

    Document compare = page("compare/index.html");
    Element teaCell = compare.selectFirst("tr#aroma td");
    assertTrue(teaCell.text().contains("Sources disagree"), teaCell.text());
    Element count = teaCell.selectFirst("a.evidence");
    assertEquals("2 passages", count.text());
    assertEquals("/drinks/criteria/aroma/#evidence-tea", count.attr("href"));
    assertEquals(1, teaCell.select("a.evidence").size(), "one link per cell keeps the table light");

    Document criterion = page("criteria/aroma/index.html");
    Element section = criterion.getElementById("evidence-tea");
    assertNotNull(section);
    assertTrue(section.selectFirst("h3").text().contains("green"), "the subject's version shows");
    assertEquals(2, section.select(".sides li").size());
    List<String> links = section.select("ol.passages a[href*=#claim-]").eachAttr("href");
    assertEquals(List.of("/drinks/articles/cups/#claim-aroma-tea-1", "/drinks/articles/cups/#claim-aroma-tea-2"), links);
    assertTrue(section.text().contains("last checked 15 January 2024"), section.text());
    assertTrue(criterion.selectFirst(".reviewed").text().contains("1 May 2026"));

    // each deep link resolves to its passage on the article page, with the block gone
    Document article = page("articles/cups/index.html");
    assertEquals("Tea smells faintly of hay, says the guide.", article.getElementById("claim-aroma-tea-1").text());
    assertEquals("li", article.getElementById("claim-aroma-tea-2").tagName());
    assertEquals("tr", article.getElementById("claim-caffeine-coffee-1").tagName());
    assertFalse(article.html().contains("{claim"), "no claim block is published");
    assertEquals("/drinks/sources/#source-guide-2024", article.selectFirst("a:contains(the guide)").attr("href"));
    // the passage's excerpt is the passage's text
    assertEquals("Tea smells faintly of hay, says the guide.", section.selectFirst("blockquote").text());
  }

  /**
   * A dispute the claims alone found (tea's aroma: fair in one passage, strong in another; no {@code disputed:}
   * note) shows both answers with links to their passages on the comparison cell, on the criterion page and
   * in print, never an empty "Where sources disagree:"; tea's version, "green", shows in the table's column
   * headers, on the disputed cell and in print (issue 23).
   */
  @Test
  void cellsNothingBacksAreNamedOnceEachKeepingItsAnchor() {
    Path source = tmp.resolve("guide");
    TestSites.write(source, GUIDE.replace(" {claim=\"aroma/coffee\" level=\"strong\" checked=\"2026-05-01\"}", ""));
    build(source);
    Document criterion = page("criteria/aroma/index.html");
    assertNotNull(criterion.selectFirst("section#evidence-tea.evidence-cell"), "a backed cell keeps its own section");
    assertNull(criterion.selectFirst("section#evidence-coffee"), "an unbacked cell gets no section of its own");
    Element coffee = criterion.getElementById("evidence-coffee");
    assertEquals("li", coffee.tagName(), "its anchor stays, on its name in one list");
    assertEquals("Coffee", coffee.text());
    assertEquals(1, criterion.select("#evidence ul.unbacked li").size());
    assertEquals(1, criterion.select("#evidence p.no-evidence").size(), "the sentence once, not once per cell");
  }

  @Test
  void aDisputeShowsBothSidesAndTheVersionWhereverItAppears() {
    Path source = tmp.resolve("guide");
    TestSites.write(source, GUIDE);
    build(source);
    List<String> passages = List.of("/drinks/articles/cups/#claim-aroma-tea-1", "/drinks/articles/cups/#claim-aroma-tea-2");
    Document compare = page("compare/index.html");
    Element teaCell = compare.selectFirst("tr#aroma td");
    assertEquals(List.of("★☆ Fair: 1 passage", "★★ Strong: 1 passage"), teaCell.select(".sides li").eachText());
    assertEquals(passages, teaCell.select(".sides a").eachAttr("href"));
    assertEquals("verdict for version green", teaCell.selectFirst(".version").text());
    assertTrue(compare.select("tr#aroma td").get(1).select(".version").isEmpty(), "coffee has no version, its cell no dispute");
    assertTrue(compare.select("tr#caffeine td").get(0).select(".version").isEmpty(), "an undisputed cell of tea needs no version");
    assertEquals(List.of("Tea green", "Coffee"), compare.select("#matrix thead th[scope=col]:not(.corner)").eachText());

    Document criterion = page("criteria/aroma/index.html");
    Element card = criterion.select("#verdicts .verdict").get(0);
    assertEquals("Tea green", card.selectFirst("h3").text());
    assertEquals(passages, card.select(".sides a").eachAttr("href"));
    for (Document d : List.of(compare, criterion, page("print/index.html"))) {
      for (Element note : d.select(".disputed-note")) {
        assertFalse(note.text().replace("⚠", "").replace("Where sources disagree:", "").replace("Sources disagree.", "").isBlank(),
            "an empty note: " + note.outerHtml());
      }
    }

    Document print = page("print/index.html");
    assertEquals("Tea green", print.selectFirst("#comparison thead th[scope=col]:not(.corner)").text());
    for (Element cell : List.of(print.selectFirst("#row-aroma td"), print.select("#criterion-aroma .verdicts td").get(0))) {
      List<String> sides = cell.select(".disputed-note .side").eachText();
      assertEquals(2, sides.size(), cell.outerHtml());
      assertTrue(sides.get(0).startsWith("★☆ Fair E") && sides.get(1).startsWith("★★ Strong E"), sides.toString());
      for (String href : cell.select(".side a").eachAttr("href")) {
        assertNotNull(print.getElementById(href.substring(1)), href + " is an endnote of the print view");
      }
      assertEquals("verdict for version green", cell.selectFirst(".version").text());
    }
  }

  @Test
  void unknownCriterionSubjectLevelAndSourceAreErrors() {
    String guide = GUIDE.replace("Leaves.", "Leaves. {claim=\"arome/tea\"} {claim=\"aroma/tee\"} "
        + "{claim=\"aroma/tea\" level=\"strng\"} {claim=\"aroma/tea\" source=\"guide-2042\"}");
    assertEquals(List.of(
        "subjects/tea.md:5:10: error: unknown criterion `arome`; did you mean `aroma`?; known: aroma, caffeine",
        "subjects/tea.md:5:30: error: unknown subject `tee`; did you mean `tea`?; known: tea, coffee",
        "subjects/tea.md:5:68: error: unknown level `strng` on scale `rating`; did you mean `strong`?; known: strong, fair",
        "subjects/tea.md:5:102: error: unknown source `guide-2042`; did you mean `guide-2024`?; known: guide-2024, survey-2025"),
        diagnostics(guide));
  }

  @Test
  void aLevelOfAnotherScaleNamesThatScaleAndSuggestsNothing() {
    String guide = GUIDE.replace("meaning: \"Adequate\"}\n", "meaning: \"Adequate\"}\n  support:\n    - {key: built-in, label: \"Built in\"}\n")
        .replace("Leaves.", "Leaves. {claim=\"aroma/tea\" level=\"built-in\"}");
    assertEquals(List.of("subjects/tea.md:5:28: error: unknown level `built-in` on scale `rating`: `built-in` belongs to "
        + "scale `support`; this criterion is on scale `rating`, whose levels are strong, fair"), diagnostics(guide));
  }

  @Test
  void valueOnALevelCriterionIsAnError() {
    assertEquals(List.of("subjects/tea.md:5:28: error: `value` on criterion `aroma`, which has levels on scale `rating`: "
        + "write `level=\"...\"` with one of strong, fair"),
        diagnostics(GUIDE.replace("Leaves.", "Leaves. {claim=\"aroma/tea\" value=\"3\"}")));
  }

  @Test
  void unknownCitationIsAnError() {
    assertEquals(List.of("subjects/tea.md:5:1: error: unknown source `survey` in citation `source:survey`; "
        + "did you mean `survey-2025`?; known: guide-2024, survey-2025"),
        diagnostics(GUIDE.replace("Leaves.", "[A survey](source:survey).")));
  }

  @Test
  void verdictNoClaimSupportsIsAWarning() {
    assertEquals(List.of("criteria/aroma.md:8:3: warning: verdict says strong; the claims say fair (criteria/aroma.md:10): "
        + "correct the verdict, or the claims if the verdict is right"),
        diagnostics(GUIDE.replace("{claim=\"aroma/coffee\" level=\"strong\"", "{claim=\"aroma/coffee\" level=\"fair\"")));
  }

  @Test
  void cellWithNeitherSourceNorClaimIsAWarning() {
    assertEquals(List.of("criteria/aroma.md:8:3: warning: the verdict on `coffee` has neither a source nor a claim: add "
        + "`sources: [...]`, or end a passage that supports it with `{claim=\"aroma/coffee\"}`"),
        diagnostics(GUIDE.replace(" {claim=\"aroma/coffee\" level=\"strong\" checked=\"2026-05-01\"}", "")));
  }

  @Test
  void staleReviewIsAWarning() {
    assertEquals(List.of("criteria/aroma.md:5:11: warning: criterion `aroma` was last reviewed 2024-11-30, more than 18 months "
        + "(stale_after) before 2026-06-01: check its verdicts again and update `reviewed`"),
        diagnostics(GUIDE.replace("reviewed: 2026-05-01", "reviewed: 2024-11-30")));
  }
}

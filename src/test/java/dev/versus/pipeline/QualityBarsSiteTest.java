package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.versus.SiteLinks;
import dev.versus.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data quality in numbers and numbers you can see (issue 28, items 4 and 6) on {@link UnknownFixture}: compare.json's
 * {@code quality}, the sentence and stacked bar on the comparison and sources pages, a number row's bars on one
 * scale with its better end marked, and the profile pages' score bars; every bar hidden from screen readers with
 * its number written as text.
 */
class QualityBarsSiteTest {
  static final String SENTENCE = "7 of 9 cells answered, 1 unknown, 1 without an answer; 2 backed by a dated passage, "
      + "1 due for a check.";

  @TempDir
  static Path tmp;
  static Path out;

  @BeforeAll
  static void build() {
    UnknownFixture.build(tmp);
    out = tmp.resolve("site");
  }

  private static Document page(String route) {
    return SiteLinks.parse(out.resolve(route + "index.html"));
  }

  @Test
  void compareJsonStatesTheQualityFiguresAndTheSchemaChecksThem() {
    String json = TestSites.read(out.resolve("compare.json"));
    assertEquals("{\"cells\":9,\"answered\":7,\"unknown\":1,\"unanswered\":1,\"backed\":2,\"stale\":1}",
        JsonParser.parseString(json).getAsJsonObject().get("quality").toString());
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(TestSites.read(out.resolve("compare.schema.json")), InputFormat.JSON);
    assertEquals(List.of(), schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList());
    assertFalse(schema.validate(json.replace("\"backed\":2,", ""), InputFormat.JSON).isEmpty(), "a figure left out");
    assertFalse(schema.validate(json.replace("\"stale\":1}", "\"stale\":-1}"), InputFormat.JSON).isEmpty(), "a negative figure");
  }

  @Test
  void theComparisonAndSourcesPagesStateThemInWordsWithAStackedBar() {
    for (String route : List.of("compare/", "sources/")) {
      Element quality = page(route).getElementById("quality");
      assertEquals(SENTENCE, quality.selectFirst(".quality-figures").text(), route);
      Element bar = quality.selectFirst("svg.quality-bar");
      assertEquals("true", bar.attr("aria-hidden"));
      // answered 7/9, unknown 1/9, unanswered 1/9 of 100 units, one after the other
      assertEquals(List.of("quality-answered 0.0 77.8", "quality-unknown 77.8 11.1", "quality-unanswered 88.9 11.1"),
          bar.select("rect:not(.quality-gap)").stream().map(r -> r.className() + " " + r.attr("x") + " " + r.attr("width")).toList(), route);
      // a gap of the page's colour where one segment meets the next
      assertEquals(List.of("77.8", "88.9"), bar.select("rect.quality-gap").eachAttr("x"), route);
    }
    // a pair page shows part of the table: it states no figures of the whole
    assertTrue(page("compare/alpha-vs-beta/").select("#quality").isEmpty());
  }

  @Test
  void aNumberRowDrawsBarsOnOneScaleWithItsBetterEndMarked() {
    String css = TestSites.read(out.resolve("css/versus.css"));
    assertTrue(css.contains("svg.bar.better-lower { border-left: 2px solid var(--fg); }"), "lower is better: the start is marked");
    assertTrue(css.contains("svg.bar.better-higher { border-right: 2px solid var(--fg); }"), "higher is better: the end is marked");
    Element row = page("compare/").getElementById("size");
    List<Element> cells = row.select("td");
    // 10 and 40 MB on a scale from 0 to 40: a quarter and the whole; Gamma has no value, so no bar
    assertEquals("25.0", cells.get(0).selectFirst("svg.bar .bar-fill").attr("width"));
    assertEquals("100.0", cells.get(1).selectFirst("svg.bar .bar-fill").attr("width"));
    assertTrue(cells.get(2).select("svg").isEmpty());
    for (Element cell : cells.subList(0, 2)) {
      Element bar = cell.selectFirst("svg.bar");
      assertEquals("true", bar.attr("aria-hidden"));
      assertTrue(bar.hasClass("better-lower"), bar.className());
      assertEquals(List.of("bar-fill"), bar.children().eachAttr("class"), "only the fill is the cell's own: CSS draws the track and tick");
    }
    assertEquals("10 MB", cells.get(0).selectFirst(".value-number").text().replace('\u00a0', ' '), "the number stays written");
    // a level row draws no bars, and a pair page draws the whole row's scale
    assertTrue(page("compare/").getElementById("speed").select("svg").isEmpty());
    assertEquals("25.0", page("compare/alpha-vs-gamma/").getElementById("size").select("td").get(0)
        .selectFirst(".bar-fill").attr("width"));
    assertEquals("25.0", page("criteria/size/").select(".verdict").get(0).selectFirst(".bar-fill").attr("width"));
  }

  @Test
  void theProfilePageDrawsEachScoreAsABarBesideItsNumber() {
    Document all = page("choose/all/");
    assertEquals(List.of("100 of 100 100.0", "50 of 100 50.0", "33 of 100 33.3"), all.select("#ranking > li").stream()
        .map(li -> li.selectFirst(".score").text() + " " + li.selectFirst("svg.score-bar .bar-fill").attr("width")).toList());
    assertTrue(all.select("svg.score-bar").stream().allMatch(s -> s.attr("aria-hidden").equals("true")));
  }

  /** Print writes the numbers and draws no bar (the PDF renderer draws no SVG): print.css hides every kind of bar. */
  @Test
  void printHidesTheBars() {
    String href = page("print/").selectFirst("link[rel=stylesheet]").attr("href");
    String css = TestSites.read(out.resolve(href.replaceFirst("^/tools/", "").replaceFirst("\\?.*", "")));
    assertTrue(css.contains("svg.bar, svg.quality-bar, svg.score-bar { display: none; }"), css);
  }
}

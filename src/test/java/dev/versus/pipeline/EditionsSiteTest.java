package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.versus.BuiltSite;
import dev.versus.InlineGuide;
import dev.versus.SiteLinks;
import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editions and what changed, end to end. Two recorded editions of a rail/bus guide, written by hand in
 * compare.json's shape: 2025-01 (wifi, and a "tolls" criterion and a "tram" subject the guide no longer has),
 * then 2025-06 (wifi changes for bus, from Via extension to Built in). Since then the guide added "seats" and
 * changed rail's wifi. The build publishes /changes/, changes.json with its schema, a feed entry per edition,
 * each criterion's history, and the comparison page's "changed since" marks.
 */
class EditionsSiteTest {
  @TempDir
  static Path tmp;
  static BuiltSite site;

  private static final String SCALES = """
      "scales": [{"name": "support", "levels": [
        {"key": "built-in", "label": "Built in", "symbol": "●", "meaning": "", "rank": 0},
        {"key": "extension", "label": "Via extension", "symbol": "◐", "meaning": "", "rank": 1},
        {"key": "paid", "label": "Paid extra", "symbol": "$", "meaning": "", "rank": 2}]}],
      """;

  @BeforeAll
  static void build() {
    Path source = tmp.resolve("trips");
    InlineGuide.titled("Rail vs Bus", "Two ways to travel.", "https://example.org/trips/")
        .subjects("rail: Rail: Trains.", "bus: Bus: Coaches.")
        .groups("comfort: Comfort")
        .scale("support", "built-in: Built in: ●: Comes with the trip", "extension: Via extension: ◐: Paid extra")
        .sources("timetable: The Timetable")
        .criterion("wifi: Wifi: Is there wifi on board?", "comfort", 0, """
            verdicts:
              rail: {level: extension, summary: "Now a paid extra.", sources: [timetable]}
              bus: {level: built-in, summary: "On every coach.", sources: [timetable]}
            """, "Wifi varies.")
        .criterion("seats: Seats: Is a seat included?", "comfort", 0, """
            verdicts:
              rail: {level: built-in, summary: "Yes.", sources: [timetable]}
              bus: {level: built-in, summary: "Yes.", sources: [timetable]}
            """, "Seats.")
        .files("""
            -- editions/2025-01.json --
            {"date": "2025-01-15",
              "subjects": [{"slug": "rail", "title": "Rail"}, {"slug": "bus", "title": "Bus"}, {"slug": "tram", "title": "Tram"}],
            """ + SCALES + """
              "criteria": [
                {"slug": "wifi", "title": "Wifi", "type": "scale", "scale": "support", "unit": null, "better": null, "cells": [
                  {"subject": "rail", "answered": true, "level": "built-in", "value": null, "text": null},
                  {"subject": "bus", "answered": true, "level": "extension", "value": null, "text": null},
                  {"subject": "tram", "answered": true, "level": "paid", "value": null, "text": null}]},
                {"slug": "tolls", "title": "Tolls", "type": "number", "scale": null, "unit": "EUR", "better": "lower", "cells": [
                  {"subject": "rail", "answered": true, "level": null, "value": 0, "text": null},
                  {"subject": "bus", "answered": true, "level": null, "value": 2.5, "text": null}]}]}
            -- editions/2025-06.json --
            {"date": "2025-06-30",
              "subjects": [{"slug": "rail", "title": "Rail"}, {"slug": "bus", "title": "Bus"}],
            """ + SCALES + """
              "criteria": [
                {"slug": "wifi", "title": "Wifi", "type": "scale", "scale": "support", "unit": null, "better": null, "cells": [
                  {"subject": "rail", "answered": true, "level": "built-in", "value": null, "text": null},
                  {"subject": "bus", "answered": true, "level": "built-in", "value": null, "text": null}]}]}
            """)
        .write(source);
    site = BuiltSite.build(source, tmp.resolve("site"));
  }

  @Test
  void aGuideWhoseEditionsNameWhatItNoLongerHasBuildsCleanly() {
    assertEquals(List.of(), site.result().diagnostics().stream().map(Diagnostic::format).toList());
    assertEquals(List.of(), SiteLinks.broken(site.out(), "/trips/"));
  }

  @Test
  void theChangesPageShowsWhatChangedSinceTheLatestEditionThenEachEditionNewestFirst() {
    Document changes = site.page("changes");
    assertEquals(List.of("unreleased", "edition-2025-06", "edition-2025-01"), changes.select("section.edition").eachAttr("id"));
    assertEquals("Since the latest edition (2025-06, 30 June 2025)", changes.selectFirst("#unreleased h2").text());
    assertEquals("Seats", changes.selectFirst("#unreleased .criteria-added a").text());
    assertEquals(List.of("Wifi, Rail: ● Built in → changed to ◐ Via extension"), changes.select("#unreleased .cell-changes li").eachText());
    // 2025-06: tolls and the tram are gone, reported as removed; bus's wifi changed
    assertEquals("Criteria removed: Tolls", changes.selectFirst("#edition-2025-06 .criteria-removed").text());
    assertEquals(List.of("Wifi, Bus: ◐ Via extension → changed to ● Built in", "Wifi, Tram: $ Paid extra → changed to – No answer"),
        changes.select("#edition-2025-06 .cell-changes li").eachText());
    assertEquals("4 answers changed.", changes.selectFirst("#edition-2025-06 .count").text());
    assertEquals(List.of("Wifi", "Tolls"), changes.select("#edition-2025-01 .criteria-added").eachText().stream()
        .flatMap(t -> List.of(t.replace("Criteria added: ", "").split(", ")).stream()).toList());
  }

  @Test
  void changesJsonHasLevelKeysNumbersAndNullsAndValidatesAgainstItsSchema() {
    String json = TestSites.read(site.out().resolve("changes.json"));
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(TestSites.read(site.out().resolve("changes.schema.json")), InputFormat.JSON);
    assertEquals(List.of(), schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList());
    assertTrue(json.startsWith("{\"editions\":[{\"name\":\"2025-01\",\"date\":\"2025-01-15\",\"changes\":[{\"criterion\":\"wifi\","
        + "\"subject\":\"rail\",\"change\":\"added\",\"from\":null,\"to\":\"built-in\"}"), json);
    assertTrue(json.contains("{\"criterion\":\"tolls\",\"subject\":\"bus\",\"change\":\"removed\",\"from\":2.5,\"to\":null}"), json);
    // in table order: seats comes before wifi
    assertTrue(json.endsWith("\"unreleased\":[{\"criterion\":\"seats\",\"subject\":\"rail\",\"change\":\"added\","
        + "\"from\":null,\"to\":\"built-in\"},{\"criterion\":\"seats\",\"subject\":\"bus\",\"change\":\"added\",\"from\":null,"
        + "\"to\":\"built-in\"},{\"criterion\":\"wifi\",\"subject\":\"rail\",\"change\":\"changed\","
        + "\"from\":\"built-in\",\"to\":\"extension\"}]}\n"), json);
    // a change without its answer fails the schema
    assertFalse(schema.validate(json.replace("\"change\":\"changed\",\"from\":\"built-in\"", "\"change\":\"changed\",\"from\":null"),
        InputFormat.JSON).isEmpty());
  }

  @Test
  void theFeedHasAnEntryPerEdition() {
    Document feed = Jsoup.parse(TestSites.read(site.out().resolve("feed.xml")), "", Parser.xmlParser());
    assertEquals(List.of("What changed: edition 2025-06", "What changed: edition 2025-01"), feed.select("entry > title").eachText());
    assertEquals("https://example.org/trips/changes/#edition-2025-06", feed.selectFirst("entry > id").text());
    assertEquals("2025-06-30T00:00:00Z", feed.selectFirst("entry > updated").text());
  }

  @Test
  void eachCriterionPageListsItsCellsHistory() {
    Document wifi = site.page("criteria/wifi");
    assertEquals(List.of("Since the latest edition", "Edition 2025-06 30 June 2025", "Edition 2025-01 15 January 2025"),
        wifi.select("#history h3").eachText());
    assertEquals(List.of("Wifi, Rail: ● Built in → changed to ◐ Via extension", "Wifi, Bus: ◐ Via extension → changed to ● Built in",
        "Wifi, Tram: $ Paid extra → changed to – No answer"), wifi.select("#history .cell-changes li").eachText());
    assertEquals("Added to the table.", wifi.select("#history p").last().text());
  }

  @Test
  void theComparisonPageMarksTheCellsChangedSinceAnEditionWithAnAddressThatKeepsIt() {
    Document compare = site.page("compare");
    assertEquals(List.of("2025-06", "2025-01"), compare.select("#since-form select option[value~=.]").eachAttr("value"));
    // rail's wifi changed after both editions, bus's only after the first; seats are new since the latest
    assertEquals(List.of("2025-01 2025-06", "2025-01"), compare.select("tr#wifi td").eachAttr("data-changed-since"));
    assertEquals(List.of("2025-01 2025-06", "2025-01 2025-06"), compare.select("tr#seats td").eachAttr("data-changed-since"));
    assertEquals("get", compare.selectFirst("#since-form").attr("method"));
    assertEquals("/trips/changes/", compare.selectFirst("#since-form a").attr("href"));
  }
}

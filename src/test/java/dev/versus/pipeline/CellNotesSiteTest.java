package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.BuiltSite;
import dev.versus.InlineGuide;
import dev.versus.SiteLinks;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes shared by cells, end to end: a three-subject guide whose "hosting" row shares two notes (Rail and Bus
 * use {@code paid}, Bike alone uses {@code app}). Every cell marks its notes with their number, linking the
 * criterion page's {@code #note-<key>}; the comparison page, a pair page and the print view list the notes of
 * the cells they show. Content links a note by its anchor, relative or site-rooted (round 10: it was a broken anchor).
 */
class CellNotesSiteTest {
  @TempDir
  static Path tmp;
  static BuiltSite site;

  @BeforeAll
  static void build() {
    Path source = tmp.resolve("trips");
    InlineGuide.titled("Rail vs Bus vs Bike", "Three ways to travel.", "https://example.org/trips/")
        .subjects("rail: Rail: Trains.", "bus: Bus: Coaches.", "bike: Bike: Bicycles.")
        .groups("comfort: Comfort")
        .scale("support", "built-in: Built in: ●: Comes with the trip", "extension: Via extension: ◐: Paid extra")
        .sources("timetable: The Timetable")
        .criterion("wifi: Wifi: Is there wifi on board?", "comfort", 0, """
            notes:
              paid: "Only in *first class*, or for a fee; see [the operator](https://example.org/op)."
              app: "Through the rider's own phone."
            verdicts:
              rail: {level: built-in, summary: "On most trains.", sources: [timetable], notes: [paid]}
              bus: {level: extension, summary: "On some coaches.", sources: [timetable], notes: [paid]}
              bike: {level: extension, summary: "Bring your own.", sources: [timetable], notes: [app]}
            """, "Wifi varies.")
        .criterion("seats: Seats: Is a seat included?", "comfort", 0, """
            verdicts:
              rail: {level: built-in, summary: "Yes.", sources: [timetable]}
              bus: {level: built-in, summary: "Yes.", sources: [timetable]}
              bike: {level: built-in, summary: "The saddle.", sources: [timetable]}
            """, "Seats, unlike [wifi's fee](wifi.md#note-paid) and [the app](/criteria/wifi/#note-app) ([all notes](wifi.md#notes)).")
        .write(source);
    site = BuiltSite.build(source, tmp.resolve("site"));
  }

  @Test
  void theGuideBuildsCleanlyWithEveryLinkResolving() {
    assertEquals(List.of(), site.result().diagnostics().stream().map(dev.versus.diag.Diagnostic::format).toList());
    assertEquals(List.of(), SiteLinks.broken(site.out(), "/trips/"));
  }

  @Test
  void cellsSharingANoteShowTheSameMarkLinkingTheCriterionPage() {
    Document compare = site.page("compare");
    var marks = compare.select("tr#wifi td sup.note-ref a");
    assertEquals(List.of("1", "1", "2"), marks.eachText());
    assertEquals(List.of("/trips/criteria/wifi/#note-paid", "/trips/criteria/wifi/#note-paid", "/trips/criteria/wifi/#note-app"),
        marks.eachAttr("href"));
    assertEquals("Note 1", marks.get(0).attr("aria-label"));
    assertTrue(compare.select("tr#seats sup.note-ref").isEmpty(), "a row without notes has no marks");
  }

  @Test
  void theCriterionPageListsItsNotesWithTheirIds() {
    Document c = site.page("criteria/wifi");
    var items = c.select("section#notes ol.notes > li");
    assertEquals(List.of("note-paid", "note-app"), items.eachAttr("id"));
    assertEquals(List.of("1", "2"), items.eachAttr("value"));
    assertEquals("first class", items.get(0).selectFirst("em").text());
    assertEquals("https://example.org/op", items.get(0).selectFirst("a").attr("href"));
    assertEquals(List.of("1", "1", "2"), c.select(".verdict sup.note-ref").eachText());
    assertTrue(site.page("criteria/seats").select("#notes").isEmpty(), "no notes, no section");
  }

  @Test
  void theComparisonPageListsTheNotesOfItsRows() {
    var section = site.page("compare").selectFirst("section#cell-notes");
    assertEquals(List.of("Wifi"), section.select("h3").eachText());
    assertEquals(2, section.select("ol.notes > li").size());
  }

  @Test
  void aPairPageListsOnlyTheNotesOfTheCellsItShows() {
    Document pair = site.page("compare/rail-vs-bus");
    assertEquals(List.of("1", "1"), pair.select("tr#wifi sup.note-ref").eachText());
    assertEquals(List.of("1"), pair.select("section#cell-notes ol.notes > li").eachAttr("value"));
  }

  @Test
  void printShowsTheNotesAsFootnotesAndTheCriterionSectionHoldsTheirIds() {
    Document print = site.page("print");
    var footnotes = print.select("#comparison .footnotes ol.notes > li");
    assertEquals(List.of("1", "2"), footnotes.eachAttr("value"));
    assertEquals(List.of("criterion-wifi-note-paid", "criterion-wifi-note-app"),
        print.select("section.criterion ol.notes > li[id]").eachAttr("id"));
    // every mark of the print view stays inside the document
    for (var a : print.select("sup.note-ref a")) assertTrue(print.getElementById(a.attr("href").substring(1)) != null, a.attr("href"));
  }
}

package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.BuiltSite;
import dev.versus.InlineGuide;
import dev.versus.SiteLinks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A three-subject guide with all three criterion types and two scales, built end to end: the typed
 * cells on every page kind, the legend of the used scales, leading cells, the ahead lists of subject
 * and pair pages, and the home page's counts.
 *
 * <p>Who leads: wifi (support) Rail; booking (ease) Bus and Bike tie ahead of Rail; speed (km/h,
 * higher) Rail; delays (%, lower) all level; seats (support) all level; operator (text) not ranked.
 */
class TypedSiteTest {
  @TempDir
  static Path tmp;
  static BuiltSite site;

  @BeforeAll
  static void build() {
    Path source = tmp.resolve("trips");
    InlineGuide.titled("Rail vs Bus vs Bike", "Three ways to travel, compared on typed criteria.", "https://example.org/trips/")
        .language("en")
        .subjects("rail: Rail: Trains.", "bus: Bus: Coaches.", "bike: Bike: Bicycles.")
        .groups("comfort: Comfort", "figures: Figures", "other: Other")
        .scale("support", "built-in: Built in: ●: Comes with the trip", "extension: Via extension: ◐: Paid extra",
            "none: Not included: ○: Bring your own")
        .scale("ease", "gentle: Gentle: ▰▱▱: Done in a minute", "steep: Steep: ▰▰▰: Takes planning")
        .scale("unused", "never: Never shown: ?: No criterion uses this scale")
        .sources("timetable: The Timetable")
        .home("Rail vs Bus vs Bike", "It depends on the trip.")
        .criterion("wifi: Wifi: Can you get online on the way?", "comfort", 1, """
            verdicts:
              rail: {level: built-in, summary: "Free on board.", sources: [timetable]}
              bus: {level: extension, summary: "Paid."}
              bike: {level: none, summary: "Only your phone."}
            """, "Wifi. {claim=\"wifi/bus\"} {claim=\"wifi/bike\"}")
        .criterion("booking: Booking: How easy is it to book?", "comfort", 2, """
            scale: ease
            verdicts:
              rail: {level: steep, summary: "Seat reservations."}
              bus: {level: gentle, summary: "Pay the driver."}
              bike: {level: gentle, summary: "Nothing to book."}
            """, "Booking. {claim=\"booking/rail\"} {claim=\"booking/bus\"} {claim=\"booking/bike\"}")
        .criterion("speed: Speed: How fast is it?", "figures", 1, """
            type: number
            unit: "km/h"
            better: higher
            verdicts:
              rail: {value: 1600.5, summary: "Average on the line.", sources: [timetable]}
              bus: {value: 80, summary: "Motorway speed."}
              bike: {value: 18, summary: "A steady pace."}
            """, "Speed. {claim=\"speed/bus\"} {claim=\"speed/bike\"}")
        .criterion("delays: Delays: What share of trips arrive late?", "figures", 2, """
            type: number
            unit: "%"
            better: lower
            verdicts:
              rail: {value: 12.16, summary: "Late."}
              bus: {value: 12.160, summary: "Late too."}
              bike: {value: "12.16", summary: "Late as well."}
            """, "Delays. {claim=\"delays/rail\"} {claim=\"delays/bus\"} {claim=\"delays/bike\"}")
        .criterion("operator: Operator: Who runs it?", "other", 1, """
            type: text
            verdicts:
              rail: {text: "The state"}
              bus: {text: "A company", summary: "Several, in fact."}
              bike: {text: "You"}
            """, "Operators. {claim=\"operator/rail\"} {claim=\"operator/bus\"} {claim=\"operator/bike\"}")
        .criterion("seats: Seats: Is there a seat?", "other", 2, """
            verdicts:
              rail: {level: built-in, summary: "Yes."}
              bus: {level: built-in, summary: "Yes."}
              bike: {level: built-in, summary: "The saddle."}
            """, "Seats. {claim=\"seats/rail\"} {claim=\"seats/bus\"} {claim=\"seats/bike\"}")
        .write(source);
    site = BuiltSite.build(source, tmp.resolve("site"));
  }

  /** The texts of a row's cell values (level, number or text) in column order. */
  private static List<String> values(Document d, String row) {
    return d.select("tr#" + row + " td .value").eachText();
  }

  private static List<String> leaders(Document d, String row) {
    List<String> columns = d.select("table.matrix thead th[scope=col]:not(.corner)").eachText();
    List<String> out = new java.util.ArrayList<>();
    var cells = d.select("tr#" + row + " td");
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).select(".leads").isEmpty()) out.add(columns.get(i));
    }
    return out;
  }

  @Test
  void buildsCleanlyWithEveryLinkResolving() {
    assertEquals(List.of(), site.result().diagnostics());
    assertEquals(List.of(), SiteLinks.broken(site.out(), "/trips/"));
  }

  @Test
  void cellsShowLevelsNumbersWithTheirUnitAndText() {
    Document compare = site.page("compare");
    assertEquals(List.of("● Built in", "◐ Via extension", "○ Not included"), values(compare, "wifi"));
    assertEquals(List.of("▰▰▰ Steep", "▰▱▱ Gentle", "▰▱▱ Gentle"), values(compare, "booking"));
    assertEquals(List.of("1,600.5 km/h", "80 km/h", "18 km/h"), values(compare, "speed"));
    assertEquals(List.of("12.16%", "12.160%", "12.16%"), values(compare, "delays"));
    assertEquals(List.of("The state", "A company", "You"), values(compare, "operator"));
    assertEquals("in km/h, higher is better", compare.selectFirst("tr#speed th .measure").text());
    assertEquals("not ranked", compare.selectFirst("tr#operator th .measure").text());
    // the symbol is decoration; the word carries the meaning
    assertEquals("true", compare.selectFirst("tr#wifi td .symbol").attr("aria-hidden"));
  }

  @Test
  void theSameTypedCellShowsOnEveryPageKind() {
    assertEquals(List.of("1,600.5 km/h", "80 km/h", "18 km/h"), site.page("criteria/speed").select(".verdict .value").eachText());
    assertEquals("Answered as a number in km/h, higher is better.", site.page("criteria/speed").selectFirst("p.measure").text());
    Document rail = site.page("subjects/rail");
    List<String> list = rail.select("#verdicts li").eachText();
    assertEquals(List.of("● Built in", "▰▰▰ Steep", "1,600.5 km/h", "12.16%", "The state", "● Built in"),
        rail.select("#verdicts li .value").eachText());
    assertTrue(list.contains("Booking ▰▰▰ Steep Seat reservations. 1 passage"), list.toString());
    assertTrue(list.contains("Operator The state 1 passage"), list.toString());
    Document print = site.page("print");
    assertEquals(List.of("1,600.5 km/h", "80 km/h", "18 km/h"), print.select("tr#row-speed td .value").eachText());
    assertEquals(List.of("The state", "A company", "You"), print.select("tr#row-operator td .value").eachText());
    Document home = site.page("");
    assertEquals(List.of("12.16%", "12.160%", "12.16%"), home.select("tr#at-delays td .value").eachText());
    assertEquals(List.of("▰▰▰ Steep", "▰▱▱ Gentle"), site.page("compare/rail-vs-bus").select("tr#booking td .value").eachText());
    // Jsoup's text() reads the no-break space between number and unit as a space: check the HTML itself
    assertEquals("1,600.5\u00a0km/h", site.page("compare").selectFirst("tr#speed td .value").wholeText());
  }

  @Test
  void leadingCellsAreMarkedInWordsWhereNotAllTie() {
    Document compare = site.page("compare");
    assertEquals(List.of("Rail"), leaders(compare, "wifi"));
    assertEquals(List.of("Bus", "Bike"), leaders(compare, "booking"));
    assertEquals(List.of("Rail"), leaders(compare, "speed"));
    assertEquals(List.of(), leaders(compare, "delays"), "12.16, 12.160 and \"12.16\" are one number");
    assertEquals(List.of(), leaders(compare, "seats"));
    assertEquals(List.of(), leaders(compare, "operator"), "text is never ranked");
    assertEquals("▲ Leads", compare.selectFirst("tr#wifi .leads").text());
    assertEquals("true", compare.selectFirst("tr#wifi .leads > span").attr("aria-hidden"), "the word is read, not the arrow");
  }

  @Test
  void showOnlyDifferencesAndGroupsWorkForEveryType() {
    Document compare = site.page("compare");
    assertEquals(List.of("true", "true", "true", "false", "true", "false"),
        compare.select("tr.row").eachAttr("data-differs"));
    assertEquals(List.of("scale", "scale", "number", "number", "text", "scale"), compare.select("tr.row").eachAttr("data-type"));
    assertEquals(List.of("comfort", "figures", "other"), compare.select("tbody.group").eachAttr("data-group"));
    assertEquals("(4 of 6)", compare.selectFirst(".filters .count").text());
  }

  @Test
  void theLegendShowsEveryUsedScaleUnderItsNameInItsOrder() {
    for (String route : List.of("compare", "print")) {
      Element legend = site.page(route).selectFirst(".legend");
      if (route.equals("compare")) {
        assertEquals(List.of("Scale: support", "Scale: ease"), legend.select("h3.scale-name").eachText());
        assertEquals(List.of("● Built in", "◐ Via extension", "○ Not included"), legend.select("ul[data-scale=support] .level").eachText());
        assertEquals(List.of("▰▱▱ Gentle", "▰▰▰ Steep"), legend.select("ul[data-scale=ease] .level").eachText());
      } else {
        assertEquals(List.of("Scale: support", "Scale: ease"), legend.select("th[scope=rowgroup]").eachText());
      }
      assertTrue(legend.text().contains("Leads"));
      assertTrue(!legend.text().contains("Never shown"), "a scale no criterion uses stays out of the legend");
    }
  }

  @Test
  void subjectPagesListWhereEachIsAheadOfEveryOther() {
    Element rail = site.page("subjects/rail").getElementById("ahead");
    assertEquals("Where Rail is ahead", rail.selectFirst("h2").text());
    assertEquals(List.of("Ahead of Bus (2)", "Ahead of Bike (2)"), rail.select("h3").eachText());
    assertEquals(List.of("Wifi: Rail ● Built in, Bus ◐ Via extension", "Speed: Rail 1,600.5 km/h, Bus 80 km/h"),
        rail.select("#ahead-of-bus + ul li").eachText());
    Element bike = site.page("subjects/bike").getElementById("ahead");
    assertEquals(List.of("Ahead of Rail (1)", "Ahead of Bus (0)"), bike.select("h3").eachText());
    assertEquals(List.of("Booking: Bike ▰▱▱ Gentle, Rail ▰▰▰ Steep"), bike.select("#ahead-of-rail + ul li").eachText());
    assertEquals("Nowhere ahead of Bus.", bike.selectFirst("#ahead-of-bus + p").text());
  }

  @Test
  void pairPagesListBothDirections() {
    Element ahead = site.page("compare/rail-vs-bus").getElementById("ahead");
    assertEquals(List.of("Where Rail is ahead of Bus", "Where Bus is ahead of Rail"), ahead.select("h3").eachText());
    assertEquals(List.of("Wifi", "Speed"), ahead.select("#ahead-rail + ul li > a").eachText());
    assertEquals(List.of("Booking"), ahead.select("#ahead-bus + ul li > a").eachText());
    assertEquals(null, site.page("compare").getElementById("ahead"), "the full table has the subject pages for that");
  }

  @Test
  void theTableIsSortedByASubjectInTheBrowserFromEachRowsStandings() {
    Document compare = site.page("compare");
    // topic order in the HTML; each row says where each column (Rail, Bus, Bike) stands: 0 leads ... 3 unranked
    Map<String, String> standings = new java.util.LinkedHashMap<>();
    compare.select("tr.row").forEach(r -> standings.put(r.id(), r.attr("data-standings")));
    List<String> bikeFirst = new ArrayList<>();
    for (int standing = 0; standing < 4; standing++) {
      for (var e : standings.entrySet()) {
        if (Integer.parseInt(e.getValue().split(" ")[2]) == standing) bikeFirst.add(e.getKey());
      }
    }
    assertEquals(List.of("booking", "delays", "seats", "wifi", "speed", "operator"), bikeFirst,
        "the order the table sorted by Bike had: where it leads, level, trails, unranked");
    Element sort = compare.getElementById("sort");
    assertEquals(List.of("By topic", "Rail first", "Bus first", "Bike first"), sort.select("option").eachText());
    assertEquals(List.of("", "rail", "bus", "bike"), sort.select("option").eachAttr("value"));
    assertEquals("Where Bike leads|All level|Where another subject leads|Not ranked",
        sort.selectFirst("option[value=bike]").attr("data-headings"));
    assertEquals(null, site.page("compare/rail-vs-bus").getElementById("sort"));
    // the old address moves its readers to the one table, sorted
    Document moved = site.page("compare/by/bike");
    assertEquals("0; url=/trips/compare/?sort=bike", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
    assertTrue(moved.selectFirst("link[rel=canonical]").attr("href").endsWith("/compare/?sort=bike"));
  }

  @Test
  void theHomePageCountsLeadsAndLevelCriteriaAndLinksEachAheadSection() {
    Element standings = site.page("").getElementById("standings");
    assertEquals(List.of("Rail leads on 2 criteria and is level with the others on 2",
        "Bus leads on 1 criterion and is level with the others on 2", "Bike leads on 1 criterion and is level with the others on 2"),
        standings.select("li").eachText());
    assertEquals(List.of("/trips/subjects/rail/#ahead", "/trips/subjects/bus/#ahead", "/trips/subjects/bike/#ahead"),
        standings.select("li a").eachAttr("href"));
    assertTrue(standings.selectFirst("p").text().endsWith("Criteria answered in text are not ranked."));
  }
}

package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.BuiltSite;
import dev.versus.InlineGuide;
import dev.versus.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example CSV guide of the content model's "Matrix from CSV" section, built end to end: subjects,
 * criteria and cells come from data/*.csv (columns in another order, an unknown column, quoted fields with
 * commas, quotes and a line break), one subject and one criterion get their prose from a Markdown file of
 * the same slug, and an article links a criterion that has no Markdown file.
 */
class CsvSiteTest {
  @TempDir
  static Path tmp;
  static BuiltSite site;

  @BeforeAll
  static void build() {
    Path source = tmp.resolve("trips");
    // the subjects, the criteria and the cells come from data/*.csv
    InlineGuide.titled("Rail vs Bus vs Bike", "Three ways to travel, compared from CSV tables.", "https://example.org/trips/")
        .language("en")
        .subjects("rail", "bus", "bike")
        .groups("comfort: Comfort", "figures: Figures")
        .legend("built-in: Built in: ●: Comes with the trip", "none: Not included: ○: Bring your own")
        .sources("timetable: The Timetable", "survey: Rider Survey")
        .home("Rail vs Bus vs Bike", "It depends on the trip.")
        .files("""
        -- data/subjects.csv --
        slug,title,tagline,version,website
        rail,Rail,"Trains, mostly on time",2024,https://example.org/rail
        bus,Bus,Coaches,,
        bike,Bike,Two wheels,,
        -- data/criteria.csv --
        order,slug,title,group,question,type,unit,better,reviewed,owner
        1,wifi,Wifi,comfort,Can you get online on the way?,,,,2024-05-01,ann
        1,speed,Speed,figures,How fast is it?,number,km/h,higher,,bob
        -- data/cells.csv --
        criterion,subject,level,value,summary,sources,disputed,note
        wifi,rail,built-in,,"Free on board, in every car.",timetable survey,,x
        wifi,bus,none,,"The ""free"" wifi
        rarely works.",survey,Riders disagree.,
        wifi,bike,none,,Only your phone.,survey,,
        speed,rail,,160.5,Average on the line.,timetable,,
        speed,bus,,80,Motorway speed.,timetable,,
        speed,bike,,18,A steady pace.,survey,,
        -- subjects/rail.md --
        ---
        pros: ["Fast"]
        cons: ["Fixed times"]
        ---
        Trains run on rails.
        -- criteria/speed.md --
        ---
        ---
        How fast each one goes, door to door.
        -- articles/travel.md --
        ---
        title: "Travel notes"
        date: 2024-06-01
        ---
        See [the wifi](../criteria/wifi.md) before you go.
        """).write(source);
    site = BuiltSite.build(source, tmp.resolve("out"));
  }

  @Test
  void buildsWithoutAProblem() {
    assertEquals(List.of(), site.result().diagnostics().stream().map(Diagnostic::format).toList());
  }

  @Test
  void subjectsTakeTheirFieldsFromTheTableAndTheirProseFromMarkdown() {
    Document rail = site.page("subjects/rail/");
    assertEquals("Rail", rail.selectFirst("h1").ownText().strip());
    assertTrue(rail.text().contains("Trains, mostly on time"), rail.text());
    assertTrue(rail.text().contains("Trains run on rails."), rail.text());
    assertTrue(rail.text().contains("Fixed times"), rail.text());
    // a subject of the table alone still gets its page
    assertEquals("Bus", site.page("subjects/bus/").selectFirst("h1").ownText().strip());
  }

  @Test
  void criteriaShowTheCellsOfTheTable() {
    Document wifi = site.page("criteria/wifi/");
    assertEquals("Wifi", wifi.selectFirst("h1").text());
    assertEquals("Can you get online on the way?", wifi.selectFirst(".lede").text());
    assertEquals(List.of("Free on board, in every car.", "The \"free\" wifi rarely works.", "Only your phone."),
        wifi.select(".verdict .summary").eachText());
    assertEquals(List.of("[1]", "[2]"), wifi.select(".verdict").get(0).select(".cite").eachText());
    assertTrue(wifi.select(".verdict").get(1).text().contains("Riders disagree."), wifi.select(".verdict").get(1).text());
    Document speed = site.page("criteria/speed/");
    assertTrue(speed.text().contains("How fast each one goes, door to door."), speed.text());
    assertEquals(List.of("Average on the line.", "Motorway speed.", "A steady pace."), speed.select(".verdict .summary").eachText());
    assertTrue(speed.select(".verdict").get(0).text().contains("160.5"), speed.select(".verdict").get(0).text());
  }

  @Test
  void theComparisonAndLinksReachTableCriteria() {
    Document compare = site.page("compare/");
    assertEquals(1, compare.select("#wifi").size(), "the wifi row");
    assertEquals(1, compare.select("#speed").size(), "the speed row");
    assertTrue(compare.select("#wifi").first().parent().text().contains("Free on board"), compare.select("#wifi").first().parent().text());
    Document article = site.page("articles/travel/");
    assertEquals(1, article.select("#article a[href=\"/trips/criteria/wifi/\"]").size(), article.html());
  }
}

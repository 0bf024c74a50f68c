package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Which should I choose?" on the three-subject fixture with two profiles, built and read with Jsoup:
 * the rankings and scores each profile gives (worked out by hand below), the criteria behind them
 * linked to their rows, the form page's data, and the navigation. Tea, coffee, cocoa on caffeine
 * (extension 0.5, built-in 1 disputed, none 0), price (built-in 1, extension 0.5, extension 0.5) and
 * sweetness (none for all: 0).
 */
class ChooseSiteTest {
  static final String PROFILES = """
      data_license: "CC0 1.0"
      profiles:
        morning:
          title: "A morning cup"
          description: "Waking up matters most."
          criteria: {caffeine: 3}
        budget:
          title: "On a budget"
          description: "Only the price counts."
          groups: {taste: 0}
          criteria: {price: 2}
      """;

  @TempDir
  static Path tmp;
  static Path out;

  @BeforeAll
  static void build() throws Exception {
    Path source = TestSites.fixture("three", tmp, PROFILES);
    out = tmp.resolve("site");
    assertEquals(List.of(), TestSites.build(source, out).diagnostics());
  }

  static Document page(String route) {
    return Jsoup.parse(TestSites.read(out.resolve(route + "index.html")));
  }

  static List<String> ranking(Document d) {
    return d.select("#ranking > li").stream().map(li -> li.attr("value") + " " + li.selectFirst("h2 a").text() + " "
        + li.selectFirst(".score").attr("data-score")).toList();
  }

  @Test
  void theMorningProfileWeighsCaffeineThreeTimes() {
    // weights caffeine 3, price 1, sweetness 1: tea (1.5 + 1) / 5, coffee (3 + 0.5) / 5, cocoa 0.5 / 5
    Document d = page("choose/morning/");
    assertEquals(List.of("1 Coffee 70", "2 Tea 50", "3 Cocoa 10"), ranking(d));
    assertEquals("A morning cup", d.selectFirst("h1").text());
    Element coffee = d.getElementById("rank-coffee");
    assertEquals("Caffeine", coffee.selectFirst(".gains li a").text());
    assertEquals("/drinks/compare/#caffeine", coffee.selectFirst(".gains li a").attr("href"));
    assertEquals("+60.0", coffee.selectFirst(".gains li .points").text());
    assertTrue(coffee.selectFirst(".gains li").text().contains("(disputed)"), "coffee's caffeine cell is disputed");
    assertTrue(coffee.selectFirst(".flag").text().contains("1 disputed cell"));
    // sweetness loses everyone its 20 points; price ("Via extension", half its share) counts for coffee, not against
    assertEquals(List.of("Caffeine", "Price"), coffee.select(".gains li a").eachText());
    assertEquals(List.of("Sweetness"), coffee.select(".losses li a").eachText());
    assertEquals("−20.0", coffee.selectFirst(".losses .points").text());
    assertTrue(d.selectFirst("#method").text().contains("weighted average"));
    assertEquals("/drinks/choose/?c-caffeine=3", d.selectFirst("a.adjust").attr("href"));
  }

  @Test
  void noCriterionIsListedAsBothGainedAndLost() {
    for (String profile : List.of("morning", "budget")) {
      for (Element ranked : page("choose/" + profile + "/").select("#ranking > li")) {
        List<String> gains = ranked.select(".gains li a").eachText();
        List<String> losses = ranked.select(".losses li a").eachText();
        assertTrue(gains.stream().noneMatch(losses::contains), profile + ", " + ranked.id() + ": " + gains + " and " + losses);
      }
    }
  }

  @Test
  void theBudgetProfileTiesCoffeeAndCocoa() {
    // only price counts (taste 0): tea 100, coffee and cocoa 50, tied at rank 2 in site.yaml's order
    assertEquals(List.of("1 Tea 100", "2 Coffee 50", "2 Cocoa 50"), ranking(page("choose/budget/")));
    assertTrue(page("choose/budget/").getElementById("rank-tea").select(".losses").isEmpty(), "tea lost nothing");
  }

  @Test
  void theFormPageListsTheProfilesAndCarriesThePointsAsData() {
    Document d = page("choose/");
    assertEquals(List.of("/drinks/choose/morning/", "/drinks/choose/budget/"), d.select(".profile a").eachAttr("href"));
    Element weigh = d.getElementById("choose-weigh");
    assertTrue(weigh.hasAttr("hidden"), "the form waits for its script");
    assertEquals(List.of("g-taste", "g-practical"), d.select("#choose-form > fieldset input").eachAttr("name"));
    assertEquals(List.of("c-caffeine", "c-sweetness", "c-price"), d.select("#choose-form details input").eachAttr("name"));
    var data = com.google.gson.JsonParser.parseString(d.getElementById("choose-data").data()).getAsJsonObject();
    var caffeine = data.getAsJsonArray("groups").get(0).getAsJsonObject().getAsJsonArray("criteria").get(0).getAsJsonObject();
    assertEquals("caffeine", caffeine.get("slug").getAsString());
    assertEquals("[0.5,1.0,0.0]", caffeine.get("points").toString());
    assertEquals("[false,true,false]", caffeine.get("disputed").toString());
  }

  @Test
  void theNavigationLinksChooseAndTheSitemapListsItsPages() {
    assertEquals("/drinks/choose/", page("").select(".site-nav a").get(1).attr("href"));
    String sitemap = TestSites.read(out.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("https://example.org/drinks/choose/budget/"), sitemap);
  }

  @Test
  void withoutProfilesThereAreNoChoosePages(@TempDir Path other) {
    Path source = TestSites.fixture("three", other);
    Path site = other.resolve("site");
    assertEquals(List.of(), TestSites.build(source, site).diagnostics());
    assertFalse(Files.exists(site.resolve("choose")));
    assertFalse(Jsoup.parse(TestSites.read(site.resolve("index.html"))).select(".site-nav a").eachText().contains("Choose"));
  }
}

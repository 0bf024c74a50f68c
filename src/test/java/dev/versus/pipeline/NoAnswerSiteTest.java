package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.BuiltSite;
import dev.versus.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No answer is not a bad answer (issue 23): a subject without a verdict shows a neutral "No answer" in a
 * style of its own, takes no part in who leads or in its score, and the choose pages say what it could not
 * be scored on. A missing verdict used to share the worst tier's colour and score 0 points.
 *
 * <p>Speed: Alpha good, Beta fair, Gamma no verdict; setup: Alpha fair, Beta and Gamma excellent. With
 * every criterion weighing 1, Alpha scores (0.5 + 0) / 2 = 25, Beta (0 + 1) / 2 = 50, and Gamma is scored
 * on setup alone: 100 (it was 50, tied with Beta, when its missing speed counted 0).
 */
class NoAnswerSiteTest {
  @TempDir
  static Path tmp;
  static BuiltSite site;

  @BeforeAll
  static void build() {
    Path source = tmp.resolve("tools");
    // no verdict of Gamma's on speed
    UnknownFixture.threeTools("Three tools, one of them without an answer on speed.", null, "Timings.")
        .profile("speed: Speed alone: Only speed counts.", "groups: {use: 0}", "criteria: {speed: 1}").write(source);
    site = BuiltSite.build(source, tmp.resolve("site"));
  }

  @Test
  void theOnlyWarningIsTheMissingVerdict() {
    assertEquals(1, site.result().diagnostics().size(), site.result().diagnostics().toString());
    assertTrue(site.result().diagnostics().get(0).message().contains("gamma"), site.result().diagnostics().toString());
  }

  @Test
  void aMissingVerdictSaysNoAnswerInAStyleOfItsOwn() {
    Element cell = site.page("compare/").select("#speed td").get(2);
    Element missing = cell.selectFirst(".level-missing");
    assertEquals("– No answer", missing.text());
    assertTrue(missing.classNames().stream().noneMatch(c -> c.startsWith("tier-")), missing.className());
    assertTrue(cell.select(".leads").isEmpty());
    // the criterion page and the print view show the same neutral cell
    assertEquals("– No answer", site.page("criteria/speed/").select(".verdict").get(2).selectFirst(".level-missing").text());
    assertEquals("– No answer", site.page("print/").selectFirst("#row-speed td:nth-of-type(3) .level-missing").text());
  }

  /** In both stylesheets, no rule paints {@code .level-missing} together with a tier (it shared the worst tier's colour). */
  @Test
  void noStylesheetPaintsNoAnswerLikeATier() {
    for (String sheet : List.of("compare/", "print/")) {
      String href = site.page(sheet).selectFirst("link[rel=stylesheet]").attr("href");
      String css = TestSites.read(site.out().resolve(href.replaceFirst("^/tools/", "").replaceFirst("\\?.*", "")));
      Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(css);
      boolean own = false;
      while (rule.find()) {
        String selectors = rule.group(1);
        if (!selectors.contains(".level-missing")) continue;
        assertFalse(selectors.contains(".tier-"), href + ": " + selectors.strip());
        own |= rule.group(2).contains("color");
      }
      assertTrue(own, href + " gives .level-missing a colour of its own");
    }
  }

  @Test
  void noAnswerTakesNoPartInWhoLeadsOrInTheScore() {
    // speed: Alpha's good leads Beta's fair; Gamma's missing verdict is neither ahead nor behind
    assertEquals(List.of(true, false, false), site.page("compare/").select("#speed td").stream()
        .map(td -> !td.select(".leads").isEmpty()).toList());
    Document all = site.page("choose/all/");
    assertEquals(List.of("1 Gamma 100", "2 Beta 50", "3 Alpha 25"), all.select("#ranking > li").stream()
        .map(li -> li.attr("value") + " " + li.selectFirst("h2 a").text() + " " + li.selectFirst(".score").attr("data-score"))
        .toList());
    assertTrue(all.getElementById("rank-gamma").select(".losses").isEmpty(), "Gamma lost nothing for its missing answer");
  }

  /** Gamma has no answer on speed, the only criterion that counts: it has no score, which is not a score of 0. */
  @Test
  void aSubjectWithNothingToScoreItOnIsNotScoredRatherThanZero() {
    Document speed = site.page("choose/speed/");
    assertEquals(List.of("1 Alpha 50 of 100", "2 Beta 0 of 100", "3 Gamma not scored"), speed.select("#ranking > li").stream()
        .map(li -> li.attr("value") + " " + li.selectFirst("h2").text()).toList());
    Element gamma = speed.getElementById("rank-gamma");
    assertTrue(gamma.select("svg.score-bar").isEmpty() && !gamma.selectFirst(".score").hasAttr("data-score"),
        "no bar and no number: " + gamma.outerHtml());
    // the live ranking gets the same words from the theme
    assertEquals("not scored", site.page("choose/").getElementById("choose-ranking").attr("data-not-scored-text"));
  }

  @Test
  void theChoosePagesSayWhatASubjectCouldNotBeScoredOn() {
    Element gamma = site.page("choose/all/").getElementById("rank-gamma");
    assertEquals("Not scored on 1 criterion it has no known answer on: Speed", gamma.selectFirst(".unscored").text());
    assertEquals("/tools/compare/#speed", gamma.selectFirst(".unscored a").attr("href"));
    assertTrue(site.page("choose/all/").getElementById("rank-beta").select(".unscored").isEmpty());
    Document form = site.page("choose/");
    assertEquals(List.of("Gamma: Speed"), form.select("#unscored li").eachText());
    var data = com.google.gson.JsonParser.parseString(form.getElementById("choose-data").data()).getAsJsonObject();
    var speed = data.getAsJsonArray("groups").get(0).getAsJsonObject().getAsJsonArray("criteria").get(0).getAsJsonObject();
    assertEquals("[0.5,0.0,null]", speed.get("points").toString());
  }
}

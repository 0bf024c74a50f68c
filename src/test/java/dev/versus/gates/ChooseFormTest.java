package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "Which should I choose?" form of the Django vs Flask guide in headless Chromium: with a profile's
 * weights (its "Adjust these weights" link) the live ranking is the profile page's, number for number,
 * since the script only weighs the points the build computed; changing a weight re-ranks, lands in the
 * query string and survives a reload. Without JavaScript the form is not shown and the profile pages,
 * linked from the same page, carry the feature.
 */
@Tag("browser")
class ChooseFormTest {
  @RegisterExtension
  static final Chromium chromium = new Chromium();
  @RegisterExtension
  static final ServedGuides guides = new ServedGuides();

  @SuppressWarnings("unchecked")
  static List<String> liveRanking(Page page) {
    return (List<String>) page.evaluate("() => [...document.querySelectorAll('#choose-ranking li')]"
        + ".map(li => li.value + ' ' + li.querySelector('a').textContent + ' ' + li.querySelector('.score').textContent.trim())");
  }

  @SuppressWarnings("unchecked")
  static List<String> profileRanking(Page page) {
    return (List<String>) page.evaluate("() => [...document.querySelectorAll('#ranking > li')]"
        + ".map(li => li.value + ' ' + li.querySelector('h2 a').textContent + ' ' + li.querySelector('.score').textContent.trim())");
  }

  @Test
  void theFormWithAProfilesWeightsRanksAsItsPageAndKeepsItsStateInTheUrl() {
    ServedSite site = guides.djangoFlask();
    chromium.visit(site.url("choose/rest-api/index.html"), 1280, 900, true, page -> {
      List<String> expected = profileRanking(page);
      assertEquals(2, expected.size());
      page.click("a.adjust");
      page.waitForURL("**/choose/?*");
      assertTrue(page.isVisible("#choose-form"));
      assertEquals(expected, liveRanking(page), "the form and the profile page rank with the same numbers");
      assertEquals("4", page.inputValue("#w-c-rest-apis"));

      // only the learning curve counts: Flask is gentle, Django steep
      for (var input : page.locator("#choose-form > fieldset input").all()) input.fill("0");
      page.locator("details.criterion-weights summary").click();
      for (var input : page.locator("#choose-form details input").all()) input.fill("");
      page.fill("#w-c-learning-curve", "1");
      assertEquals(List.of("1 Flask 100 of 100", "2 Django 0 of 100"), liveRanking(page));
      // each live score is drawn as a bar too, as on the profile pages (issue 28 item 6)
      assertEquals(List.of("100.0", "0.0"), page.evaluate(
          "() => [...document.querySelectorAll('#choose-ranking li svg.score-bar .bar-fill')].map(r => r.getAttribute('width'))"));
      assertTrue(page.url().contains("c-learning-curve=1") && page.url().contains("g-data=0"), page.url());
      assertTrue(page.getAttribute("#choose-share", "href").contains("c-learning-curve=1"));
      page.reload();
      assertEquals("1", page.inputValue("#w-c-learning-curve"));
      assertEquals(List.of("1 Flask 100 of 100", "2 Django 0 of 100"), liveRanking(page));
      // Enter in a field does not leave the page
      String before = page.url();
      page.press("#w-c-learning-curve", "Enter");
      assertEquals(before, page.url());

      // nothing weighed: no subject has anything to be scored on, so none has a score (not 0 of 100), nor a bar
      page.locator("details.criterion-weights summary").click();
      page.fill("#w-c-learning-curve", "0");
      assertEquals(List.of("1 Django not scored", "1 Flask not scored"), liveRanking(page));
      assertEquals(0, page.locator("#choose-ranking svg.score-bar").count());
    });
  }

  /**
   * Weights at the edge in the URL (1.7e308 on every group sums to Infinity, a subnormal rounds to nothing):
   * a weight outside the form's 0 to 100 counts as not given, so every score stays a whole number.
   */
  @Test
  void weightsBeyondTheFormsBoundInTheUrlCountAsNotGiven() {
    ServedSite site = guides.djangoFlask();
    chromium.visit(site.url("choose/index.html"), 1280, 900, true, page -> {
      List<String> plain = liveRanking(page);
      StringBuilder query = new StringBuilder("?");
      for (var input : page.locator("#choose-form > fieldset input").all()) query.append(input.getAttribute("name")).append("=1.7e308&");
      page.navigate(site.url("choose/index.html" + query + "c-learning-curve=-1.7e308"));
      assertEquals(plain, liveRanking(page), "1.7e308 and -1.7e308 count as not given");
      page.navigate(site.url("choose/index.html?c-learning-curve=4.9e-324"));
      assertTrue(liveRanking(page).stream().allMatch(s -> s.matches("\\d+ .+ \\d+ of 100")), liveRanking(page).toString());
    });
  }

  @Test
  void withoutJavaScriptTheFormIsHiddenAndTheProfilePagesWork() {
    ServedSite site = guides.djangoFlask();
    chromium.visit(site.url("choose/index.html"), 1280, 900, false, page -> {
      assertFalse(page.isVisible("#choose-weigh"));
      assertFalse(page.isVisible("#choose-form input"));
      List<String> profiles = page.locator(".profile a").allTextContents();
      assertEquals(List.of("Building a REST API", "First web project", "Data-heavy business app"), profiles);
      page.click(".profile a >> nth=1");
      page.waitForURL("**/choose/first-project/");
      assertEquals(2, profileRanking(page).size());
      assertTrue(page.isVisible("#ranking .gains a"));
    });
  }
}

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
 * Showing and hiding subjects on the comparison page of the three-subject fixture, in headless Chromium:
 * columns follow the checkboxes, the state lives in ?hide= and survives a reload, the header row and the
 * criterion column stay; without JavaScript the checkboxes are gone and the pair pages beside them work.
 */
@Tag("browser")
class SubjectTogglesTest {
  @RegisterExtension
  static final Chromium chromium = new Chromium();
  @RegisterExtension
  static final ServedGuides guides = new ServedGuides();

  private static ServedSite three() {
    return guides.sites().stream().filter(s -> s.name().equals("three")).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  static List<String> visibleHeaders(Page page) {
    return (List<String>) page.evaluate("() => [...document.querySelectorAll('#matrix thead th')].filter(c => c.checkVisibility()).map(c => (c.querySelector('a') || c).textContent.trim())");
  }

  @Test
  void theSubjectsParameterPicksTheColumnsAndTheSortParameterPutsOneSubjectFirst() {
    ServedSite site = three();
    chromium.visit(site.url("compare/index.html") + "?subjects=cocoa,tea&sort=cocoa", 1280, 900, true, page -> {
      List<String> shown = visibleHeaders(page);
      assertEquals(3, shown.size(), shown.toString());
      assertTrue(shown.get(1).startsWith("Tea") && shown.get(2).startsWith("Cocoa"), shown.toString());
      assertEquals("cocoa", page.inputValue("#sort"));
      @SuppressWarnings("unchecked")
      List<String> groups = (List<String>) page.evaluate("() => [...document.querySelectorAll('#matrix tbody.group')].map(b => b.dataset.group)");
      // the standings in their order (leads, level, trails, unranked), an empty one left out, each under its heading
      List<String> order = List.of("leads", "level", "trails", "unranked");
      assertTrue(!groups.isEmpty() && order.containsAll(groups), groups.toString());
      assertEquals(groups.stream().sorted(java.util.Comparator.comparing(order::indexOf)).toList(), groups);
      List<String> headings = List.of("Where Cocoa leads", "All level", "Where another subject leads", "Not ranked");
      assertEquals(headings.get(order.indexOf(groups.get(0))), page.textContent("#matrix tr.group-row th"));
      assertEquals(3, ((Number) page.evaluate("() => document.querySelector('#matrix tr.group-row th').colSpan")).intValue());
      // back to the topics: the HTML's order, and the URL forgets the sort but keeps the subjects
      page.selectOption("#sort", "");
      assertFalse(page.url().contains("sort="), page.url());
      assertTrue(page.url().contains("subjects=cocoa,tea") || page.url().contains("hide=coffee"), page.url());
      @SuppressWarnings("unchecked")
      List<String> topics = (List<String>) page.evaluate("() => [...document.querySelectorAll('#matrix tbody.group')].map(b => b.dataset.group)");
      assertFalse(topics.contains("leads"), topics.toString());
    });
    // without scripting: the topic order, every column, and no sort control
    chromium.visit(site.url("compare/index.html") + "?sort=cocoa", 1280, 900, false, page -> {
      assertEquals(4, visibleHeaders(page).size(), visibleHeaders(page).toString());
      assertFalse(page.isVisible("#sort"));
    });
  }

  @Test
  void uncheckingASubjectHidesItsColumnAndTheUrlKeepsIt() {
    ServedSite site = three();
    chromium.visit(site.url("compare/index.html"), 1280, 900, true, page -> {
      assertEquals(List.of("Criterion", "Tea", "Coffee", "Cocoa"), visibleHeaders(page));
      page.click(".subject-toggles summary");
      page.uncheck("#subject-choice input[value=coffee]");
      assertEquals(List.of("Criterion", "Tea", "Cocoa"), visibleHeaders(page));
      Number visibleCells = (Number) page.evaluate("() => [...document.querySelectorAll('#matrix tr.row')].map(r => [...r.cells].filter(c => c.checkVisibility()).length).reduce((a, b) => Math.max(a, b), 0)");
      assertEquals(3, visibleCells.intValue(), "every row: the criterion and two subjects");
      assertEquals(3, ((Number) page.evaluate("() => document.querySelector('#matrix tr.group-row th').colSpan")).intValue());
      assertTrue(page.url().endsWith("compare/?hide=coffee"), page.url());
      // in the guide's own words (its i18n/en.yaml), which reach the script through the page
      assertEquals("2 of 3 drinks shown.", page.textContent("#subject-status"));
      // the row filters keep the subjects' state and the other way round
      page.check("#filter-diff");
      page.uncheck("#subject-choice input[value=tea]");
      assertTrue(page.url().contains("diff=1") && page.url().contains("hide=tea,coffee") || page.url().contains("hide=coffee,tea"), page.url());
      page.reload();
      assertEquals(List.of("Criterion", "Cocoa"), visibleHeaders(page));
      page.click(".subject-toggles summary");
      assertFalse(page.isChecked("#subject-choice input[value=tea]"));
      assertTrue(page.isChecked("#filter-diff"));
      // the last subject shown cannot be hidden: the table never empties
      page.click("#subject-choice input[value=cocoa]");
      assertTrue(page.isChecked("#subject-choice input[value=cocoa]"));
      assertEquals(List.of("Criterion", "Cocoa"), visibleHeaders(page));
    });
  }

  @Test
  void hidingSubjectsLetsTheRestFitAsATable() {
    ServedSite site = three();
    // 640 px: three subjects need cards, two fit as a table (versus.css reads the columns shown from --columns)
    chromium.visit(site.url("compare/index.html"), 640, 800, true, page -> {
      assertEquals("block", page.evaluate("() => getComputedStyle(document.getElementById('matrix')).display"), "three subjects: cards");
      page.click(".subject-toggles summary");
      page.uncheck("#subject-choice input[value=tea]");
      assertEquals("table", page.evaluate("() => getComputedStyle(document.getElementById('matrix')).display"), "two subjects: a table");
      assertEquals(List.of("Criterion", "Coffee", "Cocoa"), visibleHeaders(page));
    });
  }

  @SuppressWarnings("unchecked")
  static List<String> visibleRows(Page page) {
    return (List<String>) page.evaluate("() => [...document.querySelectorAll('#matrix tr.row')].filter(r => r.checkVisibility()).map(r => r.id)");
  }

  @Test
  void showOnlyDifferencesLooksAtTheSubjectsShownOnly() {
    ServedSite site = three();
    chromium.visit(site.url("compare/index.html"), 1280, 900, true, page -> {
      // price: tea is built in, coffee and cocoa both via extension; sweetness: none for all three
      page.check("#filter-diff");
      assertEquals(List.of("caffeine", "price"), visibleRows(page));
      page.click(".subject-toggles summary");
      assertEquals("(2 of 3)", page.textContent("#filters .count"));
      page.uncheck("#subject-choice input[value=tea]");
      assertEquals(List.of("caffeine"), visibleRows(page), "only tea differed on price");
      assertEquals("(1 of 3)", page.textContent("#filters .count"));
      assertEquals("Showing 1 of 3 criteria.", page.textContent("#filter-status"));
      page.reload();
      assertEquals(List.of("caffeine"), visibleRows(page), "the state comes back from the URL");
      assertEquals("(1 of 3)", page.textContent("#filters .count"));
      page.click(".subject-toggles summary");
      page.check("#subject-choice input[value=tea]");
      assertEquals(List.of("caffeine", "price"), visibleRows(page));
      page.uncheck("#filter-diff");
      page.uncheck("#subject-choice input[value=coffee]");
      page.uncheck("#subject-choice input[value=cocoa]");
      assertEquals(List.of("caffeine", "sweetness", "price"), visibleRows(page), "every row while the filter is off");
      assertEquals("(0 of 3)", page.textContent("#filters .count"), "one subject shown: nothing differs");
    });
  }

  @Test
  void withoutJavaScriptThePairPagesDoTheJob() {
    ServedSite site = three();
    chromium.visit(site.url("compare/index.html") + "?hide=tea", 1280, 900, false, page -> {
      assertFalse(page.locator("#subject-choice").isVisible(), "no dead checkboxes");
      assertEquals(List.of("Criterion", "Tea", "Coffee", "Cocoa"), visibleHeaders(page), "every column without scripting");
      assertEquals(3, page.locator(".pair-links a").count());
      page.click(".subject-toggles summary"); // a details element opens without scripting
      page.click(".pair-links a:has-text('Coffee vs Cocoa')");
      page.waitForURL("**/sub/compare/coffee-vs-cocoa/");
      assertEquals(List.of("Criterion", "Coffee", "Cocoa"), visibleHeaders(page));
      assertEquals(0, page.locator("#subject-choice").count(), "a pair page has no toggles");
    });
  }

  @Test
  void twoSubjectsGetNoToggles() {
    ServedSite site = guides.djangoFlask();
    chromium.visit(site.url("compare/index.html"), 1280, 900, true, page -> {
      assertEquals(0, page.locator("#subject-choice").count());
      assertEquals(0, page.locator(".pair-links").count());
    });
  }
}

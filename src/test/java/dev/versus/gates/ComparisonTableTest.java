package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The comparison table in headless Chromium, as a reader uses it: filters and their URL state, the sticky header
 * row, cards on a phone, widths from 360 to 1280 px, no JavaScript, and the keyboard.
 */
@Tag("browser")
class ComparisonTableTest {
  @RegisterExtension
  static final Chromium chromium = new Chromium();
  @RegisterExtension
  static final ServedGuides guides = new ServedGuides();

  /**
   * Row ids whose cells show more than one answer (a level, a number or text, or no verdict), read
   * from the answers the cells show rather than from data-differs.
   */
  @SuppressWarnings("unchecked")
  static List<String> rowsThatDiffer(Page page) {
    return (List<String>) page.evaluate("""
        () => [...document.querySelectorAll('#matrix tr.row')].filter(r => new Set([...r.querySelectorAll('td .value, td .level-missing')]
            .map(v => v.textContent.trim())).size > 1).map(r => r.id)""");
  }

  @SuppressWarnings("unchecked")
  static List<String> visibleRows(Page page) {
    return (List<String>) page.evaluate("() => [...document.querySelectorAll('#matrix tr.row')].filter(r => r.checkVisibility()).map(r => r.id)");
  }

  @SuppressWarnings("unchecked")
  static List<String> allRows(Page page) {
    return (List<String>) page.evaluate("() => [...document.querySelectorAll('#matrix tr.row')].map(r => r.id)");
  }

  @Test
  void showOnlyDifferencesHidesExactlyTheRowsWhoseCellsShareOneAnswer() {
    for (ServedSite site : guides.sites()) {
      chromium.visit(site.url(site.page("compare")), 1280, 900, true, page -> {
        List<String> all = allRows(page);
        List<String> differ = rowsThatDiffer(page);
        assertTrue(differ.size() > 0 && differ.size() < all.size(), site.name() + " needs rows of both sorts: " + differ);
        assertEquals(all, visibleRows(page), site.name() + ": every row at first");
        page.check("#filter-diff");
        assertEquals(differ, visibleRows(page), site.name() + ": only differences");
        assertTrue(page.textContent("#filter-status").contains(differ.size() + " of " + all.size()), page.textContent("#filter-status"));
        page.uncheck("#filter-diff");
        assertEquals(all, visibleRows(page), site.name() + ": every row again");
      });
    }
  }

  @Test
  void groupFilterShowsOneGroup() {
    for (ServedSite site : guides.sites()) {
      chromium.visit(site.url(site.page("compare")), 1280, 900, true, page -> {
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) page.evaluate("() => [...document.querySelectorAll('#matrix tbody.group')].map(b => b.dataset.group)");
        assertTrue(groups.size() > 1, site.name() + ": " + groups);
        for (String group : groups) {
          page.selectOption("#filter-group", group);
          @SuppressWarnings("unchecked")
          List<String> expected = (List<String>) page.evaluate("g => [...document.querySelectorAll(`#matrix tbody[data-group='${g}'] tr.row`)].map(r => r.id)", group);
          assertEquals(expected, visibleRows(page), site.name() + " group " + group);
          assertTrue(page.isVisible("#group-" + group), "the group's heading row shows");
          assertEquals(1L, ((Number) page.evaluate("() => [...document.querySelectorAll('#matrix tbody.group')].filter(b => b.checkVisibility()).length")).longValue());
        }
        page.selectOption("#filter-group", "");
        assertEquals(allRows(page), visibleRows(page));
      });
    }
  }

  @Test
  void filterStateSurvivesAReload() {
    ServedSite site = guides.djangoFlask();
    chromium.visit(site.url(site.page("compare")), 1280, 900, true, page -> {
      String group = (String) page.evaluate("() => document.querySelector('#matrix tbody.group:last-of-type').dataset.group");
      page.check("#filter-diff");
      page.selectOption("#filter-group", group);
      List<String> shown = visibleRows(page);
      assertTrue(page.url().contains("diff=1") && page.url().contains("group=" + group), page.url());
      page.reload();
      assertTrue(page.isChecked("#filter-diff"));
      assertEquals(group, page.inputValue("#filter-group"));
      assertEquals(shown, visibleRows(page));
    });
  }

  @Test
  void theHeaderRowSticksToTheTopOfTheScreenAndAPhoneGetsCards() {
    for (ServedSite site : guides.sites()) {
      chromium.visit(site.url(site.page("compare")), 1280, 400, true, page -> {
        assertEquals("table", page.evaluate("() => getComputedStyle(document.getElementById('matrix')).display"), site.name());
        page.locator("#matrix tr.row").last().scrollIntoViewIfNeeded();
        BoundingBox header = page.locator("#matrix thead th").last().boundingBox();
        assertEquals(0, header.y, 1.5, site.name() + ": the header row sticks to the top of the screen");
      });
      chromium.visit(site.url(site.page("compare")), 360, 740, true, page -> {
        assertEquals("block", page.evaluate("() => getComputedStyle(document.getElementById('matrix')).display"), site.name() + ": cards at 360 px");
        @SuppressWarnings("unchecked")
        List<String> named = (List<String>) page.evaluate("() => [...document.querySelector('#matrix tr.row').querySelectorAll('td')]"
            + ".map(td => getComputedStyle(td, '::before').content)");
        @SuppressWarnings("unchecked")
        List<String> subjects = (List<String>) page.evaluate("() => [...document.querySelectorAll('#matrix thead th:not(.corner)')].map(th => th.textContent.trim())");
        assertEquals(subjects.size(), named.size());
        for (int i = 0; i < subjects.size(); i++) assertTrue(named.get(i).contains(subjects.get(i)), site.name() + ": each line names its subject: " + named);
      });
    }
  }

  /** Every kind of page, loaded one after another in one tab. */
  @Test
  void at360PixelsNoPageScrollsSideways() {
    try (Chromium.Tab tab = chromium.tab(true)) {
      for (ServedSite site : guides.sites()) {
        for (String path : site.onePagePerKind().values()) {
          Number overflow = (Number) tab.load(site.url(path), 360, 740).evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
          assertEquals(0, overflow.intValue(), site.name() + " " + path + " scrolls sideways by " + overflow + " px");
        }
      }
    }
  }

  @Test
  void at1280PixelsTwoSubjectsFitWithoutAScrollbar() {
    List<String> twoColumnTables = new ArrayList<>();
    for (ServedSite site : guides.sites()) {
      for (String path : site.pages("compare")) {
        chromium.visit(site.url(path), 1280, 900, true, page -> {
          if (page.locator("#matrix thead th[scope=col]:not(.corner)").count() != 2) return;
          twoColumnTables.add(site.name() + " " + path);
          assertEquals("table", page.evaluate("() => getComputedStyle(document.getElementById('matrix')).display"), site.name() + " " + path);
          Number overflow = (Number) page.evaluate("() => document.getElementById('matrix').getBoundingClientRect().right - document.querySelector('.table-wrap').getBoundingClientRect().right");
          assertTrue(overflow.doubleValue() <= 0.5, site.name() + " " + path + " table overflows by " + overflow + " px");
        });
      }
    }
    assertTrue(twoColumnTables.size() >= 4, "the Django vs Flask table and the fixture's three pairs: " + twoColumnTables);
  }

  @Test
  void withoutJavaScriptEveryRowAndCellIsVisibleAndLinksWork() {
    for (ServedSite site : guides.sites()) {
      // even a URL that asks for filters shows everything when no script runs
      chromium.visit(site.url(site.page("compare")) + "?diff=1&group=x", 1280, 900, false, page -> {
        assertEquals(allRows(page), visibleRows(page), site.name());
        Number hiddenCells = (Number) page.evaluate("() => [...document.querySelectorAll('#matrix td, #matrix th')].filter(c => !c.checkVisibility()).length");
        assertEquals(0, hiddenCells.intValue(), site.name() + ": hidden cells");
        assertFalse(page.isVisible("#filters"), "filters that cannot work are not shown");
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) page.evaluate("() => [...document.querySelectorAll('#matrix a[href]')].map(a => a.href)");
        Set<String> pages = new LinkedHashSet<>();
        for (String href : hrefs) pages.add(href.contains("#") ? href.substring(0, href.indexOf('#')) : href);
        for (String url : pages) {
          APIResponse response = page.request().get(url);
          assertEquals(200, response.status(), url);
        }
        String criterion = page.getAttribute("#matrix tr.row th[scope=row] a", "href");
        page.click("#matrix tr.row th[scope=row] a");
        assertTrue(page.url().endsWith(criterion), page.url());
        assertEquals("criterion", page.evaluate("() => document.body.className.replace('kind-', '')"));
      });
    }
  }

  @Test
  void keyboardReachesTheFiltersRowOrdersAndEveryCellLinkInOrderWithAVisibleFocusRing() {
    for (ServedSite site : guides.sites()) {
      chromium.visit(site.url(site.page("compare")), 1280, 900, true, page -> {
        @SuppressWarnings("unchecked")
        List<String> expected = (List<String>) page.evaluate("""
            () => ['filter-diff', 'filter-group',
                   ...[...document.querySelectorAll('#since-form select, #since-form a[href]')].map(e => e.id || e.getAttribute('href')),
                   ...[...document.querySelectorAll('#sort')].map(s => s.id),
                   ...[...document.querySelectorAll('.subject-toggles summary')].map(s => 'SUMMARY'),
                   ...[...document.querySelectorAll('#matrix a[href]')].map(a => a.getAttribute('href'))]""");
        String describe = """
            () => { const e = document.activeElement; const s = getComputedStyle(e);
              return {key: e.id || e.getAttribute('href') || e.tagName,
                      ring: e.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2}; }""";
        List<String> reached = new ArrayList<>();
        for (int presses = 0; presses < 60 && !"filter-diff".equals(reached.isEmpty() ? null : reached.get(reached.size() - 1)); presses++) {
          page.keyboard().press("Tab");
          @SuppressWarnings("unchecked")
          Map<String, Object> now = (Map<String, Object>) page.evaluate(describe);
          reached.add((String) now.get("key"));
        }
        assertEquals("filter-diff", reached.get(reached.size() - 1), "Tab never reached the filters: " + reached);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
          if (i > 0) page.keyboard().press("Tab");
          @SuppressWarnings("unchecked")
          Map<String, Object> now = (Map<String, Object>) page.evaluate(describe);
          order.add((String) now.get("key"));
          assertTrue((Boolean) now.get("ring"), site.name() + ": no visible focus ring on " + now.get("key"));
        }
        assertEquals(expected, order, site.name());
        assertNotEquals(0, expected.size());
      });
    }
  }
}

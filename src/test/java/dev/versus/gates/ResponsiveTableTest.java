package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison table from a small phone to a desktop (issue 23, item 1): guides of 2, 3, 4 and 12 subjects,
 * each table (the comparison page, a pair page, the home page's matrix) at 320, 390 and 1280 px. Every answer's
 * box lies inside the screen, the page never scrolls sideways, no box around the table scrolls, and on a
 * 1280x800 desktop the comparison page's first row shows without scrolling.
 */
@Tag("browser")
class ResponsiveTableTest {
  static final List<Integer> SUBJECTS = List.of(2, 3, 4, 12);
  static final List<Integer> WIDTHS = List.of(320, 390, 1280);

  @TempDir
  static Path tmp;
  @RegisterExtension
  static final Chromium chromium = new Chromium();
  static final List<ServedSite> sites = new ArrayList<>();

  @BeforeAll
  static void serve() {
    for (int n : SUBJECTS) sites.add(ServedSite.start("subjects-" + n, WideGuide.write(tmp.resolve("src"), n), tmp.resolve("out")));
  }

  @AfterAll
  static void stop() {
    sites.forEach(ServedSite::close);
  }

  /** The pages holding a table: the comparison page, one pair page (three subjects or more) and the home page. */
  static List<String> tables(ServedSite site) {
    List<String> pages = new ArrayList<>(List.of(site.page("compare"), site.page("home")));
    site.pages("compare").stream().filter(p -> p.contains("-vs-")).findFirst().ifPresent(pages::add);
    return pages;
  }

  /**
   * What a reader would have to scroll for: the page's sideways overflow, every box around the table that
   * scrolls or clips (overflow other than visible, with content wider or taller than itself), and the answers
   * (cells shown) whose box leaves the screen.
   */
  static final String MEASURE = """
      () => {
        const doc = document.documentElement, table = document.querySelector('table.matrix');
        const boxes = [];
        for (let e = table; e && e !== doc; e = e.parentElement) {
          const s = getComputedStyle(e);
          const scrolls = ['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX) || ['auto', 'scroll'].includes(s.overflowY);
          if (scrolls || e.scrollWidth > e.clientWidth + 1) boxes.push(e.tagName + '.' + e.className + ' ' + s.overflowX + '/' + s.overflowY);
        }
        const outside = [...table.querySelectorAll('tr.row > td')].filter(td => td.checkVisibility()).filter(td => {
          const r = td.getBoundingClientRect();
          return r.left < -0.5 || r.right > doc.clientWidth + 0.5;
        }).map(td => td.closest('tr').id + ':' + td.cellIndex);
        return {overflow: doc.scrollWidth - doc.clientWidth, boxes, outside, cells: table.querySelectorAll('tr.row > td').length};
      }""";

  /** Each page is loaded afresh at each width; the loads with JavaScript, and those without, share a tab. */
  @Test
  void everyAnswerIsReadableWithoutScrollingSideways() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (boolean script : List.of(true, false)) {
      try (Chromium.Tab tab = chromium.tab(script)) {
        for (ServedSite site : sites) {
          for (String path : tables(site)) {
            for (int width : WIDTHS) {
              Map<String, Object> m = measure(tab.load(site.url(path), width, 800));
              String where = site.name() + " " + path + " at " + width + " px" + (script ? "" : " without JavaScript");
              if (((Number) m.get("overflow")).intValue() != 0) failures.add(where + ": the page scrolls sideways by " + m.get("overflow") + " px");
              if (!((List<?>) m.get("boxes")).isEmpty()) failures.add(where + ": boxes around the table scroll or overflow: " + m.get("boxes"));
              if (!((List<?>) m.get("outside")).isEmpty()) failures.add(where + ": answers outside the screen: " + m.get("outside"));
              assertTrue(((Number) m.get("cells")).intValue() >= 2 * 6, where + ": the table has its cells");
              checked++;
            }
          }
        }
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(SUBJECTS.size() * WIDTHS.size() * 2 * 3 - WIDTHS.size() * 2, checked, "two subjects have no pair page");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> measure(Page page) {
    return (Map<String, Object>) page.evaluate(MEASURE);
  }

  @Test
  void onADesktopTheFirstRowsShowWithoutScrolling() {
    for (ServedSite site : sites) {
      chromium.visit(site.url(site.page("compare")), 1280, 800, true, page -> {
        Number bottom = (Number) page.evaluate("() => document.querySelector('#matrix tr.row').getBoundingClientRect().bottom");
        assertTrue(bottom.doubleValue() <= 800, site.name() + ": the first row ends " + bottom + " px down a 800 px screen");
      });
    }
  }

  /**
   * Cards change the display of the table's elements, which in some browsers drops their table semantics: in
   * Chromium's own accessibility tree (read over CDP, not recomputed by Playwright) the cards are still a table
   * whose cells have column headers, and a cell's accessible text does not repeat the subject drawn before it.
   */
  @Test
  void cardsKeepTheTableSemantics() {
    ServedSite site = sites.get(2);
    try (var context = chromium.context(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 800))) {
      Page page = context.newPage();
      page.navigate(site.url(site.page("compare")));
      assertEquals("block", page.evaluate("() => getComputedStyle(document.getElementById('matrix')).display"), "cards at 390 px");
      com.google.gson.JsonObject tree = context.newCDPSession(page).send("Accessibility.getFullAXTree");
      Map<String, Integer> roles = new java.util.TreeMap<>();
      List<String> cellNames = new ArrayList<>();
      for (var node : tree.getAsJsonArray("nodes")) {
        var o = node.getAsJsonObject();
        if (!o.has("role") || o.get("ignored").getAsBoolean()) continue;
        String role = o.getAsJsonObject("role").get("value").getAsString();
        roles.merge(role, 1, Integer::sum);
        if (role.equals("cell") && o.has("name")) cellNames.add(o.getAsJsonObject("name").get("value").getAsString());
      }
      int cells = page.locator("#matrix td").count();
      assertEquals(1, roles.getOrDefault("table", 0), "one table: " + roles);
      assertEquals(cells, roles.getOrDefault("cell", 0), "every answer is a cell: " + roles);
      assertEquals(4 + 1 + 2, roles.getOrDefault("columnheader", 0), "the header row and the two group rows: " + roles);
      assertEquals(6, roles.getOrDefault("rowheader", 0), "one per criterion: " + roles);
      assertTrue(cellNames.stream().noneMatch(n -> WideGuide.NAMES.stream().anyMatch(s -> n.contains(s + ":"))), "the drawn subject name is not read twice: " + cellNames);
    }
  }
}

package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * axe-core (every rule that is not experimental, WCAG 2.x A/AA and best practices) in headless Chromium on one
 * page of every kind of both guides, in the light and the dark colour scheme: zero violations.
 *
 * <p>Each page is loaded once and checked in both schemes: axe runs, the page's colour scheme is switched by
 * media emulation (the theme's colours are media queries, with no transitions and no script reading the scheme),
 * and axe runs again; both schemes' violations are reported together. axe runs in the page itself ({@code
 * axe.run}, as pa11y and @axe-core/cli run it; a page with frames fails the check instead of going unchecked),
 * and with {@code resultTypes: ["violations"]}, axe's option for large pages: every rule runs as before and every
 * violating node is listed, while passes and incomplete results keep one node each, so they no longer go to Java
 * and back through a second page for {@code axe.finishRun}. What remains is axe's own work: on the print view,
 * which holds every article, its colour-contrast rule takes most of a run.
 */
@Tag("browser")
class AccessibilityTest {
  static final List<ColorScheme> SCHEMES = List.of(ColorScheme.LIGHT, ColorScheme.DARK);

  @RegisterExtension
  static final Chromium chromium = new Chromium();
  @RegisterExtension
  static final ServedGuides guides = new ServedGuides();

  @TestFactory
  Stream<DynamicTest> noViolationsOnAnyPageKindInEitherScheme() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ServedSite site : guides.sites()) {
      for (Map.Entry<String, String> page : site.onePagePerKind().entrySet()) {
        String name = site.name() + " " + page.getKey() + " (" + page.getValue() + ")";
        tests.add(DynamicTest.dynamicTest(name + " light and dark", () -> assertNoViolations(name, site.url(page.getValue()))));
      }
    }
    return tests.stream();
  }

  private static void assertNoViolations(String name, String url) {
    assertEquals(List.of(), violations(name, 1280, page -> page.navigate(url)), name + " " + url);
  }

  /** What scripts add to a page (search results, a table with a subject hidden) and the table drawn as cards on a phone. */
  @TestFactory
  Stream<DynamicTest> noViolationsInSearchResultsOrWithASubjectHidden() {
    List<DynamicTest> tests = new ArrayList<>();
    String search = guides.djangoFlask().root() + "search/?q=flask";
    tests.add(DynamicTest.dynamicTest("search results", () -> assertEquals(List.of(), violations("search results", 1280, page -> {
      page.navigate(search);
      page.waitForSelector("#search-results mark");
    }), search)));
    for (ServedSite site : guides.sites()) {
      String compareUrl = site.url(site.page("compare"));
      String name = site.name() + " table as cards at 390 px";
      tests.add(DynamicTest.dynamicTest(name, () ->
          assertEquals(List.of(), violations(name, 390, page -> page.navigate(compareUrl)), compareUrl + " at 390 px")));
    }
    String compare = guides.three().url("compare/index.html") + "?hide=coffee";
    tests.add(DynamicTest.dynamicTest("subject hidden", () -> assertEquals(List.of(), violations("subject hidden", 1280, page -> {
      page.navigate(compare);
      page.click(".subject-toggles summary"); // the toggles are folded: open them, so axe sees them too
      page.waitForSelector("#subject-status:has-text('2 of 3')");
    }), compare)));
    return tests.stream();
  }

  /** A canary: axe on a page with known faults must find them, or the gate above proves nothing. */
  @Test
  void axeFindsKnownViolations() {
    try (BrowserContext context = chromium.context(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK))) {
      Page page = context.newPage();
      page.setContent("""
          <!DOCTYPE html><html><head><title>canary</title></head><body><main>
          <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
          <p style="color:#777;background:#888">low contrast</p></main></body></html>""");
      List<String> ids = axe(page).getViolations().stream().map(Rule::getId).toList();
      assertTrue(ids.containsAll(List.of("image-alt", "color-contrast", "html-has-lang")), ids.toString());
    }
  }

  /**
   * Issue 28's cells, which neither served guide has: an unknown answer ("? Unknown" and its reason, its own colour),
   * a number row's bars, the data-quality figures and the score bars, in both schemes.
   */
  @Test
  void noViolationsOnUnknownCellsBarsAndQualityFigures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path source = dir.resolve("tools");
    dev.versus.pipeline.UnknownFixture.write(source, true);
    try (ServedSite site = ServedSite.start("unknown", source, dir)) {
      for (String page : List.of("compare/index.html", "criteria/speed/index.html", "subjects/gamma/index.html",
          "choose/all/index.html", "sources/index.html", "changes/index.html", "print/index.html")) {
        assertNoViolations("unknown " + page, site.url(page));
      }
    }
  }

  /**
   * Round 10: an author's heading that skips a level ({@code ##} then {@code ####}, or an article's first heading a
   * {@code ###} under its title) failed axe's heading-order rule; the build lowers it (HeadingOrder), on the article,
   * the criterion page and in the print view that holds both.
   */
  @Test
  void noViolationsWhereAnAuthorSkipsHeadingLevels(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path source = dev.versus.TestSites.fixture("three", dir.resolve("guide"));
    java.nio.file.Files.writeString(source.resolve("articles/evening.md"), "---\ntitle: \"The evening cup\"\ndate: 2025-01-12\n---\n"
        + "### Straight to three\n\nText.\n\n## Winding down\n\nText.\n\n#### Deeper\n\nText.\n\n> ###### In a quote\n");
    java.nio.file.Path caffeine = source.resolve("criteria/caffeine.md");
    java.nio.file.Files.writeString(caffeine, java.nio.file.Files.readString(caffeine) + "\n#### Too deep\n\nText.\n");
    try (ServedSite site = ServedSite.start("headings", source, dir, 4)) {
      for (String page : List.of("articles/evening/index.html", "criteria/caffeine/index.html", "print/index.html")) {
        assertNoViolations("headings " + page, site.url(page));
      }
    }
  }

  /**
   * Loads a page with {@code load} in a fresh context {@code width} CSS pixels wide and runs axe on it in the light
   * and then the dark scheme: every violation of either, each line naming its scheme.
   */
  private static List<String> violations(String name, int width, java.util.function.Consumer<Page> load) {
    try (BrowserContext context = chromium.context(new Browser.NewContextOptions().setColorScheme(SCHEMES.get(0)).setViewportSize(width, 720))) {
      Page page = context.newPage();
      load.accept(page);
      List<String> out = new ArrayList<>();
      for (ColorScheme scheme : SCHEMES) {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
        boolean dark = (Boolean) page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches");
        assertEquals(scheme == ColorScheme.DARK, dark, "the emulated colour scheme is in force");
        AxeResults results = axe(page);
        String where = name + " " + scheme.name().toLowerCase();
        System.out.printf("axe %s: %d violations, %d passes, %d incomplete%n", where, results.getViolations().size(),
            results.getPasses().size(), results.getIncomplete().size());
        describe(results.getViolations()).forEach(v -> out.add(where + ": " + v));
      }
      return out;
    }
  }

  /** axe.run on the loaded page, violations in full (see the class comment). */
  private static AxeResults axe(Page page) {
    assertEquals(1, page.frames().size(), "axe.run in the page reaches no frame; a page with frames needs AxeBuilder's runs per frame");
    AxeRunOptions options = new AxeRunOptions();
    options.setResultTypes(List.of("violations"));
    AxeResults results = new AxeBuilder(page).setLegacyMode(true).options(options).analyze();
    assertFalse(results.isErrored(), results.getErrorMessage());
    return results;
  }

  private static List<String> describe(List<Rule> violations) {
    List<String> out = new ArrayList<>();
    for (Rule r : violations) {
      for (CheckedNode n : r.getNodes()) {
        out.add(r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at " + n.getTarget() + " " + n.getHtml()
            + " -- " + n.getFailureSummary().replace('\n', ' '));
      }
    }
    return out;
  }
}

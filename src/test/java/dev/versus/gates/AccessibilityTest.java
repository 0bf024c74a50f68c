package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 */
@Tag("browser")
class AccessibilityTest {
  @RegisterExtension
  static final Chromium chromium = new Chromium();
  @RegisterExtension
  static final ServedGuides guides = new ServedGuides();

  @TestFactory
  Stream<DynamicTest> noViolationsOnAnyPageKindInEitherScheme() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ServedSite site : guides.sites()) {
      for (Map.Entry<String, String> page : site.onePagePerKind().entrySet()) {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
          String name = site.name() + " " + page.getKey() + " (" + page.getValue() + ") " + scheme.name().toLowerCase();
          tests.add(DynamicTest.dynamicTest(name, () -> assertNoViolations(name, site.url(page.getValue()), scheme)));
        }
      }
    }
    return tests.stream();
  }

  private static void assertNoViolations(String name, String url, ColorScheme scheme) {
    AxeResults results = analyze(scheme, page -> page.navigate(url));
    System.out.printf("axe %s: %d violations, %d passes, %d incomplete%n", name, results.getViolations().size(),
        results.getPasses().size(), results.getIncomplete().size());
    assertEquals(List.of(), describe(results.getViolations()), name + " " + url);
  }

  /** What scripts add to a page (search results, a table with a subject hidden) and the table drawn as cards on a phone. */
  @TestFactory
  Stream<DynamicTest> noViolationsInSearchResultsOrWithASubjectHidden() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
      String search = guides.djangoFlask().root() + "search/?q=flask";
      tests.add(DynamicTest.dynamicTest("search results " + scheme, () -> {
        AxeResults results = analyze(scheme, page -> {
          page.navigate(search);
          page.waitForSelector("#search-results mark");
        });
        assertEquals(List.of(), describe(results.getViolations()), search);
      }));
      for (ServedSite site : guides.sites()) {
        String compareUrl = site.url(site.page("compare"));
        tests.add(DynamicTest.dynamicTest(site.name() + " table as cards at 390 px " + scheme, () -> {
          AxeResults results = analyze(scheme, 390, page -> page.navigate(compareUrl));
          assertEquals(List.of(), describe(results.getViolations()), compareUrl + " at 390 px");
        }));
      }
      ServedSite three = guides.sites().stream().filter(s -> s.name().equals("three")).findFirst().orElseThrow();
      String compare = three.url("compare/index.html") + "?hide=coffee";
      tests.add(DynamicTest.dynamicTest("subject hidden " + scheme, () -> {
        AxeResults results = analyze(scheme, page -> {
          page.navigate(compare);
          page.click(".subject-toggles summary"); // the toggles are folded: open them, so axe sees them too
          page.waitForSelector("#subject-status:has-text('2 of 3')");
        });
        assertEquals(List.of(), describe(results.getViolations()), compare);
      }));
    }
    return tests.stream();
  }

  /** A canary: axe on a page with known faults must find them, or the gate above proves nothing. */
  @Test
  void axeFindsKnownViolations() {
    AxeResults results = analyze(ColorScheme.DARK, page -> page.setContent("""
        <!DOCTYPE html><html><head><title>canary</title></head><body><main>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <p style="color:#777;background:#888">low contrast</p></main></body></html>"""));
    List<String> ids = results.getViolations().stream().map(Rule::getId).toList();
    assertTrue(ids.containsAll(List.of("image-alt", "color-contrast", "html-has-lang")), ids.toString());
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
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
          String name = "unknown " + page + " " + scheme.name().toLowerCase();
          assertNoViolations(name, site.url(page), scheme);
        }
      }
    }
  }

  private static AxeResults analyze(ColorScheme scheme, java.util.function.Consumer<Page> load) {
    return analyze(scheme, 1280, load);
  }

  private static AxeResults analyze(ColorScheme scheme, int width, java.util.function.Consumer<Page> load) {
    try (BrowserContext context = chromium.context(new Browser.NewContextOptions().setColorScheme(scheme).setViewportSize(width, 720))) {
      Page page = context.newPage();
      load.accept(page);
      boolean dark = (Boolean) page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches");
      assertEquals(scheme == ColorScheme.DARK, dark, "the emulated colour scheme is in force");
      return new AxeBuilder(page).analyze();
    }
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

package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A guide rewords the theme in its own i18n/en.yaml: the pages show its words, escaped as text. */
class GuideStringsTest {
  @TempDir
  Path tmp;

  @Test
  void aGuidesStringsReplaceTheThemesOnItsPages() {
    Path source = TestSites.fixture("three", tmp);
    TestSites.write(source, """
        -- i18n/en.yaml --
        # the navigation and breadcrumbs come from Java, the rest from the templates
        nav.compare: "The table"
        crumbs.home: "Tea & <Home>"
        compare.title: "{site}, side by side"
        criterion.verdicts: "What each one gets"
        cell.passages:
          one: "one passage"
          other: "{count} quotes"
        footer.builtWit: "Made with Versus"
        """);
    Path out = tmp.resolve("site");
    BuildResult r = TestSites.build(source, out);
    assertEquals(List.of("i18n/en.yaml:9:1: warning: unknown UI string `footer.builtWit` is ignored; did you mean"
        + " `footer.builtWith`?; the theme's i18n/en.yaml lists every key a guide may reword"),
        r.diagnostics().stream().map(Diagnostic::format).toList());

    String criterion = TestSites.read(out.resolve("criteria/price/index.html"));
    assertTrue(criterion.contains(">The table</a>"), "the navigation");
    assertTrue(criterion.contains(">Tea &amp; &lt;Home&gt;</a>"), "a string is text: the breadcrumb escapes it");
    assertTrue(criterion.contains("<h2 id=\"verdicts-title\">What each one gets</h2>"), "a template's heading");
    assertTrue(criterion.contains("Built with Versus"), "the misspelt key changed nothing");

    String compare = TestSites.read(out.resolve("compare/index.html"));
    assertTrue(compare.contains("<h1>Tea vs Coffee vs Cocoa, side by side</h1>"), "a page title made in Java, with its placeholder");
    assertTrue(compare.matches("(?s).*>\\d+ quotes</a>.*") || compare.contains(">one passage</a>"), "a plural form chosen by count");
  }

  /**
   * An empty UI string ({@code crumbs.home: ""}) made a breadcrumb link with no words, which fails accessibility
   * (axe's link-name), with no word from the build: the theme's text is kept, with a warning at the value.
   */
  @Test
  void anEmptyStringKeepsTheThemesTextWithAWarning() {
    Path source = TestSites.fixture("three", tmp);
    TestSites.write(source, """
        -- i18n/en.yaml --
        crumbs.home: ""
        nav.compare: "  "
        """);
    Path out = tmp.resolve("site");
    BuildResult r = TestSites.build(source, out);
    String why = " is empty, so a link, button or label would show no words (nothing for a screen reader to read); the"
        + " theme's text is kept: write the words to show, or override the template that shows it to leave it out"
        + " (docs/theming.md)";
    assertEquals(List.of("i18n/en.yaml:1:14: warning: UI string `crumbs.home`" + why,
        "i18n/en.yaml:2:14: warning: UI string `nav.compare`" + why), r.diagnostics().stream().map(Diagnostic::format).toList());
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(TestSites.read(out.resolve("criteria/price/index.html")));
    for (org.jsoup.nodes.Element a : page.select("a")) {
      assertTrue(!a.text().isBlank() || a.selectFirst("img[alt], svg[aria-label]") != null || a.hasAttr("aria-label"), a.outerHtml());
    }
  }
}

package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide of more than eight subjects (issue 25): its comparison page shows site.yaml's {@code featured}
 * columns until the reader adds others, in headless Chromium on a phone (390 px) and a laptop (1280 px);
 * {@code ?subjects=} picks any others, and the page never scrolls sideways (only the table's own region does).
 */
@Tag("browser")
class FeaturedColumnsTest {
  @RegisterExtension
  static final Chromium chromium = new Chromium();
  @TempDir
  static Path dir;
  static ServedSite ten;

  @BeforeAll
  static void serve() {
    StringBuilder files = new StringBuilder("""
        -- site.yaml --
        title: "Ten subjects"
        description: "More subjects than one screen shows."
        base_url: "https://example.org/ten/"
        subjects: [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10]
        featured: [s07, s03]
        groups: [{key: g, title: "Group"}]
        legend: [{key: yes, label: "Yes", symbol: "●", meaning: "Has it"}, {key: no, label: "No", symbol: "○", meaning: "Lacks it"}]
        -- sources.yaml --
        - {id: doc, title: "The docs", publisher: "Example", date: 2024-01-01}
        """);
    for (int s = 1; s <= 10; s++) {
      files.append(String.format("-- subjects/s%02d.md --%n---%ntitle: \"Subject %d\"%n---%nSubject %d.%n", s, s, s));
    }
    for (int c = 1; c <= 3; c++) {
      files.append(String.format("-- criteria/c%d.md --%n---%ntitle: \"Criterion %d\"%ngroup: g%norder: %d%nquestion: \"Does it?\"%nverdicts:%n",
          c, c, c));
      for (int s = 1; s <= 10; s++) {
        files.append(String.format("  s%02d: {level: %s, summary: \"Answer %d.\", sources: [doc]}%n", s, (s + c) % 2 == 0 ? "yes" : "no", s));
      }
      files.append("---\nWhy it matters.\n");
    }
    TestSites.write(dir.resolve("guide"), files.toString());
    ten = ServedSite.start("ten", dir.resolve("guide"), dir);
  }

  @AfterAll
  static void stop() {
    ten.close();
  }

  private static void check(int width) {
    chromium.visit(ten.url("compare/index.html"), width, 900, true, page -> {
      assertEquals(List.of("Criterion", "Subject 3", "Subject 7"), SubjectTogglesTest.visibleHeaders(page),
          width + " px: the featured subjects, in the table's order");
      assertEquals(10, page.locator("#subject-choice input[name=subject]").count(), "every subject can be added");
      assertTrue(page.url().endsWith("compare/"), "the featured choice is the default: nothing in the URL");
      page.check("#subject-choice input[value=s10]");
      assertEquals(List.of("Criterion", "Subject 3", "Subject 7", "Subject 10"), SubjectTogglesTest.visibleHeaders(page));
      assertTrue(page.url().endsWith("compare/?subjects=s03,s07,s10"), page.url());
      assertEquals(width, ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue(),
          width + " px: the page itself never scrolls sideways");
    });
    chromium.visit(ten.url("compare/index.html") + "?subjects=s01,s09", width, 900, true, page ->
        assertEquals(List.of("Criterion", "Subject 1", "Subject 9"), SubjectTogglesTest.visibleHeaders(page)));
  }

  /**
   * Rows sorted by a subject that is not featured (the old {@code compare/by/<subject>/} pages redirect to
   * {@code ?sort=}) show that subject's column too: a table "where Subject 5 leads" without Subject 5 says
   * nothing. So does a subject picked in the "Rows:" menu.
   */
  @Test
  void sortingBySubjectShowsItsColumn() {
    chromium.visit(ten.url("compare/index.html") + "?sort=s05", 1280, 900, true, page -> {
      assertEquals(List.of("Criterion", "Subject 3", "Subject 5", "Subject 7"), SubjectTogglesTest.visibleHeaders(page));
      page.selectOption("#sort", "s09");
      assertEquals(List.of("Criterion", "Subject 3", "Subject 5", "Subject 7", "Subject 9"), SubjectTogglesTest.visibleHeaders(page));
      assertTrue(page.url().endsWith("compare/?sort=s09&subjects=s03,s05,s07,s09"), page.url());
    });
  }

  /** {@code ?hide=} works here too, as on a page without featured columns: every subject but those it names. */
  @Test
  void hideShowsEverySubjectButTheHiddenOnes() {
    chromium.visit(ten.url("compare/index.html") + "?hide=s02,s04", 1280, 900, true, page ->
        assertEquals(List.of("Criterion", "Subject 1", "Subject 3", "Subject 5", "Subject 6", "Subject 7", "Subject 8", "Subject 9",
            "Subject 10"), SubjectTogglesTest.visibleHeaders(page)));
  }

  @Test
  void aPhoneShowsTheFeaturedColumns() {
    check(390);
  }

  @Test
  void aLaptopShowsTheFeaturedColumns() {
    check(1280);
  }
}

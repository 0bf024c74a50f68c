package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.BuiltSite;
import dev.versus.InlineGuide;
import dev.versus.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Since" versions with their release dates, end to end, in a French guide: the month comes from the site's
 * language ("septembre 2018"), the sentence from the theme's words, which the guide's own i18n/fr.yaml rewords.
 * A {@code since} that is not among the subject's releases shows without a date, and is warned about.
 */
class SinceSiteTest {
  @TempDir
  static Path tmp;
  static BuiltSite site;

  @BeforeAll
  static void build() {
    Path source = tmp.resolve("langs");
    InlineGuide.titled("Pâte contre Riz", "Deux féculents.", "https://example.org/").language("fr")
        .subjects("pate", "riz: Riz: Riz.")
        .groups("base: Base")
        .scale("support", "built-in: Inclus: ●: Fourni", "none: Absent: ○: Non fourni")
        .sources("guide: Le Guide")
        .files("""
            -- i18n/fr.yaml --
            cell.since: "depuis {version} ({date})"
            cell.since.undated: "depuis {version}"
            -- subjects/pate.md --
            ---
            title: "Pâte"
            releases:
              "3.25": 2018-09-12
              "4.0": 2021-02-01
            ---
            Pâte.
            """)
        .criterion("sauce: Sauce: Y a-t-il une sauce ?", "base", 0, """
            verdicts:
              pate: {level: built-in, summary: "Oui.", sources: [guide], since: "3.25"}
              riz: {level: none, summary: "Non.", sources: [guide], since: "2.0"}
            """, "Sauce.")
        .write(source);
    site = BuiltSite.build(source, tmp.resolve("site"));
  }

  @Test
  void aSinceMissingFromTheReleasesIsAWarningListingThem() {
    assertEquals(List.of("criteria/sauce.md:7:64: warning: `since: \"2.0\"` is not a release of Riz, so it shows without a"
        + " date: add `releases: {\"2.0\": YYYY-MM-DD}` to subjects/riz.md"),
        site.result().diagnostics().stream().map(Diagnostic::format).toList());
  }

  @Test
  void cellsSayTheReleaseWithItsMonthInTheSiteLanguage() {
    assertEquals(List.of("depuis 3.25 (septembre 2018)", "depuis 2.0"), site.page("compare").select("tr#sauce td .since").eachText());
    assertEquals(List.of("depuis 3.25 (septembre 2018)", "depuis 2.0"), site.page("criteria/sauce").select(".verdict .since").eachText());
    assertEquals(List.of("depuis 3.25 (septembre 2018)", "depuis 2.0"),
        site.page("print").select("section.criterion table.verdicts .since").eachText());
  }
}

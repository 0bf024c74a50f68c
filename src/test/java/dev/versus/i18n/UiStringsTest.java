package dev.versus.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The strings object and how the files of a theme chain make it: a guide's key wins over the theme's,
 * a missing one falls back key by key (language, then English; guide, then theme), plural forms follow
 * the count, placeholders are filled, and a guide's mistakes are reported where they are written.
 */
class UiStringsTest {
  @TempDir
  Path tmp;

  /** A chain of a guide and a theme, written inline; the theme plays the built-in one (the last root). */
  private I18nFiles chain(String guideFiles, String themeFiles, Diagnostics diags) {
    Path guide = tmp.resolve("guide");
    Path theme = tmp.resolve("theme");
    TestSites.write(guide, guideFiles);
    TestSites.write(theme, themeFiles);
    return I18nFiles.read(List.of(guide, theme), diags);
  }

  private static final String THEME = """
      -- i18n/en.yaml --
      nav.compare: "Compare"
      crumbs.home: "Home"
      cell.passages:
        one: "{count} passage"
        other: "{count} passages"
      compare.title: "{site}: full comparison"
      join.separator: ", "
      join.last: "{first} and {last}"
      note.html: "<em>{name}</em>'s note"
      -- i18n/fr.yaml --
      nav.compare: "Comparer"
      """;

  @Test
  void theGuidesKeyWinsAndTheOthersFallBackToTheTheme() {
    Diagnostics diags = new Diagnostics();
    UiStrings s = chain("-- i18n/en.yaml --\ncrumbs.home: \"Start\"\n", THEME, diags).resolve("en", diags);
    assertEquals(List.of(), diags.sorted());
    assertEquals("Start", s.text("crumbs.home"));
    assertEquals("Compare", s.text("nav.compare"));
  }

  @Test
  void aLanguagesFileComesFirstAndEnglishFillsWhatItLacks() {
    Diagnostics diags = new Diagnostics();
    UiStrings s = chain("-- i18n/en.yaml --\nnav.compare: \"Table\"\ncrumbs.home: \"Start\"\n", THEME, diags).resolve("fr-CA", diags);
    assertEquals("Comparer", s.text("nav.compare"), "the theme's fr.yaml (fr-CA's primary language) before the guide's en.yaml");
    assertEquals("Start", s.text("crumbs.home"), "no fr.yaml has it: the guide's English");
  }

  @Test
  void pluralFormsFollowTheCountAndPlaceholdersAreFilled() {
    Diagnostics diags = new Diagnostics();
    UiStrings s = chain("", THEME, diags).resolve("en", diags);
    assertEquals("1 passage", s.format("cell.passages", Map.of("count", 1)));
    assertEquals("0 passages", s.format("cell.passages", Map.of("count", 0L)));
    assertEquals("12 passages", s.format("cell.passages", Map.of("count", 12)));
    assertEquals("Tea & Co: full comparison", s.text("compare.title", "site", "Tea & Co"), "text stays text: the template escapes it");
    assertEquals("Tea, Coffee and Cocoa", s.join(List.of("Tea", "Coffee", "Cocoa")));
    assertEquals("<em>&lt;b&gt; &amp; O&#39;Neil</em>'s note", s.text("note.html", "name", "<b> & O'Neil"),
        "an HTML key keeps its markup and escapes its arguments");
  }

  @Test
  void aWrongLookupSaysWhatIsWrong() {
    Diagnostics diags = new Diagnostics();
    UiStrings s = chain("", THEME, diags).resolve("en", diags);
    assertEquals("unknown UI string `nav.compre`; did you mean `nav.compare`? (the theme's i18n/en.yaml lists every key)",
        assertThrows(IllegalArgumentException.class, () -> s.text("nav.compre")).getMessage());
    assertEquals("UI string `compare.title` needs the argument `site`",
        assertThrows(IllegalArgumentException.class, () -> s.text("compare.title")).getMessage());
    assertEquals("UI string `cell.passages` has plural forms: pass a number as `count`",
        assertThrows(IllegalArgumentException.class, () -> s.text("cell.passages")).getMessage());
  }

  @Test
  void aGuidesUnknownKeyIsAWarningAtItsPositionWithADidYouMean() {
    Diagnostics diags = new Diagnostics();
    UiStrings s = chain("""
        -- i18n/en.yaml --
        crumbs.home: "Start"
        nav.compre: "Table"
        cell.passages:
          one: "{count} passage"
          few: "{count} passages"
          other: "{count} passages"
        compare.title: "{stie}: everything"
        """, THEME, diags).resolve("en", diags);
    assertEquals(List.of(
        "i18n/en.yaml:2:1: warning: unknown UI string `nav.compre` is ignored; did you mean `nav.compare`?; the theme's i18n/en.yaml lists every key a guide may reword",
        "i18n/en.yaml:5:3: warning: unknown plural form `few` of `cell.passages` is ignored; English has `one` and `other`",
        "i18n/en.yaml:7:16: error: placeholder `{stie}` of UI string `compare.title` is never filled; did you mean `site`?; it takes {site}"),
        diags.sorted().stream().map(Diagnostic::format).toList());
    assertEquals("Compare", s.text("nav.compare"));
    assertEquals("{site}: full comparison".replace("{site}", "Tea"), s.text("compare.title", "site", "Tea"), "the broken override is left out");
  }

  @Test
  void aMalformedFileIsAnErrorAtItsPosition() {
    Diagnostics diags = new Diagnostics();
    chain("-- i18n/en.yaml --\ncrumbs.home: \"Start\n", THEME, diags).resolve("en", diags);
    List<String> messages = diags.sorted().stream().map(Diagnostic::format).toList();
    assertEquals(1, messages.size(), messages.toString());
    assertEquals("i18n/en.yaml:", messages.get(0).substring(0, "i18n/en.yaml:".length()), messages.toString());
  }

  /** A script's words come whole: every string under a prefix, with its plural forms and its placeholders unfilled. */
  @Test
  void aScriptsWordsAreEveryStringUnderAPrefixWithItsForms() {
    Diagnostics diags = new Diagnostics();
    UiStrings s = I18nFiles.read(List.of(tmp, TestSites.repo().resolve("theme")), diags).resolve("en", diags);
    Map<String, Map<String, String>> words = s.forms("search.js.");
    assertEquals(Map.of("one", "{count} result for “{query}”.", "other", "{count} results for “{query}”."), words.get("found"));
    assertEquals(Map.of("other", "Criteria"), words.get("group.criterion"));
    assertTrue(words.keySet().stream().noneMatch(k -> k.startsWith("search.")), words.keySet().toString());
    assertThrows(IllegalArgumentException.class, () -> s.forms("search.jss."));
    assertThrows(IllegalArgumentException.class, () -> s.forms("choose.method"), "an HTML string is no script's word");
  }

  @Test
  void theBuiltInThemeHasEveryKeyItsTemplatesAndVersusAsk() {
    Diagnostics diags = new Diagnostics();
    UiStrings s = I18nFiles.read(List.of(tmp, TestSites.repo().resolve("theme")), diags).resolve("en", diags);
    assertEquals(List.of(), diags.sorted());
    assertEquals("Compare", s.text("nav.compare"));
    assertEquals("3 passages", s.format("cell.passages", Map.of("count", 3)));
  }

  /**
   * The renderer escapes every template value with {@link UiStrings#escape} instead of Pebble's unbescape call: the
   * same bytes as {@code HtmlEscape.escapeHtml4Xml} on random text of markup, ASCII, accents, CJK, surrogate pairs
   * and lone surrogates, and the very string back when there is nothing to escape.
   */
  @Test
  void escapeWritesWhatPebblesHtmlStrategyWrites() {
    java.util.Random random = new java.util.Random(26);
    char[] pool = {'&', '<', '>', '"', '\'', 'a', 'Z', ' ', ';', '#', '\n', 'é', '数', '\u00a0', '\ud83d', '\ude00', '\u2028'};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        sb.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : pool[random.nextInt(pool.length)]);
      }
      String text = sb.toString();
      assertEquals(org.unbescape.html.HtmlEscape.escapeHtml4Xml(text), UiStrings.escape(text), text);
    }
    String plain = "Django 5.1 vs Flask 3.0";
    org.junit.jupiter.api.Assertions.assertSame(plain, UiStrings.escape(plain));
  }
}

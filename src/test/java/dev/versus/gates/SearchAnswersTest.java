package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import dev.versus.InlineGuide;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search as issue 23 (item 7) and issue 24 ("search and Unicode") ask, in headless Chromium on a four-subject
 * guide (PostgreSQL, MySQL, SQLite, DuckDB, with a level, a text and a number criterion) and on the Django vs
 * Flask guide: an answer's words and a level's label find the cell, with the answer as its passage; two
 * subjects' names find the article about them first and no criterion that does not mention them; an unaccented
 * query finds accented text, NFC finds NFD, and Chinese and Japanese words are found inside a sentence, each
 * marked as written.
 */
@Tag("browser")
class SearchAnswersTest {
  @RegisterExtension
  static final Chromium chromium = new Chromium();
  @TempDir
  static Path tmp;
  static ServedSite databases;
  static ServedSite djangoFlask;

  @BeforeAll
  static void serve() throws IOException {
    Path source = tmp.resolve("source");
    InlineGuide.titled("PostgreSQL vs MySQL vs SQLite vs DuckDB", "Four databases compared.", "https://example.org/db/")
        .language("en")
        .subjects("postgresql: PostgreSQL: A database server.", "mysql: MySQL: A database server.",
            "sqlite: SQLite: A database in a file.", "duckdb: DuckDB: A database for analytics.")
        .groups("features: Features")
        .legend("full: Full support: ●: Everything works", "partial: Partial support: ◐: Some of it", "none: Not supported: ○: Not there")
        .sources("docs: The manuals")
        .home("Four databases", "Pick by workload.")
        .criterion("json: JSON documents: Can it store and query JSON?", "features", 1, """
            verdicts:
              postgresql: {level: full, summary: "Indexed jsonb columns.", sources: [docs]}
              mysql: {level: full, summary: "A native JSON type.", sources: [docs]}
              sqlite: {level: partial, summary: "Functions over text.", sources: [docs]}
              duckdb: {level: partial, summary: "An extension reads it.", sources: [docs]}
            """, "Storing documents beside rows.")
        .criterion("licence: Licence: Under which terms is it published?", "features", 2, """
            type: text
            verdicts:
              postgresql: {text: "PostgreSQL License", summary: "A liberal licence of its own.", sources: [docs]}
              mysql: {text: "GPL v2 or commercial", summary: "Dual licensed.", sources: [docs]}
              sqlite: {text: "Public domain", summary: "No licence at all.", sources: [docs]}
              duckdb: {text: "MIT", summary: "A short permissive licence.", sources: [docs]}
            """, "The terms decide who may ship it.")
        .criterion("share: Share of developers: How many developers use it?", "features", 3, """
            type: number
            unit: "%"
            better: higher
            verdicts:
              postgresql: {value: 48.7, summary: "The survey's first.", sources: [docs]}
              mysql: {value: 40.3, summary: "Close behind.", sources: [docs]}
              sqlite: {value: 33.1, summary: "Everywhere, embedded.", sources: [docs]}
              duckdb: {value: 1.4, summary: "New on the list.", sources: [docs]}
            """, "From one survey.")
        .files("""
            -- articles/postgresql-or-mysql.md --
            ---
            title: "PostgreSQL or MySQL for a small team"
            meta_description: "Choosing between the two servers."
            date: 2025-01-10
            ---
            Both PostgreSQL and MySQL run a small team's app well.
            """)
        .write(source);
    // café written decomposed, as macOS writes text: "c a f e U+0301"
    Files.writeString(source.resolve("articles/abroad.md"), """
        ---
        title: "Notes from abroad"
        meta_description: "Travel notes."
        date: 2025-02-10
        ---
        Keep a résumé of each choice. Le %s is decomposed here.

        我们的数据库很快。

        東京でデータベースを使う。
        """.formatted(Normalizer.normalize("café crème", Normalizer.Form.NFD)), StandardCharsets.UTF_8);
    databases = ServedSite.start("databases", source, tmp);
    djangoFlask = Guide.djangoFlask().serve(tmp);
  }

  @AfterAll
  static void stop() {
    if (databases != null) databases.close();
    if (djangoFlask != null) djangoFlask.close();
  }

  static void search(ServedSite site, String query, Consumer<Page> use) {
    String q = java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
    chromium.visit(site.root() + "search/?q=" + q, 1280, 900, true, page -> {
      page.waitForSelector("#search-status:has-text('for “')");
      use.accept(page);
    });
  }

  @SuppressWarnings("unchecked")
  static List<String> groups(Page page) {
    return (List<String>) page.evaluate("() => [...document.querySelectorAll('#search-results .search-group h2')]"
        + ".map(h => h.textContent.replace(/ \\(\\d+\\)$/, ''))");
  }

  @SuppressWarnings("unchecked")
  static List<String> marks(Page page, String link) {
    return (List<String>) page.evaluate("a => [...document.querySelector(`#search-results li:has(> a[href='${a}']) .passage`)"
        + ".querySelectorAll('mark')].map(m => m.textContent)", link);
  }

  static String firstLink(Page page) {
    return page.locator("#search-results li > a").first().getAttribute("href");
  }

  @Test
  void anAnswersWordsFindItsCellWithTheAnswerAsThePassage() {
    search(djangoFlask, "Micro-framework", page -> {
      assertEquals("Answers", groups(page).get(0), "the best result is a cell: " + groups(page));
      var top = page.locator("#search-results li").first();
      assertEquals("Philosophy and built-ins", top.locator("a").textContent());
      assertEquals("/sub/criteria/philosophy/#verdicts", top.locator("a").getAttribute("href"));
      assertEquals("Answer", top.locator(".search-kind").textContent());
      assertTrue(top.locator(".passage").textContent().startsWith("Flask: Micro-framework"), top.locator(".passage").textContent());
      assertEquals(List.of("Micro", "framework"), marks(page, "/sub/criteria/philosophy/#verdicts"));
    });
    search(databases, "partial support", page -> {
      assertEquals("Answers", groups(page).get(0), groups(page).toString());
      List<String> passages = page.locator("#search-results .search-group").first().locator(".passage").allTextContents();
      assertEquals(List.of("SQLite: Partial support — Functions over text.", "DuckDB: Partial support — An extension reads it."),
          passages.subList(0, 2), "a level's label finds its cells");
    });
    search(databases, "public domain", page ->
        assertEquals("SQLite: Public domain — No licence at all.", page.locator("#search-results .passage").first().textContent(),
            "a text answer finds its cell"));
  }

  @Test
  void twoSubjectsNamesFindTheArticleAboutThemAndNoCriterionThatDoesNotNameThem() {
    search(databases, "PostgreSQL MySQL", page -> {
      assertEquals("/sub/articles/postgresql-or-mysql/", firstLink(page), groups(page).toString());
      assertFalse(groups(page).contains("Criteria"), "no criterion names them: " + groups(page));
      String results = page.textContent("#search-results");
      assertFalse(results.contains("SQLite") || results.contains("DuckDB"), results);
      List<String> subjects = page.locator("#search-results .search-group:has(> h2:text-matches('^Subjects')) li > a").allTextContents();
      assertEquals(List.of("MySQL", "PostgreSQL"), subjects.stream().sorted().toList());
    });
  }

  /** {@code query} ranks {@code link} first, and its passage marks {@code marked}, the words as the text writes them. */
  static void findsFirst(String query, String link, String... marked) {
    search(databases, query, page -> {
      assertEquals(link, firstLink(page), query);
      assertEquals(List.of(marked), marks(page, link), query);
    });
  }

  @Test
  void accentsCaseAndNormalFormsFoldWhileResultsShowTheTextAsWritten() {
    findsFirst("resume", "/sub/articles/abroad/", "résumé");
    // typed composed, in capitals; marked as the text has it, decomposed
    findsFirst("CAFÉ", "/sub/articles/abroad/", Normalizer.normalize("café", Normalizer.Form.NFD));
  }

  @Test
  void chineseAndJapaneseWordsAreFoundInsideASentence() {
    findsFirst("数据库", "/sub/articles/abroad/", "数据库");
    findsFirst("データベース", "/sub/articles/abroad/", "データベース");
  }
}

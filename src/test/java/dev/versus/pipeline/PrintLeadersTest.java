package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.SiteLinks;
import dev.versus.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four subjects: the print view splits the table into two parts of two columns, and each part marks
 * the leaders of the whole row, the ones the comparison page marks (issue 23: a subject ahead only of
 * the other subject of its part was marked "Leads").
 *
 * <p>Who leads: share (%, higher) PostgreSQL alone (SQLite is only ahead of DuckDB); quality (scale)
 * PostgreSQL alone (SQLite only ahead of DuckDB); size (MB, lower) SQLite and DuckDB tie ahead; licence
 * (scale) all level.
 */
class PrintLeadersTest {
  @TempDir
  static Path tmp;
  static BuildResult result;
  static Document compare;
  static Document print;
  static Document pair;

  @BeforeAll
  static void build() {
    Path source = tmp.resolve("databases");
    TestSites.write(source, """
        -- site.yaml --
        title: "Four Databases"
        description: "PostgreSQL, MySQL, SQLite and DuckDB compared, four columns to print in two parts."
        base_url: "https://example.org/db/"
        language: en
        subjects: [postgresql, mysql, sqlite, duckdb]
        groups:
          - {key: use, title: "Use"}
        legend:
          - {key: excellent, label: "Excellent", symbol: "●", meaning: "The best there is"}
          - {key: good, label: "Good", symbol: "◐", meaning: "Does the job"}
          - {key: fair, label: "Fair", symbol: "○", meaning: "Works, with effort"}
        -- sources.yaml --
        - {id: survey, title: "A Developer Survey", url: "https://example.org/survey"}
        -- subjects/postgresql.md --
        ---
        title: "PostgreSQL"
        ---
        A server.
        -- subjects/mysql.md --
        ---
        title: "MySQL"
        ---
        A server.
        -- subjects/sqlite.md --
        ---
        title: "SQLite"
        ---
        A library.
        -- subjects/duckdb.md --
        ---
        title: "DuckDB"
        ---
        A library for analytics.
        -- criteria/share.md --
        ---
        title: "Share"
        group: use
        order: 1
        question: "How many developers use it?"
        type: number
        unit: "%"
        better: higher
        verdicts:
          postgresql: {value: 48.7, summary: "Most used.", sources: [survey]}
          mysql: {value: 40.3, summary: "Close.", sources: [survey]}
          sqlite: {value: 33.1, summary: "Embedded everywhere.", sources: [survey]}
          duckdb: {value: 1.4, summary: "New.", sources: [survey]}
        ---
        Survey figures.
        -- criteria/quality.md --
        ---
        title: "Quality"
        group: use
        order: 2
        question: "How good is its SQL?"
        verdicts:
          postgresql: {level: excellent, summary: "The reference.", sources: [survey]}
          mysql: {level: good, summary: "Fine.", sources: [survey]}
          sqlite: {level: good, summary: "Fine.", sources: [survey]}
          duckdb: {level: fair, summary: "Analytics first.", sources: [survey]}
        ---
        Standards.
        -- criteria/size.md --
        ---
        title: "Size"
        group: use
        order: 3
        question: "How big is it?"
        type: number
        unit: "MB"
        better: lower
        verdicts:
          postgresql: {value: 60, summary: "A server.", sources: [survey]}
          mysql: {value: 200, summary: "A bigger server.", sources: [survey]}
          sqlite: {value: 1, summary: "Tiny.", sources: [survey]}
          duckdb: {value: 1, summary: "Tiny too.", sources: [survey]}
        ---
        Download sizes.
        -- criteria/licence.md --
        ---
        title: "Licence"
        group: use
        order: 4
        question: "Is it free?"
        verdicts:
          postgresql: {level: excellent, summary: "Yes.", sources: [survey]}
          mysql: {level: excellent, summary: "Yes.", sources: [survey]}
          sqlite: {level: excellent, summary: "Public domain.", sources: [survey]}
          duckdb: {level: excellent, summary: "Yes.", sources: [survey]}
        ---
        Licences.
        """);
    Path out = tmp.resolve("site");
    result = TestSites.build(source, out);
    compare = SiteLinks.parse(out.resolve("compare/index.html"));
    print = SiteLinks.parse(out.resolve("print/index.html"));
    pair = SiteLinks.parse(out.resolve("compare/sqlite-vs-duckdb/index.html"));
  }

  /** Per criterion (the row header's text), the subjects whose cells in {@code tables} are marked as leading. */
  private static Map<String, List<String>> leaders(List<Element> tables) {
    Map<String, List<String>> out = new TreeMap<>();
    for (Element table : tables) {
      List<String> columns = table.select("thead th").eachText().subList(1, table.select("thead th").size());
      for (Element row : table.select("tr.row")) {
        List<String> leading = out.computeIfAbsent(row.selectFirst("th").text().replaceAll(" #.*", ""), k -> new ArrayList<>());
        List<Element> cells = row.select("td");
        for (int i = 0; i < cells.size(); i++) {
          if (!cells.get(i).select(".leads").isEmpty()) leading.add(columns.get(i));
        }
      }
    }
    return out;
  }

  @Test
  void buildsWithoutDiagnostics() {
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void thePrintedPartsMarkTheLeadersOfTheComparisonPage() {
    List<Element> parts = print.select("#comparison table.matrix");
    assertEquals(2, parts.size());
    Map<String, List<String>> expected = Map.of("Share", List.of("PostgreSQL"), "Quality", List.of("PostgreSQL"),
        "Size", List.of("SQLite", "DuckDB"), "Licence", List.of());
    assertEquals(new TreeMap<>(expected), leaders(compare.select("table#matrix")));
    assertEquals(new TreeMap<>(expected), leaders(parts));
  }

  @Test
  void aPairPageDecidesItsLeadersBetweenItsTwo() {
    // the same matrix narrowed to SQLite and DuckDB: a comparison of its own, unlike a printed part
    Map<String, List<String>> expected = Map.of("Share", List.of("SQLite"), "Quality", List.of("SQLite"),
        "Size", List.of(), "Licence", List.of());
    assertEquals(new TreeMap<>(expected), leaders(pair.select("table#matrix")));
  }
}

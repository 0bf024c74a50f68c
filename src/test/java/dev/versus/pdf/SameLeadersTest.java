package dev.versus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.InlineGuide;
import dev.versus.SiteLinks;
import dev.versus.render.Paper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who leads is one fact of the whole row, whatever shows the cell (issue 23, "Facts are the same
 * everywhere"): a four-subject guide's comparison page, its six pair pages, the print view (its table in
 * two parts of two columns) and the PDF's text mark the same leaders. A pair page that decided its
 * leaders between its two, or a printed part that decided them within itself, marked SQLite "Leads" on
 * share and quality, where PostgreSQL leads the row.
 *
 * <p>Who leads: share (%, higher) PostgreSQL alone (SQLite is only ahead of DuckDB); quality (scale)
 * PostgreSQL alone (SQLite only ahead of DuckDB); size (MB, lower) SQLite and DuckDB tie ahead; licence
 * (scale) all level.
 */
class SameLeadersTest {
  private static final List<String> SUBJECTS = List.of("postgresql", "mysql", "sqlite", "duckdb");
  private static final Map<String, List<String>> LEADERS = new TreeMap<>(Map.of("Share", List.of("PostgreSQL"),
      "Quality", List.of("PostgreSQL"), "Size", List.of("SQLite", "DuckDB"), "Licence", List.of()));

  @TempDir
  static Path tmp;
  static PrintedGuide guide;
  static Path out;

  @BeforeAll
  static void build() {
    Path source = tmp.resolve("databases");
    InlineGuide.titled("Four Databases", "PostgreSQL, MySQL, SQLite and DuckDB compared, four columns to print in two parts.",
            "https://example.org/db/").language("en")
        .subjects("postgresql: PostgreSQL: A server.", "mysql: MySQL: A server.", "sqlite: SQLite: A library.",
            "duckdb: DuckDB: A library for analytics.")
        .groups("use: Use")
        .excellentGoodFair()
        .sources("survey: A Developer Survey: https://example.org/survey")
        .criterion("share: Share: How many developers use it?", "use", 1, """
            type: number
            unit: "%"
            better: higher
            verdicts:
              postgresql: {value: 48.7, summary: "Most used.", sources: [survey]}
              mysql: {value: 40.3, summary: "Close.", sources: [survey]}
              sqlite: {value: 33.1, summary: "Embedded everywhere.", sources: [survey]}
              duckdb: {value: 1.4, summary: "New.", sources: [survey]}
            """, "Survey figures.")
        .criterion("quality: Quality: How good is its SQL?", "use", 2, """
            verdicts:
              postgresql: {level: excellent, summary: "The reference.", sources: [survey]}
              mysql: {level: good, summary: "Fine.", sources: [survey]}
              sqlite: {level: good, summary: "Fine.", sources: [survey]}
              duckdb: {level: fair, summary: "Analytics first.", sources: [survey]}
            """, "Standards.")
        .criterion("size: Size: How big is it?", "use", 3, """
            type: number
            unit: "MB"
            better: lower
            verdicts:
              postgresql: {value: 60, summary: "A server.", sources: [survey]}
              mysql: {value: 200, summary: "A bigger server.", sources: [survey]}
              sqlite: {value: 1, summary: "Tiny.", sources: [survey]}
              duckdb: {value: 1, summary: "Tiny too.", sources: [survey]}
            """, "Download sizes.")
        .criterion("licence: Licence: Is it free?", "use", 4, """
            verdicts:
              postgresql: {level: excellent, summary: "Yes.", sources: [survey]}
              mysql: {level: excellent, summary: "Yes.", sources: [survey]}
              sqlite: {level: excellent, summary: "Public domain.", sources: [survey]}
              duckdb: {level: excellent, summary: "Yes.", sources: [survey]}
            """, "Licences.")
        .write(source);
    out = tmp.resolve("site");
    guide = PrintedGuide.build(source, out, Paper.A4);
  }

  @AfterAll
  static void close() {
    guide.close();
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

  /** {@link #LEADERS} keeping only {@code columns}. */
  private static Map<String, List<String>> among(List<String> columns) {
    Map<String, List<String>> out = new TreeMap<>();
    LEADERS.forEach((c, l) -> out.put(c, l.stream().filter(columns::contains).toList()));
    return out;
  }

  @Test
  void buildsWithoutDiagnostics() {
    assertEquals(List.of(), guide.result().diagnostics());
  }

  @Test
  void theComparisonPageMarksTheLeadersOfEachRow() {
    assertEquals(LEADERS, leaders(SiteLinks.parse(out.resolve("compare/index.html")).select("table#matrix")));
  }

  @Test
  void everyPairPageMarksTheLeadersOfTheWholeRow() {
    int pairs = 0;
    for (int i = 0; i < SUBJECTS.size(); i++) {
      for (int j = i + 1; j < SUBJECTS.size(); j++) {
        Document pair = SiteLinks.parse(out.resolve("compare/" + SUBJECTS.get(i) + "-vs-" + SUBJECTS.get(j) + "/index.html"));
        List<String> columns = pair.select("table#matrix thead th").eachText().subList(1, 3);
        assertEquals(among(columns), leaders(pair.select("table#matrix")), "pair page of " + columns);
        pairs++;
      }
    }
    assertEquals(6, pairs);
  }

  @Test
  void thePrintedPartsMarkTheLeadersOfTheComparisonPage() {
    List<Element> parts = guide.print().select("#comparison table.matrix");
    assertEquals(2, parts.size());
    assertEquals(LEADERS, leaders(parts));
  }

  /**
   * The PDF's table, read from its text: each part's caption names its columns, and each row's first line
   * is the criterion, then per column its answer, followed by "▲ Leads" where the cell leads.
   */
  @Test
  void thePdfMarksTheLeadersOfTheComparisonPage() {
    PdfFile pdf = guide.pdf();
    List<String> lines = new ArrayList<>();
    for (int p = 1; p <= pdf.pages(); p++) lines.addAll(pdf.lines(p));
    Pattern caption = Pattern.compile("Part \\d of \\d: (.+)");
    int from = lines.indexOf(lines.stream().filter(l -> caption.matcher(l).matches()).findFirst().orElseThrow());
    // the table's chapter: from the first part's caption to the legend
    List<String> table = lines.subList(from, lines.subList(from, lines.size()).indexOf("Legend") + from);
    Map<String, List<String>> found = new TreeMap<>();
    List<String> columns = List.of();
    int parts = 0;
    for (String line : table) {
      Matcher m = caption.matcher(line);
      if (m.matches()) {
        columns = List.of(m.group(1).split(", "));
        parts++;
      }
      String criterion = LEADERS.keySet().stream().filter(c -> line.startsWith(c + " ")).findFirst().orElse(null);
      if (criterion == null) continue;
      // the answers of the row: a number with its unit or a level's word, each maybe followed by "▲ Leads"
      Matcher cell = Pattern.compile("(\\S+ ?(?:%|MB)|[●◐○] \\w+)( ▲ Leads)?").matcher(line.substring(criterion.length()));
      List<String> leading = found.computeIfAbsent(criterion, k -> new ArrayList<>());
      int i = 0;
      for (; cell.find(); i++) {
        if (cell.group(2) != null) leading.add(columns.get(i));
      }
      assertEquals(columns.size(), i, "a cell per column in " + line);
    }
    assertEquals(2, parts, "the PDF's table is in two parts");
    assertEquals(LEADERS, found);
  }
}

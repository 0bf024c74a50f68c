package dev.versus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.render.Paper;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five subjects and a table longer than a page: the print view prints the comparison table in
 * parts of at most three subjects (3 + 2), each with the criterion column, rows whole on a page
 * and the header row on every page; links off the site become numbered notes.
 */
class WideGuidePdfTest {
  static final String SITE = """
      -- site.yaml --
      title: "Five Boats"
      description: "Five sailing boats compared, to print a table too wide and too long for one page."
      base_url: "https://example.org/boats/"
      language: en
      subjects: [alpha, bravo, charlie, delta, echo]
      groups:
        - {key: hull, title: "Hull"}
        - {key: rig, title: "Rig"}
      legend:
        - {key: built-in, label: "Built in", symbol: "●", meaning: "Standard on the boat"}
        - {key: none, label: "Not included", symbol: "○", meaning: "Not on the boat"}
      authors:
        - {name: "Test Author"}
      -- sources.yaml --
      - {id: log, title: "The ship's log", url: "https://example.org/log"}
      -- index.md --
      ---
      title: "Five Boats"
      ---
      Read [the class rules](https://example.org/rules) first, then the [keel row](criteria/c01.md).
      -- subjects/alpha.md --
      ---
      title: "Alpha"
      ---
      Alpha is long. See <https://example.org/alpha> for its plans.
      -- subjects/bravo.md --
      ---
      title: "Bravo"
      ---
      Bravo is light.
      -- subjects/charlie.md --
      ---
      title: "Charlie"
      ---
      Charlie is old.
      -- subjects/delta.md --
      ---
      title: "Delta"
      ---
      Delta is wide.
      -- subjects/echo.md --
      ---
      title: "Echo"
      ---
      Echo is new.
      -- articles/voyage.md --
      ---
      title: "The voyage"
      date: 2025-05-01
      ---
      ## Departure

      We left at dawn with the [harbour guide](https://example.org/harbour) and the [keel](../criteria/c01.md) in mind.

      ![The chart of the bay](https://example.org/chart.png)
      -- faq/fastest.md --
      ---
      question: "Which boat is fastest?"
      criteria: [c01]
      ---
      Echo, on a reach.
      """;

  /** Eighteen criteria, twelve in one group: with five long cells a row, the table runs over several pages. */
  static String criteria() {
    StringBuilder sb = new StringBuilder();
    String[] subjects = {"alpha", "bravo", "charlie", "delta", "echo"};
    for (int r = 1; r <= 18; r++) {
      String id = String.format("%02d", r);
      sb.append("-- criteria/c").append(id).append(".md --\n---\n")
          .append("title: \"Criterion ").append(id).append("\"\n")
          .append("group: ").append(r <= 12 ? "hull" : "rig").append("\norder: ").append(r).append('\n')
          .append("question: \"Question number ").append(id).append(" about the boats?\"\n")
          .append("verdicts:\n");
      for (int c = 0; c < subjects.length; c++) {
        String mark = "x" + id + "c" + (c + 1);
        sb.append("  ").append(subjects[c]).append(": {level: ").append((r + c) % 2 == 0 ? "built-in" : "none")
            .append(", summary: \"").append(mark).append("a the hull and the rig were measured twice in calm water and")
            .append(" again in a strong breeze off the headland ").append(mark).append("z\"")
            .append(r == 1 && c == 0 ? ", sources: [log]" : "").append("}\n");
      }
      sb.append("---\nDiscussion of criterion ").append(id).append('.');
      // every cell backed by a passage, so the guide builds without warnings
      for (String subject : subjects) sb.append(" {claim=\"c").append(id).append('/').append(subject).append("\"}");
      sb.append('\n');
    }
    return sb.toString();
  }

  @TempDir
  static Path tmp;
  static PrintedGuide guide;
  static PdfFile pdf;
  static Document print;

  @BeforeAll
  static void build() {
    Path source = tmp.resolve("five");
    TestSites.write(source, SITE + criteria());
    guide = PrintedGuide.build(source, tmp.resolve("site"), Paper.A4);
    pdf = guide.pdf();
    print = guide.print();
  }

  @AfterAll
  static void close() {
    guide.close();
  }

  @Test
  void buildsWithoutErrors() {
    assertFalse(guide.result().hasErrors(), guide.result().diagnostics().toString());
  }

  @Test
  void tableIsPrintedInPartsOfAtMostThreeSubjectsEachWithTheCriterionColumn() {
    List<Element> tables = print.select("table.matrix");
    assertEquals(2, tables.size());
    assertEquals(List.of("Criterion", "Alpha", "Bravo", "Charlie"), tables.get(0).select("thead th").eachText());
    assertEquals(List.of("Criterion", "Delta", "Echo"), tables.get(1).select("thead th").eachText());
    assertEquals("Part 2 of 2: Delta, Echo", tables.get(1).selectFirst("caption").text());
    for (Element t : tables) assertEquals(18, t.select("tr.row th[scope=row]").size());
    // row ids only on the first part: every id of the document stays unique
    assertEquals(18, tables.get(0).select("tr.row[id]").size());
    assertEquals(0, tables.get(1).select("tr.row[id]").size());
  }

  @Test
  void tableRunsOverSeveralPagesWithRowsWholeAndTheHeaderOnEveryPage() {
    int first = guide.page("#comparison");
    int last = guide.page("#criteria") - 1;
    assertTrue(last - first >= 3, "the table should need several pages: " + first + "-" + last);
    assertEquals(List.of(), PrintChecks.tableRowsWhole(pdf, print, first, last));
  }

  @Test
  void contentsAndOutlineMatchThePages() {
    List<PrintChecks.Toc> toc = PrintChecks.toc(print);
    assertEquals(List.of(), PrintChecks.tocMatchesHeadings(pdf, toc));
    assertEquals(List.of(), PrintChecks.outlineMirrorsToc(pdf, toc));
    assertEquals(18, toc.get(2).children().size());
  }

  @Test
  void linksOffTheSiteBecomeNumberedNotesWithTheAddressPrinted() {
    assertEquals("#note-1", print.selectFirst("#short-answer sup.note-ref a").attr("href"));
    assertEquals("https://example.org/rules", print.selectFirst("#short-answer ol.notes li#note-1").text());
    assertEquals("https://example.org/harbour", print.selectFirst("#article-voyage ol.notes li#note-2").text());
    // a link whose text already is the address needs no note
    assertTrue(print.select("#subject-alpha sup.note-ref").isEmpty());
    String text = pdf.allText();
    assertTrue(text.contains("https://example.org/rules"), "note printed");
    assertTrue(text.contains("https://example.org/harbour"), "note printed");
    assertTrue(text.contains("https://example.org/log"), "source address printed");
  }

  @Test
  void filesOffTheSiteAreNeverFetchedAndSaySo() {
    List<String> warnings = guide.result().diagnostics().stream().map(Object::toString).toList();
    assertEquals(List.of("print/index.html: warning: the PDF leaves out https://example.org/chart.png: "
        + "only files of the site itself are read"), warnings);
  }

  @Test
  void internalLinksBecomeLinksInsideTheDocument() {
    Element keel = print.selectFirst("#article-voyage a:contains(keel)");
    assertEquals("#criterion-c01", keel.attr("href"));
    assertTrue(keel.hasClass("xref"));
    assertEquals("article-voyage--departure", print.selectFirst("#article-voyage h4").id());
    assertTrue(pdf.allText().contains("keel (see p. " + guide.page("#criterion-c01") + ")"));
  }
}

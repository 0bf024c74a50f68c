package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CSV tables of data/ read into front matter: fields at their line and column (quoted, after a
 * multi-line field, past a character outside the BMP), columns in any order, unknown ones ignored, the
 * formula guard of compare.csv undone, and every table problem an error at its place.
 */
class MatrixTablesTest {
  private static CsvTable cells(String text, Diagnostics diags) {
    return MatrixTables.parse(MatrixTables.CELLS, text, diags).orElseThrow();
  }

  private static List<String> errors(String file, String text) {
    Diagnostics diags = new Diagnostics();
    MatrixTables.parse(file, text, diags);
    return diags.sorted().stream().map(Diagnostic::format).toList();
  }

  /** The documents {@code cells} (a data/cells.csv) and {@code criteria} (a data/criteria.csv) give, and the diagnostics. */
  private static List<Document> merge(List<Document> docs, String criteria, String cells, Diagnostics diags) {
    return MatrixTables.merge(docs, new MatrixTables.Tables(Optional.empty(),
        Optional.ofNullable(criteria).flatMap(t -> MatrixTables.parse(MatrixTables.CRITERIA, t, diags)),
        Optional.ofNullable(cells).flatMap(t -> MatrixTables.parse(MatrixTables.CELLS, t, diags)), Set.of()),
        new java.util.HashSet<>(), diags);
  }

  private static YNode.Scalar scalar(YNode node) {
    return (YNode.Scalar) node;
  }

  @Test
  void fieldsKeepTheirLineAndColumnWhateverTheQuotingAndOrder() {
    Diagnostics diags = new Diagnostics();
    String text = "extra,subject,criterion,summary,level\n"
        + "x,tea,orm,\"two\nlines, \"\"quoted\"\"\",full\n"
        + "\uD83D\uDE00,coffee,orm,'-5% slower,none\n";
    CsvTable t = cells(text, diags);
    assertEquals(List.of(), diags.sorted());
    assertEquals(2, t.rows().size());
    CsvTable.Row first = t.rows().get(0);
    assertEquals("two\nlines, \"quoted\"", first.value("summary"));
    assertEquals(new Position(MatrixTables.CELLS, 2, 11), first.pos("summary"));
    assertEquals(new Position(MatrixTables.CELLS, 3, 20), first.pos("level"));
    CsvTable.Row second = t.rows().get(1);
    // the emoji counts as one column, as editors count it; the formula guard's quote is dropped
    assertEquals(new Position(MatrixTables.CELLS, 4, 3), second.pos("subject"));
    assertEquals("-5% slower", second.value("summary"));
    assertEquals("", second.value("disputed"));
  }

  /**
   * A hand-written table often has a space after each comma ({@code tea, aroma, mild}): as in YAML, where a plain
   * value is stripped and a quoted one kept as written, an unquoted field (a column name too) is read without
   * the spaces and tabs around it, positioned at its first character, and a quoted field keeps them.
   */
  @Test
  void spacesAroundAnUnquotedFieldAreNotPartOfIt() {
    Diagnostics diags = new Diagnostics();
    CsvTable t = cells("criterion, subject ,level,\tsummary\norm,  tea, full ,\" padded \"\n", diags);
    assertEquals(List.of(), diags.sorted());
    CsvTable.Row r = t.rows().get(0);
    assertEquals("tea", r.value("subject"));
    assertEquals("full", r.value("level"));
    assertEquals(" padded ", r.value("summary"));
    assertEquals(new Position(MatrixTables.CELLS, 2, 7), r.pos("subject"));
    assertEquals(new Position(MatrixTables.CELLS, 2, 12), r.pos("level"));
    assertEquals(new Position(MatrixTables.CELLS, 2, 18), r.pos("summary"));
  }

  @Test
  void headerProblemsAreErrorsAtTheHeader() {
    assertEquals(List.of("data/cells.csv:1:1: error: empty file: the first line must be the header "
        + "`criterion,subject,level,value,text,summary,sources,disputed,unknown`, then one row per line"), errors(MatrixTables.CELLS, ""));
    String cellColumns = "the columns of data/cells.csv are criterion, subject, level, value, text, summary, sources, disputed,"
        + " unknown, in any order (`criterion` and `subject` are required)";
    assertEquals(List.of("data/cells.csv:1:1: error: no header row: the first line names none of the columns, so it is a row"
        + " of data without its header; add the header above it, such as "
        + "`criterion,subject,level,value,text,summary,sources,disputed,unknown`: " + cellColumns),
        errors(MatrixTables.CELLS, "orm,tea,full\n"));
    // a first cell a typo away from a column (criterion `values`) is data all the same: no hint drawn from it
    assertEquals(errors(MatrixTables.CELLS, "orm,tea,full\n"), errors(MatrixTables.CELLS, "values,tea,full\n"));
    assertEquals(List.of("data/subjects.csv:1:1: error: no header row: the first line names none of the columns, so it is a"
        + " row of data without its header; add the header above it, such as `slug,title,tagline,version,website`: the columns"
        + " of data/subjects.csv are slug, title, tagline, version, website, in any order (`slug` is required)"),
        errors(MatrixTables.SUBJECTS, "tea,Tea\n"));
    // most fields a typo away from a column: a misspelt header, hinted at its first such field
    assertEquals(List.of("data/cells.csv:1:2: error: the header names none of the columns: `critrion` is not one; did you mean"
        + " `criterion`?; " + cellColumns), errors(MatrixTables.CELLS, " critrion,subjet,levl,x\norm,tea,full,y\n"));
    assertEquals(List.of("data/cells.csv:1:1: error: missing column `subject` in the header; did you mean `subjects`?: the header"
        + " must name criterion, subject; the columns are criterion,subject,level,value,text,summary,sources,disputed,unknown"),
        errors(MatrixTables.CELLS, "criterion,subjects,level\norm,tea,full\n"));
    assertEquals(List.of("data/criteria.csv:1:12: error: column `title` is named twice in the header (first in column 6); remove one of them"),
        errors(MatrixTables.CRITERIA, "slug,title,title\norm,A,B\n"));
  }

  @Test
  void raggedRowsAndBrokenQuotesAreErrorsWhereTheyAre() {
    assertEquals(List.of("data/cells.csv:3:14: error: this row has 4 fields but the header has 3: remove the extra ones, or quote"
        + " a field that holds a comma (\"a, b\")",
        "data/cells.csv:4:10: error: this row has 2 fields but the header has 3: add the missing ones, empty if need be (a row ends"
        + " `,,` for two empty fields)"),
        errors(MatrixTables.CELLS, "criterion,subject,level\norm,tea,full\norm,coffee,a,b\norm,cocoa\n"));
    assertEquals(List.of("data/cells.csv:2:15: error: a quoted field must end at its closing quote: write a quote inside it"
        + " twice (\"say \"\"hi\"\"\") and put a comma or the line's end right after the closing one"),
        errors(MatrixTables.CELLS, "criterion,subject,level\norm,tea,\"full\"x\n"));
    assertEquals(List.of("data/cells.csv:3:12: error: this quoted field is never closed: add its closing"
        + " quote (\"), and write a quote inside a field twice (\"\")"),
        errors(MatrixTables.CELLS, "criterion,subject,level\norm,tea,full\norm,coffee,\"full\n"));
  }

  @Test
  void cellsBecomeEachCriterionsVerdictsWithTheirPositions() {
    Diagnostics diags = new Diagnostics();
    List<Document> docs = merge(List.of(), "slug,title,type,unit,better\nspeed,Speed,number,km/h,higher\n",
        "criterion,subject,value,summary,sources,passages\nspeed,rail,160,Fast.,timetable  survey,3\nspeed,bus,,,,0\n", diags);
    assertEquals(List.of(), diags.sorted());
    Document speed = docs.get(0);
    assertEquals("criteria/speed.md", speed.path());
    assertTrue(speed.onlyInTable());
    assertEquals("Speed", scalar(speed.frontMatter().get("title")).value());
    YNode.Map verdicts = (YNode.Map) speed.frontMatter().get("verdicts");
    // the bus's row has no verdict at all (compare.csv writes one such row for a missing cell): a blank row at its place
    assertEquals(List.of("rail", "bus"), List.copyOf(verdicts.entries().keySet()));
    assertTrue(KeyAdvice.blankRow(verdicts.get("bus")));
    assertEquals(new Position(MatrixTables.CELLS, 3, 1), verdicts.get("bus").pos());
    assertFalse(KeyAdvice.blankRow(verdicts.get("rail")));
    YNode.Map rail = (YNode.Map) verdicts.get("rail");
    assertEquals(new Position(MatrixTables.CELLS, 2, 7), verdicts.entries().get("rail").key().pos());
    assertEquals(new Position(MatrixTables.CELLS, 2, 12), rail.get("value").pos());
    assertEquals(List.of("timetable", "survey"), ((YNode.Seq) rail.get("sources")).items().stream().map(n -> scalar(n).value()).toList());
    // each id at its own column, so an unknown one is reported at it
    assertEquals(List.of(new Position(MatrixTables.CELLS, 2, 22), new Position(MatrixTables.CELLS, 2, 33)),
        ((YNode.Seq) rail.get("sources")).items().stream().map(YNode::pos).toList());
    assertEquals(Set.of("value", "summary", "sources"), rail.entries().keySet());
  }

  @Test
  void unknownCriteriaAndDuplicateCellsAreErrorsAtTheRow() {
    Diagnostics diags = new Diagnostics();
    merge(List.of(), "slug,title\nspeed,Speed\n", "criterion,subject,level\nsped,rail,a\nsped,bus,a\nspeed,rail,a\nspeed,rail,b\n"
        + "Speed,bus,a\n", diags);
    assertEquals(List.of("data/cells.csv:2:1: error: unknown criterion `sped`; did you mean `speed`?: a criterion is a row of"
        + " data/criteria.csv or a file criteria/sped.md",
        "data/cells.csv:5:1: error: duplicate cell: criterion `speed`, subject `rail` is already given at line 4; keep one row",
        "data/cells.csv:6:1: error: `Speed` is not a valid slug: use lowercase letters, digits and hyphens, such as `speed`"),
        diags.sorted().stream().map(Diagnostic::format).toList());
  }

  @Test
  void aKeyOrVerdictInBothPlacesIsAnErrorAtBoth() {
    Diagnostics diags = new Diagnostics();
    YNode.Scalar titleKey = new YNode.Scalar("title", false, new Position("criteria/speed.md", 2, 1));
    YNode.Scalar railKey = new YNode.Scalar("rail", false, new Position("criteria/speed.md", 4, 3));
    YNode.Map railVerdict = new YNode.Map(Map.of(), railKey.pos());
    YNode.Map verdicts = new YNode.Map(Map.of("rail", new YNode.Entry(railKey, railVerdict)), new Position("criteria/speed.md", 4, 3));
    YNode.Map front = new YNode.Map(Map.of("title", new YNode.Entry(titleKey, new YNode.Scalar("Speed", false, titleKey.pos())),
        "verdicts", new YNode.Entry(new YNode.Scalar("verdicts", false, new Position("criteria/speed.md", 3, 1)), verdicts)),
        new Position("criteria/speed.md", 2, 1));
    Document md = new Document("criteria/speed.md", Kind.CRITERION, "speed", front, Body.of("criteria/speed.md", Kind.CRITERION, "<p>Prose.</p>"));
    List<Document> docs = merge(List.of(md), "slug,title,group\nspeed,Speed!,figures\n",
        "criterion,subject,level\nspeed,rail,a\nspeed,bus,b\n", diags);
    assertEquals(List.of(
        "criteria/speed.md:2:1: error: `title` is given twice, here and at data/criteria.csv:2:7: give it in one place only, the table or the Markdown file",
        "criteria/speed.md:4:3: error: the verdict of `rail` is given twice, here and at data/cells.csv:2:7: give it in one place only, the table or the Markdown file",
        "data/cells.csv:2:7: error: the verdict of `rail` is given twice, here and at criteria/speed.md:4:3: give it in one place only, the table or the Markdown file",
        "data/criteria.csv:2:7: error: `title` is given twice, here and at criteria/speed.md:2:1: give it in one place only, the table or the Markdown file"),
        diags.sorted().stream().map(Diagnostic::format).toList());
    Document merged = docs.get(0);
    assertEquals(md.body(), merged.body());
    // the Markdown's own key and verdict are kept; what only the tables give is added
    assertEquals("Speed", scalar(merged.frontMatter().get("title")).value());
    assertEquals("figures", scalar(merged.frontMatter().get("group")).value());
    assertEquals(List.of("rail", "bus"), List.copyOf(((YNode.Map) merged.frontMatter().get("verdicts")).entries().keySet()));
  }
}

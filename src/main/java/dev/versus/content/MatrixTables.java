package dev.versus.content;

import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.diag.Suggest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matrix held as CSV tables in {@code data/} (issue 25): {@code subjects.csv}, {@code criteria.csv} and
 * {@code cells.csv} become the same front matter a Markdown file would give, every value keeping its line
 * and column in the table, so the model stage reads and checks them with the very readers of the Markdown
 * form (an unknown subject, a level off the scale, a value that is not a number are reported there, at the
 * field). A Markdown file of the same slug adds its prose; a key, or a verdict, given both in a table and in
 * front matter is an error at both places. A row of a subject or criterion without a Markdown file becomes
 * a document at the path that file would have ({@code criteria/orm.md}), so links to it resolve; its body
 * is empty. Pure: tables and documents in, documents out.
 */
final class MatrixTables {
  static final String SUBJECTS = "data/subjects.csv";
  static final String CRITERIA = "data/criteria.csv";
  static final String CELLS = "data/cells.csv";
  static final List<String> SUBJECT_COLUMNS = List.of("slug", "title", "tagline", "version", "website");
  static final List<String> CRITERION_COLUMNS = List.of("slug", "title", "group", "order", "question", "type", "scale",
      "unit", "better", "reviewed");
  static final List<String> CELL_COLUMNS = List.of("criterion", "subject", "level", "value", "text", "summary", "sources",
      "disputed", "unknown");
  /** The columns of a cell that make its verdict; a row with all of them empty is no verdict (as compare.csv writes one). */
  private static final List<String> VERDICT_COLUMNS = CELL_COLUMNS.subList(2, CELL_COLUMNS.size());
  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");
  /** One id of a {@code sources} field, whose ids are separated by spaces (or any white space, line breaks included). */
  private static final Pattern ID = Pattern.compile("\\S+");

  private MatrixTables() {}

  /** Whether {@code file} is one of the three tables. */
  static boolean is(String file) {
    return file.equals(SUBJECTS) || file.equals(CRITERIA) || file.equals(CELLS);
  }

  /** Parses table {@code file} (one of the three) with its columns. */
  static Optional<CsvTable> parse(String file, String text, Diagnostics diags) {
    return switch (file) {
      case SUBJECTS -> CsvTable.parse(file, text, SUBJECT_COLUMNS, List.of("slug"), diags);
      case CRITERIA -> CsvTable.parse(file, text, CRITERION_COLUMNS, List.of("slug"), diags);
      default -> CsvTable.parse(file, text, CELL_COLUMNS, List.of("criterion", "subject"), diags);
    };
  }

  /**
   * The three tables as loaded: each empty when absent or unreadable; {@code broken} names those that exist
   * but could not be read (their own errors stand for what they would have given).
   */
  record Tables(Optional<CsvTable> subjects, Optional<CsvTable> criteria, Optional<CsvTable> cells, Set<String> broken) {
    /** The tables among {@code loaded} (each file's own diagnostics replayed), skipping those that lead {@code outside}. */
    static Tables of(Map<String, ContentLoader.Loaded<?>> loaded, Set<String> outside, Diagnostics diags) {
      Set<String> broken = new HashSet<>();
      List<Optional<CsvTable>> tables = new ArrayList<>();
      for (String file : List.of(SUBJECTS, CRITERIA, CELLS)) {
        ContentLoader.Loaded<?> l = outside.contains(file) ? null : loaded.get(file);
        if (l != null) l.diagnostics().forEach(diags::add);
        Optional<CsvTable> t = l == null ? Optional.empty() : l.value().map(CsvTable.class::cast);
        if (l != null && t.isEmpty()) broken.add(file);
        tables.add(t);
      }
      return new Tables(tables.get(0), tables.get(1), tables.get(2), Set.copyOf(broken));
    }
  }

  /**
   * {@code docs} (in path order) with the tables laid in: front matter extended by the rows of the same
   * slug, a new document per row without a Markdown file, in path order. {@code failed} are the content
   * files that did not load: cells may name their criteria without a second error, and their rows are left
   * out, the file's own error standing for them. When a table is broken, what it would have given is not
   * reported again: a broken data/cells.csv adds each criterion left without verdicts to {@code failed}
   * (instead of a "missing verdicts" error each), a broken data/criteria.csv lets cells name any criterion,
   * and a broken data/subjects.csv is itself added to {@code failed} (see {@link SourceTree#tableFailed}).
   */
  static List<Document> merge(List<Document> docs, Tables tables, Set<String> failed, Diagnostics diags) {
    if (tables.broken().contains(SUBJECTS)) failed.add(SUBJECTS);
    if (tables.subjects().isEmpty() && tables.criteria().isEmpty() && tables.cells().isEmpty() && tables.broken().isEmpty()) return docs;
    Map<String, YNode.Map> subjectRows = tables.subjects().map(t -> rows(t, diags)).orElse(Map.of());
    Map<String, YNode.Map> criterionRows = tables.criteria().map(t -> rows(t, diags)).orElse(Map.of());
    Set<String> criterionSlugs = new HashSet<>(criterionRows.keySet());
    docs.stream().filter(d -> d.kind() == Kind.CRITERION).forEach(d -> criterionSlugs.add(d.slug()));
    failed.stream().filter(f -> f.startsWith(Kind.CRITERION.folder() + "/"))
        .forEach(f -> criterionSlugs.add(ContentLoader.suggestSlug(f.substring(f.lastIndexOf('/') + 1, f.lastIndexOf('.')))));
    Map<String, YNode.Map> verdicts = tables.cells().map(t -> verdicts(t, criterionSlugs, !tables.broken().contains(CRITERIA), diags))
        .orElse(Map.of());

    List<Document> out = new ArrayList<>(docs.size());
    Set<String> withFile = new HashSet<>();
    for (Document d : docs) {
      Map<String, YNode.Map> rows = d.kind() == Kind.SUBJECT ? subjectRows : d.kind() == Kind.CRITERION ? criterionRows : Map.of();
      YNode.Map row = rows.get(d.slug());
      YNode.Map cellMap = d.kind() == Kind.CRITERION ? verdicts.get(d.slug()) : null;
      if (row == null && cellMap == null) {
        out.add(d);
        continue;
      }
      withFile.add(path(d.kind(), d.slug()));
      out.add(new Document(d.path(), d.kind(), d.slug(), merged(d.frontMatter(), row, cellMap, diags), d.body()));
    }
    subjectRows.forEach((slug, row) -> {
      if (!withFile.contains(path(Kind.SUBJECT, slug)) && !failed.contains(path(Kind.SUBJECT, slug))) {
        out.add(fromTable(Kind.SUBJECT, slug, row));
      }
    });
    criterionRows.forEach((slug, row) -> {
      if (!withFile.contains(path(Kind.CRITERION, slug)) && !failed.contains(path(Kind.CRITERION, slug))) {
        YNode.Map cellMap = verdicts.get(slug);
        out.add(fromTable(Kind.CRITERION, slug, cellMap == null ? row : merged(row, null, cellMap, diags)));
      }
    });
    if (tables.broken().contains(CELLS)) {
      // their verdicts were in the broken table: its error stands for the "missing verdicts" each would get
      out.removeIf(d -> d.kind() == Kind.CRITERION && d.frontMatter().get("verdicts") == null && failed.add(d.path()));
    }
    out.sort(Comparator.comparing(Document::path));
    return List.copyOf(out);
  }

  /** A document of a row that has no Markdown file: at the path that file would have, with an empty body. */
  private static Document fromTable(Kind kind, String slug, YNode.Map frontMatter) {
    String path = path(kind, slug);
    return new Document(path, kind, slug, frontMatter, Body.of(path, kind, ""));
  }

  private static String path(Kind kind, String slug) {
    return kind.folder() + "/" + slug + ".md";
  }

  /** Each row of a subjects or criteria table by its slug: its non-empty fields as front matter at their positions. */
  private static Map<String, YNode.Map> rows(CsvTable table, Diagnostics diags) {
    Map<String, YNode.Map> out = new LinkedHashMap<>();
    Map<String, Position> firsts = new HashMap<>();
    List<String> columns = table.path().equals(SUBJECTS) ? SUBJECT_COLUMNS : CRITERION_COLUMNS;
    for (CsvTable.Row r : table.rows()) {
      String slug = r.value("slug");
      if (!slug(table, r, "slug", diags)) continue;
      Position first = firsts.putIfAbsent(slug, r.pos("slug"));
      if (first != null) {
        diags.error(r.pos("slug"), "duplicate row: `" + slug + "` is already given at " + first.lineFrom(r.pos("slug"))
            + "; keep one row");
        continue;
      }
      Map<String, YNode.Entry> entries = new LinkedHashMap<>();
      for (String c : columns.subList(1, columns.size())) put(entries, r, c);
      out.put(slug, new YNode.Map(entries, r.pos()));
    }
    return out;
  }

  /**
   * The cells of the table as each criterion's {@code verdicts} map, keyed by subject, in row order; a criterion
   * with rows that are all empty gets an empty map.
   */
  private static Map<String, YNode.Map> verdicts(CsvTable table, Set<String> criteria, boolean allKnown, Diagnostics diags) {
    Map<String, Map<String, YNode.Entry>> byCriterion = new LinkedHashMap<>();
    Map<String, Position> firstRow = new HashMap<>();
    Map<String, Position> firsts = new HashMap<>();
    Set<String> unknown = new HashSet<>();
    for (CsvTable.Row r : table.rows()) {
      if (!slug(table, r, "criterion", diags) | !slug(table, r, "subject", diags)) continue;
      String criterion = r.value("criterion");
      String subject = r.value("subject");
      if (VERDICT_COLUMNS.stream().allMatch(c -> r.value(c).isEmpty())) {
        // no cell, but the criterion's verdicts are given here: compare.csv writes a row for every cell, answered
        // or not, so a criterion nobody has answered yet reads back with no verdict (each missing cell a warning,
        // at this row: an empty map, KeyAdvice.blankRow, that a row of the same cell with a verdict replaces)
        if (criteria.contains(criterion)) {
          byCriterion.computeIfAbsent(criterion, k -> new LinkedHashMap<>()).putIfAbsent(subject,
              new YNode.Entry(new YNode.Scalar(subject, false, r.pos("subject")), new YNode.Map(Map.of(), r.pos())));
          firstRow.putIfAbsent(criterion, r.pos());
        }
        continue;
      }
      if (!criteria.contains(criterion)) {
        // one error per unknown name, not one per subject of a misspelt row
        if (allKnown && unknown.add(criterion)) {
          diags.error(r.pos("criterion"), "unknown criterion `" + criterion + "`" + Suggest.didYouMean(criterion, criteria)
              + ": a criterion is a row of " + CRITERIA + " or a file criteria/" + criterion + ".md");
        }
        continue;
      }
      Position first = firsts.putIfAbsent(criterion + "\n" + subject, r.pos("criterion"));
      if (first != null) {
        diags.error(r.pos("criterion"), "duplicate cell: criterion `" + criterion + "`, subject `" + subject
            + "` is already given at " + first.lineFrom(r.pos("criterion")) + "; keep one row");
        continue;
      }
      Map<String, YNode.Entry> verdict = new LinkedHashMap<>();
      for (String c : VERDICT_COLUMNS) put(verdict, r, c);
      YNode.Scalar key = new YNode.Scalar(subject, false, r.pos("subject"));
      byCriterion.computeIfAbsent(criterion, k -> new LinkedHashMap<>()).put(subject, new YNode.Entry(key, new YNode.Map(verdict, r.pos())));
      firstRow.putIfAbsent(criterion, r.pos());
    }
    Map<String, YNode.Map> out = new HashMap<>();
    byCriterion.forEach((c, entries) -> out.put(c, new YNode.Map(entries, firstRow.get(c))));
    return out;
  }

  /** Whether the field of {@code column} is a slug, else an error at it. */
  private static boolean slug(CsvTable table, CsvTable.Row r, String column, Diagnostics diags) {
    String v = r.value(column);
    if (SLUG.matcher(v).matches()) return true;
    diags.error(r.pos(column), v.isEmpty() ? "empty `" + column + "`: every row of " + table.path() + " names its " + column
        : "`" + v + "` is not a valid slug: use lowercase letters, digits and hyphens, such as `" + ContentLoader.suggestSlug(v) + "`");
    return false;
  }

  /**
   * Puts the field of {@code column} as a key: a scalar, or for {@code sources} the list of its space-separated ids,
   * each at its own line and column (so an unknown id is reported at it, not at the field's start).
   */
  private static void put(Map<String, YNode.Entry> entries, CsvTable.Row r, String column) {
    String v = r.value(column);
    if (v.isEmpty()) return; // an empty field is "not given"
    Position at = r.pos(column);
    YNode value = new YNode.Scalar(v, false, at);
    if (column.equals("sources")) {
      List<YNode> ids = new ArrayList<>();
      Matcher id = ID.matcher(v);
      while (id.find()) ids.add(new YNode.Scalar(id.group(), false, r.pos(column, id.start())));
      value = new YNode.Seq(List.copyOf(ids), at);
    }
    entries.put(column, new YNode.Entry(new YNode.Scalar(column, false, at), value));
  }

  /**
   * {@code front} with the keys of {@code row} and the verdicts of {@code cells} added; a key or a verdict
   * already in {@code front} is an error at both places, and {@code front}'s is kept.
   */
  private static YNode.Map merged(YNode.Map front, YNode.Map row, YNode.Map cells, Diagnostics diags) {
    Map<String, YNode.Entry> entries = new LinkedHashMap<>(front.entries());
    if (row != null) {
      row.entries().forEach((key, e) -> {
        YNode.Entry old = entries.putIfAbsent(key, e);
        if (old != null) twice("`" + key + "`", old.key().pos(), e.key().pos(), diags);
      });
    }
    if (cells != null) {
      YNode.Entry written = entries.get("verdicts");
      if (written == null) {
        entries.put("verdicts", new YNode.Entry(new YNode.Scalar("verdicts", false, cells.pos()), cells));
      } else if (written.value() instanceof YNode.Map m) {
        Map<String, YNode.Entry> all = new LinkedHashMap<>(m.entries());
        cells.entries().forEach((subject, e) -> {
          YNode.Entry old = all.putIfAbsent(subject, e);
          // a blank row gives no verdict, so the file's is given once (as before blank rows were kept)
          if (old != null && !KeyAdvice.blankRow(e.value())) twice("the verdict of `" + subject + "`", old.key().pos(), e.key().pos(), diags);
        });
        entries.put("verdicts", new YNode.Entry(written.key(), new YNode.Map(all, m.pos())));
      }
    }
    return new YNode.Map(entries, front.pos());
  }

  private static void twice(String what, Position a, Position b, Diagnostics diags) {
    String fix = ": give it in one place only, the table or the Markdown file";
    diags.error(a, what + " is given twice, here and at " + where(b) + fix);
    diags.error(b, what + " is given twice, here and at " + where(a) + fix);
  }

  private static String where(Position p) {
    return p.file() + ":" + p.line() + ":" + p.column();
  }
}

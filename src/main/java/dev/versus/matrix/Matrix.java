package dev.versus.matrix;

import dev.versus.web.Published;
import dev.versus.config.Group;
import dev.versus.config.Scale;
import dev.versus.model.Criterion;
import dev.versus.model.Measure;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The comparison table for a set of subject columns: rows grouped as site.yaml orders them, the
 * scales its rows use (site.yaml's order: what the legend shows), and who is ahead where.
 */
public record Matrix(List<Subject> columns, List<RowGroup> groups, List<Scale> scales) {

  /** The matrix of every subject: the matrix stage, computed once per build and shared by every later stage. */
  public static Matrix of(Site site) {
    return of(site, site.subjects());
  }

  /**
   * The table of a pair page: the same groups, rows and scales with only the cells of {@code pair}, each cell
   * as the whole row has it. Who leads is a fact of the whole row (issue 23: a pair page that decided its
   * leaders between its two marked a subject "Leads" that the comparison page did not), so a pair page may
   * show no leader in a row, or one; {@code differs} is decided between the two, so "show only differences"
   * hides the rows where they agree.
   */
  public Matrix pair(List<Subject> pair) {
    Matrix kept = part(pair);
    List<RowGroup> groups = kept.groups().stream().map(g -> new RowGroup(g.group(), g.rows().stream()
        .map(r -> new Row(r.criterion(), r.cells(), r.answerClasses().stream().distinct().count() > 1, r.level())).toList()))
        .toList();
    return new Matrix(kept.columns(), groups, scales);
  }

  private static Matrix of(Site site, List<Subject> columns) {
    List<RowGroup> groups = new ArrayList<>();
    for (Group g : site.config().groups()) {
      List<Row> rows = site.criteria().stream().filter(c -> c.group().equals(g.key()))
          .map(c -> row(c, columns)).toList();
      if (!rows.isEmpty()) groups.add(new RowGroup(g, rows));
    }
    List<Scale> used = site.config().scales().stream().filter(s -> groups.stream().flatMap(g -> g.rows().stream())
        .anyMatch(r -> r.criterion().measure() instanceof Measure.OnScale o && o.scale().name().equals(s.name()))).toList();
    return new Matrix(List.copyOf(columns), List.copyOf(groups), used);
  }

  private static Row row(Criterion c, List<Subject> columns) {
    // one map per row: looking each column's verdict up by name would be subjects squared per row
    Map<String, Verdict> bySubject = new HashMap<>();
    c.verdicts().forEach(v -> bySubject.putIfAbsent(v.subject(), v));
    List<Optional<Verdict>> verdicts = columns.stream().map(s -> Optional.ofNullable(bySubject.get(s.slug()))).toList();
    long answers = verdicts.stream().map(v -> v.map(x -> Ranks.key(x.answer())).orElse("")).distinct().count();
    // an unknown answer is no answer to rank: it never leads, and a row with one is not level (issue 28)
    List<Verdict> given = verdicts.stream().flatMap(Optional::stream).filter(v -> v.answer().known()).toList();
    boolean ranked = Ranks.ranked(c.measure()) && given.size() > 1;
    // the best answer given; a row leads only where some given answer is behind it
    Verdict best = given.isEmpty() ? null : given.stream().reduce((a, b) -> Ranks.compare(c.measure(), a, b) >= 0 ? a : b).get();
    boolean contested = ranked && given.stream().anyMatch(v -> Ranks.compare(c.measure(), best, v) > 0);
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Optional<Verdict> v = verdicts.get(i);
      cells.add(new Cell(columns.get(i), v, contested && v.isPresent() && v.get().answer().known()
          && Ranks.compare(c.measure(), v.get(), best) == 0));
    }
    boolean level = ranked && !contested && given.size() == columns.size();
    return new Row(c, List.copyOf(cells), answers > 1, level);
  }

  public List<Row> rows() {
    return groups.stream().flatMap(g -> g.rows().stream()).toList();
  }

  /** Rows whose cells differ, the "show only differences" view. */
  public long differingRows() {
    return rows().stream().filter(Row::differs).count();
  }

  /**
   * Where {@code subject} is ahead of {@code other}, both columns of this matrix: one pass over the rows,
   * reading the two cells by column (a matrix of many subjects must not look verdicts up by name per row).
   */
  public Ahead ahead(Subject subject, Subject other) {
    int mine = column(subject);
    int theirs = column(other);
    List<Ahead.Lead> leads = new ArrayList<>();
    for (RowGroup g : groups) {
      for (Row r : g.rows()) {
        Optional<Verdict> a = r.cells().get(mine).verdict();
        Optional<Verdict> b = r.cells().get(theirs).verdict();
        if (a.isPresent() && b.isPresent() && Ranks.compare(r.criterion().measure(), a.get(), b.get()) > 0) {
          leads.add(new Ahead.Lead(r.criterion(), a.get(), b.get()));
        }
      }
    }
    return new Ahead(subject, other, leads);
  }

  /**
   * Where {@code subject} is ahead of each of {@code others} (columns of this matrix, {@code subject} left
   * out), in their order. A subject's page shows these; with many subjects the caller passes only the
   * subjects it has a pair page with, so the pages stay linear in the cells ({@link #pairs}).
   */
  public List<Ahead> aheadOf(Subject subject, List<Subject> others) {
    return others.stream().filter(o -> !o.slug().equals(subject.slug())).map(o -> ahead(subject, o)).toList();
  }

  /** The index of {@code subject}'s column; an error when it is not a column of this matrix. */
  public int column(Subject subject) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).slug().equals(subject.slug())) return i;
    }
    throw new IllegalArgumentException("not a column of this matrix: " + subject.slug());
  }

  /**
   * This matrix in consecutive parts of at most {@code max} columns ({@link #chunks}), as a table too wide
   * for a page is printed. A part keeps the whole row's facts: a cell leads where it leads among all the
   * columns (a subject ahead only of the others in its part does not lead), and a row differs or is level
   * as the whole row does.
   */
  public List<Matrix> parts(int max) {
    return chunks(columns, max).stream().map(this::part).toList();
  }

  /** The same rows with only the cells of {@code part}, some of the columns, each cell as the whole row has it. */
  private Matrix part(List<Subject> part) {
    List<String> slugs = part.stream().map(Subject::slug).toList();
    List<RowGroup> narrowed = groups.stream().map(g -> new RowGroup(g.group(), g.rows().stream()
        .map(r -> new Row(r.criterion(), r.cells().stream().filter(c -> slugs.contains(c.subject().slug())).toList(),
            r.differs(), r.level())).toList())).toList();
    return new Matrix(part, narrowed, scales);
  }

  /** {@code items} in consecutive parts of at most {@code max}, as even as possible (4 -> 2 + 2, 7 -> 3 + 2 + 2). */
  public static <T> List<List<T>> chunks(List<T> items, int max) {
    List<List<T>> out = new ArrayList<>();
    int start = 0;
    for (int size : dev.versus.web.Parts.runs(items.size(), max)) {
      out.add(List.copyOf(items.subList(start, start + size)));
      start += size;
    }
    return out;
  }

  /** Every column's leads and level criteria, in column order. */
  public List<Tally> tallies() {
    List<Tally> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      int column = i;
      int leads = (int) rows().stream().filter(r -> r.cells().get(column).leads()).count();
      int level = (int) rows().stream().filter(Row::level).count();
      out.add(new Tally(columns.get(i), leads, level));
    }
    return List.copyOf(out);
  }

  /** The most subjects for which every pair gets a pair page ({@link Published#ALL_PAIRS_MAX}). */
  public static final int ALL_PAIRS_MAX = Published.ALL_PAIRS_MAX;

  /**
   * The pairs with a pair page, as the route table's {@link Published#pairs} decides them from the slugs (a before b
   * in site.yaml's order), with their subjects.
   */
  public static List<List<Subject>> pairs(List<Subject> subjects, List<List<String>> listed) {
    Map<String, Subject> bySlug = new HashMap<>();
    subjects.forEach(s -> bySlug.put(s.slug(), s));
    return Published.pairs(subjects.stream().map(Subject::slug).toList(), listed).stream()
        .map(p -> List.of(bySlug.get(p.get(0)), bySlug.get(p.get(1)))).toList();
  }
}

package dev.versus.matrix;

import dev.versus.config.Group;
import dev.versus.config.Scale;
import dev.versus.model.Criterion;
import dev.versus.model.Measure;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    List<Optional<Verdict>> verdicts = columns.stream().map(s -> c.verdict(s.slug())).toList();
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

  /** Where {@code subject} is ahead of {@code other}, both columns of this matrix. */
  public Ahead ahead(Subject subject, Subject other) {
    List<Ahead.Lead> leads = new ArrayList<>();
    for (Row r : rows()) {
      Optional<Verdict> mine = r.criterion().verdict(subject.slug());
      Optional<Verdict> theirs = r.criterion().verdict(other.slug());
      if (mine.isPresent() && theirs.isPresent() && Ranks.compare(r.criterion().measure(), mine.get(), theirs.get()) > 0) {
        leads.add(new Ahead.Lead(r.criterion(), mine.get(), theirs.get()));
      }
    }
    return new Ahead(subject, other, leads);
  }

  /** Where {@code subject} is ahead of each other column, in column order. */
  public List<Ahead> aheadOfOthers(Subject subject) {
    return columns.stream().filter(o -> !o.slug().equals(subject.slug())).map(o -> ahead(subject, o)).toList();
  }

  /** Where {@code subject}, one of the columns, stands on {@code row}. */
  public static Standing standing(Row row, Subject subject) {
    Optional<Cell> cell = row.cells().stream().filter(c -> c.subject().slug().equals(subject.slug())).findFirst();
    if (cell.isEmpty() || !cell.get().known() || !Ranks.ranked(row.criterion().measure())
        || row.cells().stream().filter(Cell::known).count() < 2) {
      return Standing.UNRANKED;
    }
    if (cell.get().leads()) return Standing.LEADS;
    return row.contested() ? Standing.TRAILS : Standing.LEVEL;
  }

  /**
   * The same rows sorted by {@code subject}, best first: grouped by its {@link Standing} (leads, level,
   * trails, unranked) instead of by topic, each group under {@code groups}' entry for it (the render
   * stage names them), table order within a group; an empty group is left out.
   */
  public Matrix sortedBy(Subject subject, Map<Standing, Group> groups) {
    List<RowGroup> sorted = new ArrayList<>();
    for (Standing st : Standing.values()) {
      List<Row> rows = rows().stream().filter(r -> standing(r, subject) == st).toList();
      if (!rows.isEmpty()) sorted.add(new RowGroup(groups.get(st), rows));
    }
    return new Matrix(columns, List.copyOf(sorted), scales);
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
    int parts = Math.max(1, (items.size() + max - 1) / max);
    List<List<T>> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < parts; i++) {
      int size = items.size() / parts + (i < items.size() % parts ? 1 : 0);
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

  /** Every pair of subjects (a before b in site.yaml's order); pair pages exist from three subjects up. */
  public static List<List<Subject>> pairs(List<Subject> subjects) {
    List<List<Subject>> out = new ArrayList<>();
    if (subjects.size() < 3) return out;
    for (int i = 0; i < subjects.size(); i++) {
      for (int j = i + 1; j < subjects.size(); j++) out.add(List.of(subjects.get(i), subjects.get(j)));
    }
    return out;
  }
}

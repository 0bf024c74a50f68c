package dev.versus.matrix;

import dev.versus.config.Group;
import dev.versus.model.Criterion;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import java.util.ArrayList;
import java.util.List;

/** The comparison table for a set of subject columns: rows grouped as site.yaml orders them. */
public record Matrix(List<Subject> columns, List<RowGroup> groups) {

  /** The matrix of every subject. */
  public static Matrix of(Site site) {
    return of(site, site.subjects());
  }

  /** The matrix narrowed to {@code columns}, e.g. one pair of subjects. */
  public static Matrix of(Site site, List<Subject> columns) {
    List<RowGroup> groups = new ArrayList<>();
    for (Group g : site.config().groups()) {
      List<Row> rows = site.criteria().stream().filter(c -> c.group().equals(g.key()))
          .map(c -> row(c, columns)).toList();
      if (!rows.isEmpty()) groups.add(new RowGroup(g, rows));
    }
    return new Matrix(List.copyOf(columns), List.copyOf(groups));
  }

  private static Row row(Criterion c, List<Subject> columns) {
    List<Cell> cells = columns.stream().map(s -> new Cell(s, c.verdict(s.slug()))).toList();
    long levels = cells.stream().map(cell -> cell.verdict().map(v -> v.level().key()).orElse("")).distinct().count();
    return new Row(c, cells, levels > 1);
  }

  public List<Row> rows() {
    return groups.stream().flatMap(g -> g.rows().stream()).toList();
  }

  /** Rows whose cells differ, the "show only differences" view. */
  public long differingRows() {
    return rows().stream().filter(Row::differs).count();
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

package dev.versus.matrix;

import dev.versus.config.Group;
import dev.versus.web.Parts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page's share of a table too big for one page (issue 25): the rows of one group, or of one run of a
 * group's rows ({@code page} of {@code pages}, from 1), with every column. {@code group} is empty-keyed
 * null when the whole table fits one page ({@link #of}). The rows keep the whole row's facts (who leads,
 * differs, level), since a slice only leaves rows out.
 */
public record Slice(Group group, int page, int pages, Matrix matrix) {

  /** {@link Parts#MAX_CELLS}: the most cells one comparison page shows. */
  public static final int MAX_CELLS = Parts.MAX_CELLS;

  /** {@link Parts#MAX_LINES}: the most lines one page that lists one line per criterion shows. */
  public static final int MAX_LINES = Parts.MAX_LINES;

  /**
   * The parts of a page that lists one line per criterion of {@code matrix}: one slice (the whole list) up to
   * {@code maxLines} rows, else the rows by group, a group of more than {@code maxLines} rows in even runs.
   * The same decision as {@link #of} with one cell per row, so such pages split by the table's groups.
   */
  public static List<Slice> lines(Matrix matrix, int maxLines) {
    return split(matrix, 1, maxLines);
  }

  /** Whether this slice is the whole table. */
  public boolean whole() {
    return group == null;
  }

  /**
   * {@code matrix} as one slice when it has at most {@code maxCells} cells; else one slice per group, a
   * group of more than {@code maxCells} cells split into even runs of rows (at least one row each), in
   * table order. Linear in the rows.
   */
  public static List<Slice> of(Matrix matrix, int maxCells) {
    return split(matrix, Math.max(1, matrix.columns().size()), maxCells);
  }

  private static List<Slice> split(Matrix matrix, int columns, int maxCells) {
    // the route table's split (web.Parts), so the link check names the same parts as the pages
    List<Parts.Group> shape = matrix.groups().stream().map(g -> new Parts.Group(g.group().key(), g.rows().size())).toList();
    List<Parts.Part> parts = Parts.of(shape, columns, maxCells);
    if (parts.isEmpty()) return List.of(new Slice(null, 1, 1, matrix));
    Map<String, RowGroup> byKey = new HashMap<>();
    matrix.groups().forEach(g -> byKey.put(g.group().key(), g));
    List<Slice> out = new ArrayList<>(parts.size());
    for (Parts.Part p : parts) {
      RowGroup g = byKey.get(p.key());
      Matrix one = new Matrix(matrix.columns(), List.of(new RowGroup(g.group(), List.copyOf(g.rows().subList(p.from(), p.to())))),
          matrix.scales());
      out.add(new Slice(g.group(), p.page(), p.pages(), one));
    }
    return List.copyOf(out);
  }
}

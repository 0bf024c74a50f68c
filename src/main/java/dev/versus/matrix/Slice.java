package dev.versus.matrix;

import dev.versus.config.Group;
import java.util.ArrayList;
import java.util.List;

/**
 * One page's share of a table too big for one page (issue 25): the rows of one group, or of one run of a
 * group's rows ({@code page} of {@code pages}, from 1), with every column. {@code group} is empty-keyed
 * null when the whole table fits one page ({@link #of}). The rows keep the whole row's facts (who leads,
 * differs, level), since a slice only leaves rows out.
 */
public record Slice(Group group, int page, int pages, Matrix matrix) {

  /**
   * The most cells one comparison page shows: at about 400 bytes of HTML per cell of the full table (a
   * level, a one-line summary and its citations), 3,000 cells are about 1.2 MB, well under the 2 MiB a page
   * may weigh, with room for longer summaries. A table up to this size stays one page, as every guide had it.
   */
  public static final int MAX_CELLS = 3000;

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
    int columns = Math.max(1, matrix.columns().size());
    long cells = (long) columns * matrix.groups().stream().mapToInt(g -> g.rows().size()).sum();
    if (cells <= maxCells) return List.of(new Slice(null, 1, 1, matrix));
    int rowsPerPage = Math.max(1, maxCells / columns);
    List<Slice> out = new ArrayList<>();
    for (RowGroup g : matrix.groups()) {
      List<List<Row>> runs = Matrix.chunks(g.rows(), rowsPerPage);
      for (int i = 0; i < runs.size(); i++) {
        Matrix one = new Matrix(matrix.columns(), List.of(new RowGroup(g.group(), runs.get(i))), matrix.scales());
        out.add(new Slice(g.group(), i + 1, runs.size(), one));
      }
    }
    return List.copyOf(out);
  }
}

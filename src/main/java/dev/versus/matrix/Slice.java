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

  /**
   * The most lines one page that lists one line per criterion shows (a subject's verdicts with where it is
   * ahead, the criteria index, what cites each source): a subject's line is its cell as the table shows it
   * plus the criterion's title and its "ahead" row, about two cells, so half of {@link #MAX_CELLS}. The
   * tester's 2 x 50,050 guide wrote about 600 bytes per line on a subject page: 1,500 lines are under 1 MB.
   * Up to this many criteria (every guide before issue 25, and 100 x 1,000) these pages stay whole.
   */
  public static final int MAX_LINES = MAX_CELLS / 2;

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

package dev.versus.web;

import java.util.ArrayList;
import java.util.List;

/**
 * How a page too big for one is split (issue 25), decided here once from the shape of the table alone, so the
 * matrix stage's slices ({@code matrix.Slice}) and the link check ({@link Published}) name the same parts.
 */
public final class Parts {
  private Parts() {}

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
   * The most cells of the table one volume of a split print view holds: a cell prints twice (in the table and
   * in its criterion's section), about 700 bytes in all, so 1,500 cells are about 1 MiB, half the 2 MiB a page
   * may weigh. The print view is split exactly when the comparison table is.
   */
  public static final int VOLUME_CELLS = MAX_CELLS / 2;

  /**
   * One group of the table: its key and how many rows (criteria) it has, in table order.
   *
   * @param key the group's key in site.yaml
   * @param rows its criteria, at least one (a group without criteria is not in the table)
   */
  public record Group(String key, int rows) {}

  /**
   * One part: rows {@code from} (inclusive) to {@code to} (exclusive) of group {@code key}, page {@code page} of
   * {@code pages} (from 1).
   */
  public record Part(String key, int page, int pages, int from, int to) {
    /** The slugs of this part's route after its owner's: the group's key, then the page number from page 2 on. */
    public List<String> slugs() {
      return page == 1 ? List.of(key) : List.of(key, String.valueOf(page));
    }
  }

  /**
   * The parts of a table of {@code groups} with {@code columns} cells per row: none when it has at most
   * {@code maxCells} cells (it is one page); else every group, a group of more than {@code maxCells} cells
   * in even runs of rows (at least one row each), in table order. Linear in the groups and parts.
   */
  public static List<Part> of(List<Group> groups, int columns, int maxCells) {
    int perRow = Math.max(1, columns);
    long cells = (long) perRow * groups.stream().mapToLong(Group::rows).sum();
    if (cells <= maxCells) return List.of();
    int rowsPerPage = Math.max(1, maxCells / perRow);
    List<Part> out = new ArrayList<>();
    for (Group g : groups) {
      int[] runs = runs(g.rows(), rowsPerPage);
      int from = 0;
      for (int i = 0; i < runs.length; i++) {
        out.add(new Part(g.key(), i + 1, runs.length, from, from + runs[i]));
        from += runs[i];
      }
    }
    return List.copyOf(out);
  }

  /** The sizes of {@code items} split into the fewest even runs of at most {@code max} (one run when empty). */
  public static int[] runs(int items, int max) {
    int parts = Math.max(1, (items + max - 1) / max);
    int[] sizes = new int[parts];
    for (int i = 0; i < parts; i++) sizes[i] = items / parts + (i < items % parts ? 1 : 0);
    return sizes;
  }
}

package dev.versus.matrix;

import java.util.HashSet;
import java.util.Set;

/**
 * The leading cells of a matrix, as {@code criterion/subject} slugs: computed once from the whole
 * rows, so every page and every printed part that shows a cell marks the same leaders.
 */
public record Leaders(Set<String> cells) {
  public Leaders {
    cells = Set.copyOf(cells);
  }

  /** The leaders of every row of {@code matrix}. */
  public static Leaders of(Matrix matrix) {
    Set<String> cells = new HashSet<>();
    for (Row r : matrix.rows()) {
      r.cells().stream().filter(Cell::leads).forEach(c -> cells.add(key(r.criterion().slug(), c.subject().slug())));
    }
    return new Leaders(cells);
  }

  /** Whether {@code subject}'s cell leads the row of {@code criterion} (both slugs). */
  public boolean leads(String criterion, String subject) {
    return cells.contains(key(criterion, subject));
  }

  private static String key(String criterion, String subject) {
    return criterion + "/" + subject;
  }
}

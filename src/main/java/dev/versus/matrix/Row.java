package dev.versus.matrix;

import dev.versus.model.Criterion;
import java.util.List;

/**
 * A criterion across the chosen subjects. {@code differs} when the cells do not all give the same
 * answer (a missing verdict counts as an answer of its own), for every type; {@code level} when the
 * criterion is ranked (not text), every cell has a verdict and they all tie.
 */
public record Row(Criterion criterion, List<Cell> cells, boolean differs, boolean level) {

  /** Whether some cell leads: the row is ranked and not all its verdicts tie. */
  public boolean contested() {
    return cells.stream().anyMatch(Cell::leads);
  }
}

package dev.versus.matrix;

import dev.versus.model.Criterion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * Per cell in column order, a number naming its answer: equal numbers for equal answers (numbered from 0
   * in order of first appearance; a missing verdict is an answer of its own, as for {@code differs}). The
   * row differs among any subset of the columns exactly when their numbers do, which is how the comparison
   * page's "show only differences" follows the subjects the reader shows.
   */
  public List<Integer> answerClasses() {
    Map<String, Integer> seen = new HashMap<>();
    return cells.stream().map(c -> {
      String key = c.verdict().map(v -> Ranks.key(v.answer())).orElse("");
      Integer n = seen.get(key);
      if (n == null) seen.put(key, n = seen.size());
      return n;
    }).toList();
  }

  /**
   * Where each column stands on this row, in column order, decided in one pass (the table sorted by a
   * subject in the browser reads these: where it leads first). A cell {@code LEADS} where it leads, is
   * {@code LEVEL} where nobody leads, {@code TRAILS} where another leads; it is {@code UNRANKED} without a
   * known answer (no verdict, or an unknown one), on a text criterion or where fewer than two cells have one.
   */
  public List<Standing> standings() {
    long known = cells.stream().filter(Cell::known).count();
    boolean ranked = Ranks.ranked(criterion.measure()) && known >= 2;
    boolean contested = contested();
    return cells.stream().map(c -> !ranked || !c.known() ? Standing.UNRANKED
        : c.leads() ? Standing.LEADS : contested ? Standing.TRAILS : Standing.LEVEL).toList();
  }
}

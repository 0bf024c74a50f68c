package dev.versus.matrix;

import dev.versus.model.Answer;
import dev.versus.model.Measure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The length of each number cell's bar (issue 28, item 6), as a fraction from 0 to 1 of its row's scale: the
 * scale is shared by the whole row, from the smaller of 0 and its lowest value to the larger of 0 and its highest,
 * so a bar starts at zero, as a bar chart's should, and a row of negative values draws from its lowest. Computed
 * once from the full matrix: a pair page or a printed part draws a cell as long as the comparison page does.
 * Cells that are not numbers (levels, text, unknown or missing answers) have no bar.
 */
public record Bars(Map<String, Double> cells) {

  public Bars {
    cells = Map.copyOf(cells);
  }

  /** The bars of every number row of {@code full}. */
  public static Bars of(Matrix full) {
    Map<String, Double> out = new HashMap<>();
    for (Row r : full.rows()) {
      if (!(r.criterion().measure() instanceof Measure.Numeric)) continue;
      List<BigDecimal> values = r.cells().stream().flatMap(c -> value(c).stream()).toList();
      if (values.isEmpty()) continue;
      BigDecimal lo = values.stream().reduce(BigDecimal.ZERO, BigDecimal::min);
      BigDecimal hi = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
      BigDecimal span = hi.subtract(lo);
      for (Cell c : r.cells()) {
        // in decimal: the span of two doubles' worth of values overflows a double (as in Points)
        value(c).ifPresent(v -> out.put(key(r.criterion().slug(), c.subject().slug()), span.signum() == 0 ? 0
            : v.subtract(lo).divide(span, MathContext.DECIMAL64).doubleValue()));
      }
    }
    return new Bars(out);
  }

  /** The bar of {@code subject}'s cell on {@code criterion} (both slugs), from 0 to 1; empty when it has none. */
  public Optional<Double> of(String criterion, String subject) {
    return Optional.ofNullable(cells.get(key(criterion, subject)));
  }

  private static Optional<BigDecimal> value(Cell c) {
    return c.verdict().map(v -> v.answer()).filter(a -> a instanceof Answer.OfValue).map(a -> ((Answer.OfValue) a).value());
  }

  private static String key(String criterion, String subject) {
    return criterion + "/" + subject;
  }
}

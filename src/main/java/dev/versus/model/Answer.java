package dev.versus.model;

import dev.versus.config.Level;
import java.math.BigDecimal;

/** A subject's answer on one criterion, of the criterion's {@link Measure}: a level, a number or text. */
public sealed interface Answer {

  /** A level of the criterion's scale ({@code level:} in front matter). */
  record OfLevel(Level level) implements Answer {}

  /** A number ({@code value:}), exactly as written: {@code 12.10} keeps its two decimals. */
  record OfValue(BigDecimal value) implements Answer {}

  /** Free text ({@code text:}), shown as written. */
  record OfText(String text) implements Answer {}
}

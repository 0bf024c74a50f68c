package dev.versus.model;

import dev.versus.config.Level;
import java.math.BigDecimal;

/** A subject's answer on one criterion, of the criterion's {@link Measure}: a level, a number or text. */
public sealed interface Answer {

  /** A key equal for equal answers, whatever the type: {@code 12.1} and {@code 12.10} are the same number. */
  default String key() {
    if (this instanceof OfLevel l) return "level:" + l.level().key();
    if (this instanceof OfValue v) return "value:" + v.value().stripTrailingZeros().toPlainString();
    return "text:" + ((OfText) this).text();
  }

  /** The answer as an author writes it: a level's key, a number as written, the text. */
  default String written() {
    if (this instanceof OfLevel l) return l.level().key();
    if (this instanceof OfValue v) return v.value().toPlainString();
    return ((OfText) this).text();
  }

  /** A level of the criterion's scale ({@code level:} in front matter). */
  record OfLevel(Level level) implements Answer {}

  /** A number ({@code value:}), exactly as written: {@code 12.10} keeps its two decimals. */
  record OfValue(BigDecimal value) implements Answer {}

  /** Free text ({@code text:}), shown as written. */
  record OfText(String text) implements Answer {}
}

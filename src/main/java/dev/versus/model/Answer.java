package dev.versus.model;

import dev.versus.config.Level;
import java.math.BigDecimal;

/**
 * A subject's answer on one criterion, of the criterion's {@link Measure}: a level, a number or text; or
 * {@link Unknown}, an answer nobody knows, with the reason (issue 28: MDN's browser-compat-data tells {@code null},
 * unknown, apart from {@code false}). An unknown answer is never ranked and scores nothing.
 */
public sealed interface Answer {

  /** A key equal for equal answers, whatever the type: {@code 12.1} and {@code 12.10} are the same number. */
  default String key() {
    if (this instanceof OfLevel l) return "level:" + l.level().key();
    if (this instanceof OfValue v) return "value:" + v.value().stripTrailingZeros().toPlainString();
    // every unknown cell gives the same answer, whatever the reason: it is not known
    if (this instanceof Unknown) return "unknown";
    return "text:" + ((OfText) this).text();
  }

  /**
   * The answer as an author writes it: a level's key, a number with its decimals (in plain digits, or with its
   * exponent, {@code 1.7E+308}, where {@link OfValue#needsPower} says pages write a power of ten), the text, an
   * unknown's reason.
   */
  default String written() {
    if (this instanceof OfLevel l) return l.level().key();
    if (this instanceof OfValue v) return OfValue.needsPower(v.value()) ? v.value().toString() : v.value().toPlainString();
    if (this instanceof Unknown u) return u.reason();
    return ((OfText) this).text();
  }

  /** Whether this is a known answer (a level, number or text), which can be ranked and scored. */
  default boolean known() {
    return !(this instanceof Unknown);
  }

  /** A level of the criterion's scale ({@code level:} in front matter). */
  record OfLevel(Level level) implements Answer {}

  /** A number ({@code value:}), exactly as written: {@code 12.10} keeps its two decimals. */
  record OfValue(BigDecimal value) implements Answer {
    private static final BigDecimal LARGE = new BigDecimal("1e21");
    private static final BigDecimal SMALL = new BigDecimal("1e-6");

    /**
     * Whether {@code value} is written with a power of ten rather than in plain digits: a size of 1e21 or more,
     * or below 1e-6, where JavaScript's {@code Number.prototype.toString} switches to an exponent. In plain
     * digits a value at the edge of the accepted range (1.7e308) is over 300 characters with no break.
     */
    public static boolean needsPower(BigDecimal value) {
      BigDecimal size = value.abs();
      return size.compareTo(LARGE) >= 0 || (size.signum() != 0 && size.compareTo(SMALL) < 0);
    }
  }

  /** Free text ({@code text:}), shown as written. */
  record OfText(String text) implements Answer {}

  /** Not known ({@code unknown: "why it is not known"} instead of an answer key), with the reason as written. */
  record Unknown(String reason) implements Answer {}
}

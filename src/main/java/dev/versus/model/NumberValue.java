package dev.versus.model;

import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads the {@code value} of a number criterion's verdict or claim: a decimal number whose size is 0 or
 * from {@link #SMALLEST} to {@link #LARGEST}, the range of a finite IEEE 754 double. Inside it, every
 * reader of compare.json (JavaScript's {@code JSON.parse} among them) gets the number back as a finite
 * number, and what Versus writes from it (the page's figure, the CSV's and JSON's digits) stays about as long as
 * what the author wrote. Outside it, the value is an error at its position saying the bound (the kind of
 * fault of google/gson#1203: a number too large for a double ends as Infinity, which JSON cannot hold).
 */
final class NumberValue {
  /** The largest size a value may have: {@link Double#MAX_VALUE} written as Java writes it. */
  static final BigDecimal LARGEST = BigDecimal.valueOf(Double.MAX_VALUE);
  /** The smallest size above 0 a value may have: {@link Double#MIN_VALUE}, written as Java writes it. */
  static final BigDecimal SMALLEST = BigDecimal.valueOf(Double.MIN_VALUE);

  private NumberValue() {}

  /**
   * {@code text} as a number, or empty after an error at {@code pos}: {@code notANumber} when it is not one,
   * the accepted range when it is outside it.
   */
  static Optional<BigDecimal> read(String text, Position pos, Diagnostics diags, String notANumber) {
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException ex) {
      diags.error(pos, notANumber);
      return Optional.empty();
    }
    BigDecimal size = value.abs();
    if (size.compareTo(LARGEST) > 0 || (size.signum() != 0 && size.compareTo(SMALLEST) < 0)) {
      diags.error(pos, "`value` " + text.strip() + " is outside the range of numbers Versus compares: write 0 or a number "
          + "whose size is from 4.9e-324 to 1.7976931348623157e308 (a double's range, which every reader of compare.json holds); "
          + "for a larger or smaller quantity, change the criterion's `unit`");
      return Optional.empty();
    }
    return Optional.of(value);
  }
}

package dev.versus.render;

import dev.versus.model.Answer;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Writes a number criterion's value with its unit the way the site's {@code language} writes
 * numbers: its decimal and grouping marks, and for a percentage its own percent pattern
 * ({@code 12.16%} in English, {@code 12,16 %} in French, from the JDK's CLDR data). Any other unit
 * follows the number after a no-break space ({@code 250 ms}). The value keeps the decimals it was
 * written with. A size where {@link Answer.OfValue#needsPower} says so (1e21 or more, below 1e-6) is written as a
 * power of ten with the digits written ({@code 1.7 × 10³⁰⁸ ms}): in full, a value at the edge of the accepted
 * range is over 300 characters with no break opportunity.
 */
final class Numbers {
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private Numbers() {}

  static String format(BigDecimal value, String unit, Locale locale) {
    boolean power = Answer.OfValue.needsPower(value);
    // the significand keeps every digit written: 1.70e308 has the digits 170, so 1.70 × 10^308
    int exponent = power ? value.precision() - 1 - value.scale() : 0;
    BigDecimal shown = power ? value.scaleByPowerOfTen(-exponent) : value;
    int decimals = Math.max(0, shown.scale());
    NumberFormat f;
    if (unit.equals("%")) {
      DecimalFormat p = (DecimalFormat) NumberFormat.getPercentInstance(locale);
      p.setMultiplier(1);
      f = p;
    } else {
      f = NumberFormat.getNumberInstance(locale);
    }
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    String number = f.format(shown);
    if (power) number = withPower(number, exponent);
    return unit.equals("%") ? number : number + "\u00a0" + unit;
  }

  /** {@code units} of an inline SVG drawing (0 to 100) as an attribute writes them: one decimal, a dot, whatever the language. */
  static String svg(double units) {
    return String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(100, units)));
  }

  /** {@code number} with "× 10" and {@code exponent} in superscript after its last digit (before a percent sign). */
  private static String withPower(String number, int exponent) {
    int end = number.length();
    while (end > 0 && !Character.isDigit(number.charAt(end - 1))) end--;
    StringBuilder power = new StringBuilder("\u00a0×\u00a010");
    if (exponent < 0) power.append('⁻');
    for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) power.append(SUPERSCRIPTS.charAt(c - '0'));
    return number.substring(0, end) + power + number.substring(end);
  }
}

package dev.versus.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Writes a number criterion's value with its unit the way the site's {@code language} writes
 * numbers: its decimal and grouping marks, and for a percentage its own percent pattern
 * ({@code 12.16%} in English, {@code 12,16 %} in French, from the JDK's CLDR data). Any other unit
 * follows the number after a no-break space ({@code 250 ms}). The value keeps the decimals it was
 * written with.
 */
final class Numbers {
  private Numbers() {}

  static String format(BigDecimal value, String unit, Locale locale) {
    int decimals = Math.max(0, value.scale());
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
    String number = f.format(value);
    return unit.equals("%") ? number : number + "\u00a0" + unit;
  }

  /** {@code units} of an inline SVG drawing (0 to 100) as an attribute writes them: one decimal, a dot, whatever the language. */
  static String svg(double units) {
    return String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(100, units)));
  }
}

package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers with units, written as the site's language writes them. */
class NumbersTest {
  private static String f(String value, String unit, String language) {
    return Numbers.format(new BigDecimal(value), unit, Locale.forLanguageTag(language));
  }

  @Test
  void englishWritesPercentAgainstTheNumberAndOtherUnitsAfterANoBreakSpace() {
    assertEquals("12.16%", f("12.16", "%", "en"));
    assertEquals("1,600.5\u00a0km/h", f("1600.5", "km/h", "en"));
    assertEquals("12.10%", f("12.10", "%", "en"), "the decimals the author wrote are kept");
    assertEquals("7\u00a0ms", f("7", "ms", "en"));
  }

  @Test
  void otherLanguagesUseTheirOwnMarksAndPercentSpacing() {
    assertEquals("12,16\u00a0%", f("12.16", "%", "de"));
    assertEquals("12,16\u00a0%", f("12.16", "%", "fr"));
    assertEquals("1.600,5\u00a0km/h", f("1600.5", "km/h", "de"));
  }

  /**
   * A value at the edge of the accepted range ({@code 1.7e308}, {@code 4.9e-324}) written out in full is 309 or
   * 326 characters with no break opportunity, wider than any screen: from the sizes where JavaScript's
   * {@code Number.prototype.toString} switches to an exponent (1e21, 1e-6), it is written as a power of ten, with
   * the digits the author wrote.
   */
  @Test
  void numbersAtTheEdgeOfTheRangeAreWrittenAsAPowerOfTen() {
    assertEquals("1.7\u00a0×\u00a010³⁰⁸\u00a0ms", f("1.7e308", "ms", "en"));
    assertEquals("-1.7\u00a0×\u00a010³⁰⁸\u00a0ms", f("-1.7e308", "ms", "en"));
    assertEquals("1.70\u00a0×\u00a010³⁰⁸\u00a0ms", f("1.70e308", "ms", "en"), "the digits written are kept");
    assertEquals("4.9\u00a0×\u00a010⁻³²⁴\u00a0ms", f("4.9e-324", "ms", "en"));
    assertEquals("1,7\u00a0×\u00a010³⁰⁸\u00a0ms", f("1.7e308", "ms", "de"));
    assertEquals("1\u00a0×\u00a010²¹%", f("1e21", "%", "en"));
    assertEquals("2,5\u00a0×\u00a010⁻⁷\u00a0%", f("0.00000025", "%", "fr"));
    assertEquals("999,999,999,999,999,999,999\u00a0ms", f("999999999999999999999", "ms", "en"), "below 1e21 in full");
    assertEquals("0.000001\u00a0ms", f("0.000001", "ms", "en"), "from 1e-6 in full");
  }
}

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
}

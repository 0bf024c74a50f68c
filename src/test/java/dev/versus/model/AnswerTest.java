package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How an answer is written back: in warnings, {@code check --evidence} and the search index. */
class AnswerTest {
  private static String written(String value) {
    return new Answer.OfValue(new BigDecimal(value)).written();
  }

  @Test
  void aNumberIsWrittenWithItsDecimals() {
    assertEquals("12.10", written("12.10"));
    assertEquals("1200", written("12e2"));
    assertEquals("0.000001", written("0.000001"));
  }

  /**
   * A value at the edge of the range ({@code 1.7e308}) written in plain digits is 309 characters, in a search
   * result on a phone as in a warning: from the sizes where pages switch to a power of ten, it keeps its exponent.
   */
  @Test
  void aNumberAtTheEdgeOfTheRangeKeepsItsExponent() {
    assertEquals("1.7E+308", written("1.7e308"));
    assertEquals("-1.7E+308", written("-1.7e308"));
    assertEquals("4.9E-324", written("4.9e-324"));
    assertEquals("1E+21", written("1e21"));
  }
}

package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Fields#isoDate} reads a plain date without the formatter: it must give what {@code LocalDate.parse} gives, refusals too. */
class IsoDateTest {
  @Test
  void givesWhatLocalDateParseGives() {
    List<String> texts = new ArrayList<>(List.of("", "2024-1-05", "2024-01-5", "2024/01/05", "+2024-01-05", "-0001-01-01",
        "12024-01-05", "2024-01-05T00", "２０２４-01-05", "2024-0a-05", "0000-01-01", "9999-12-31", " 2024-01-05"));
    for (String year : List.of("2024", "2023", "1900", "2000", "0000", "0400")) {
      for (int m = 0; m <= 13; m++) {
        for (int d = 0; d <= 32; d++) texts.add(String.format("%s-%02d-%02d", year, m, d));
      }
    }
    for (String t : texts) assertEquals(parsed(() -> LocalDate.parse(t)), parsed(() -> Fields.isoDate(t)), t);
  }

  private static String parsed(java.util.function.Supplier<LocalDate> parse) {
    try {
      return parse.get().toString();
    } catch (DateTimeException e) {
      return "refused";
    }
  }
}

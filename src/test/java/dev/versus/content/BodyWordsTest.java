package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word count without a regex counts what {@code strip().split("\\s+")} counted, whitespace of every kind. */
class BodyWordsTest {
  private static int bySplit(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  @Test
  void countsAsTheRegexDid() {
    for (String text : List.of("", " ", "one", " one ", "one two", "one  \t\n two\r\nthree", "a\u000Bb\fc",
        "non\u00a0breaking space", "em\u2003space", "\u2003lead and trail\u2003", "sep\u001Cara\u001Ftor",
        "\u001C x \u001C", "tab\tonly", "many   spaces   between", "\n\nlines\n\n")) {
      assertEquals(bySplit(text), Words.count(text), () -> "words of [" + text + "]");
    }
  }
}

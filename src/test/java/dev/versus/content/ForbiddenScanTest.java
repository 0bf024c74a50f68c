package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SourceText#hasForbidden} answers as {@code codePoints().anyMatch(SourceText::isForbidden)} does. */
class ForbiddenScanTest {
  /** Characters around every edge the rule has: controls, DEL and C1, surrogates, the noncharacters, plain text. */
  private static final char[] PICKS = {'a', ' ', '~', '\t', '\n', '\r', '\u0000', '\u0001', '\u001f', '\u007f', '\u0080',
      '\u009f', '\u00a0', 'é', '\ud800', '\udbff', '\udc00', '\udfff', '\ufffd', '\ufffe', '\uffff', '€'};

  @Test
  void randomTextsGetTheStreamsAnswer() {
    Random random = new Random(26);
    for (int t = 0; t < 20000; t++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(6);
      for (int i = 0; i < length; i++) s.append(PICKS[random.nextInt(PICKS.length)]);
      String text = s.toString();
      assertEquals(text.codePoints().anyMatch(SourceText::isForbidden), SourceText.hasForbidden(text),
          () -> text.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString());
    }
  }

  @Test
  void pairsAndLoneSurrogates() {
    assertFalse(SourceText.hasForbidden("a\ud83d\ude00b"), "an emoji is one code point above U+FFFF");
    assertTrue(SourceText.hasForbidden("a\ude00\ud83d"), "a low surrogate before a high one: two lone surrogates");
    assertTrue(SourceText.hasForbidden("end\ud83d"), "a high surrogate at the end");
    assertFalse(SourceText.hasForbidden("tab\tand\r\nbreaks"));
  }
}

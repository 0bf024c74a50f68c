package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8Chars} against {@code String.length()} of the decoded bytes. */
class Utf8CharsTest {
  @Test
  void theCharsOfUtf8BytesAreTheDecodedStringsLength() {
    // ASCII runs, two-, three- and four-byte characters and a lone surrogate (written as ?), cut at every offset
    String alphabet = "abcdefgh<é€\uD83D\uDE00\uD800";
    Random random = new Random(11);
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        int at = random.nextInt(alphabet.length());
        boolean pair = Character.isHighSurrogate(alphabet.charAt(at)) && at + 1 < alphabet.length()
            && Character.isLowSurrogate(alphabet.charAt(at + 1));
        if (Character.isLowSurrogate(alphabet.charAt(at))) at--;
        text.append(alphabet, at, pair || at + 1 < alphabet.length() && Character.isLowSurrogate(alphabet.charAt(at + 1)) ? at + 2 : at + 1);
        if (random.nextInt(3) == 0) text.append("ascii run ");
      }
      byte[] bytes = ("x" + text + "y").getBytes(StandardCharsets.UTF_8);
      String decoded = new String(bytes, 1, bytes.length - 2, StandardCharsets.UTF_8);
      assertEquals(decoded.length(), Utf8Chars.count(bytes, 1, bytes.length - 1), text.toString());
    }
  }
}

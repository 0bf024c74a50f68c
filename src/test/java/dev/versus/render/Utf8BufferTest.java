package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8Buffer} gives the bytes {@code String.getBytes(UTF_8)} gives, however the text is cut into writes. */
class Utf8BufferTest {
  /** ASCII, Latin-1, three-byte characters, both halves of a surrogate pair and the pair itself. */
  private static final String ALPHABET = "a<é€\u00A0…\uD83D\uDE00\uD83D\uDE00\uDC00";

  @Test
  void sameBytesAsStringGetBytes() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      String t = text.toString();
      Utf8Buffer w = new Utf8Buffer();
      int at = 0;
      while (at < t.length()) {
        int n = 1 + random.nextInt(t.length() - at);
        switch (random.nextInt(3)) {
          case 0 -> w.write(t, at, n);
          case 1 -> w.write(t.substring(at, at + n).toCharArray(), 0, n);
          default -> {
            for (int i = at; i < at + n; i++) w.write(t.charAt(i));
          }
        }
        at += n;
      }
      assertArrayEquals(t.getBytes(StandardCharsets.UTF_8), w.toByteArray(), () -> "text: " + t.chars().mapToObj(Integer::toHexString).toList());
    }
  }
}

package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8Buffer} gives the bytes {@code String.getBytes(UTF_8)} gives, however the text is cut into writes
 * and whatever a template hands it (a text, a {@link SafeString}, a {@link Utf8Html}'s bytes). */
class Utf8BufferTest {
  /** ASCII, Latin-1, three-byte characters, both halves of a surrogate pair and the pair itself. */
  private static final String ALPHABET = "a<é€\u00A0…\uD83D\uDE00\uD83D\uDE00\uDC00";

  @Test
  void sameBytesAsStringGetBytes() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      // up to 200 chars: a write of 64 or more is encoded whole (Utf8Buffer.BULK)
      for (int i = random.nextInt(random.nextBoolean() ? 30 : 200); i > 0; i--) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      String t = text.toString();
      byte[] written = written(t, random, t.length());
      assertArrayEquals(t.getBytes(StandardCharsets.UTF_8), written, () -> "text: " + t.chars().mapToObj(Integer::toHexString).toList());
    }
  }

  /**
   * A page longer than a chunk (1 MB) of the buffer, written in pieces of up to 300,000 chars: chunks filled to the
   * last byte or not, a multi-byte character or a surrogate pair at a chunk's edge, a section larger than a chunk.
   */
  @Test
  void longPagesAcrossChunks() {
    Random random = new Random(12);
    for (int round = 0; round < 12; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 600_000 + random.nextInt(2_500_000); i > 0; i--) {
        // mostly ASCII, as pages are, so the edges fall on every kind of character
        text.append(random.nextInt(4) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length())) : (char) ('a' + random.nextInt(26)));
      }
      String t = text.toString();
      assertArrayEquals(t.getBytes(StandardCharsets.UTF_8), written(t, random, round % 2 == 0 ? 300_000 : 2_000), "round " + round);
    }
  }

  /** The bytes of {@code t} written to a new buffer in pieces of 1 to {@code most} chars, each written one of five ways. */
  private static byte[] written(String t, Random random, int most) {
    Utf8Buffer w = new Utf8Buffer();
    int at = 0;
    while (at < t.length()) {
      int n = 1 + random.nextInt(Math.min(most, t.length() - at));
      int kind = random.nextInt(5);
      // a Utf8Html is a whole text: it never holds half of a surrogate pair the next write completes
      if (kind == 4 && (splits(t, at) || splits(t, at + n))) kind = 0;
      switch (kind) {
        case 3 -> w.write((Object) new SafeString(t.substring(at, at + n)));
        case 4 -> {
          // a section read back from the build cache: its bytes, in the middle of a larger array
          byte[] b = t.substring(at, at + n).getBytes(StandardCharsets.UTF_8);
          byte[] shard = new byte[b.length + 4];
          System.arraycopy(b, 0, shard, 2, b.length);
          w.write(new Utf8Html(shard, 2, b.length));
        }
        case 0 -> w.write(t, at, n);
        case 1 -> w.write(t.substring(at, at + n).toCharArray(), 0, n);
        default -> {
          for (int i = at; i < at + n; i++) w.write(t.charAt(i));
        }
      }
      at += n;
    }
    return w.toByteArray();
  }

  /** Whether a cut of {@code t} before index {@code at} falls inside a surrogate pair. */
  private static boolean splits(String t, int at) {
    return at > 0 && at < t.length() && Character.isHighSurrogate(t.charAt(at - 1)) && Character.isLowSurrogate(t.charAt(at));
  }
}

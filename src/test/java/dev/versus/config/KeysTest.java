package dev.versus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keys that become ids, classes and URLs, over random keys (ASCII, accents, spaces, underscores, CJK, an
 * emoji, a combining mark, a bidi override): a key is accepted exactly when it is a slug, and a refused
 * key's error names a hint that is itself a slug, which the check then accepts.
 */
class KeysTest {
  private static final Pattern HINT = Pattern.compile("; use `([^`]*)`$");
  private static final String CHARS = "abcxyz019-_ AZÉéüß.\u6f22\u5b57\u0301\u202e/#?\uD83D\uDE80";

  @Test
  void aKeyIsAcceptedExactlyWhenItIsASlugAndTheHintIsOne() {
    SplittableRandom random = new SplittableRandom(2401L);
    for (int run = 0; run < 5000; run++) {
      StringBuilder key = new StringBuilder();
      for (int n = random.nextInt(1, 12); n > 0; n--) {
        int i = random.nextInt(CHARS.length());
        // the emoji is a surrogate pair: take both halves or neither
        if (Character.isSurrogate(CHARS.charAt(i))) key.append("\uD83D\uDE80");
        else key.append(CHARS.charAt(i));
      }
      Diagnostics diags = new Diagnostics();
      boolean ok = Keys.check("group key", key.toString(), "an id", Position.of("site.yaml"), diags);
      assertEquals(key.toString().matches("[a-z0-9-]+"), ok, key.toString());
      if (ok) {
        assertFalse(diags.hasErrors());
        continue;
      }
      Matcher hint = HINT.matcher(diags.sorted().get(0).message());
      assertTrue(hint.find(), diags.sorted().get(0).message());
      assertTrue(Keys.check("group key", hint.group(1), "an id", Position.of("site.yaml"), new Diagnostics()),
          key + " -> " + hint.group(1));
    }
  }

  @Test
  void theHintDropsAccentsAndJoinsWordsWithHyphens() {
    Diagnostics diags = new Diagnostics();
    Keys.check("group key", "Données de base", "the id `group-<key>`", Position.of("site.yaml"), diags);
    assertTrue(diags.sorted().get(0).message().endsWith("; use `donnees-de-base`"), diags.sorted().get(0).message());
  }
}

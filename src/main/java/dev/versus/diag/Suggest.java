package dev.versus.diag;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" hints: the closest known name to a misspelt one. */
public final class Suggest {
  private Suggest() {}

  /** The closest candidate within a small edit distance, if any. */
  public static Optional<String> closest(String wrong, Collection<String> known) {
    int allowed = Math.max(2, wrong.length() / 3);
    return nearest(wrong, known).filter(best -> distance(wrong, best) <= allowed);
  }

  /**
   * The nearest candidate whatever the distance: for short closed lists such as a scale's levels,
   * where any hint beats none. Empty only when {@code known} is.
   */
  public static Optional<String> nearest(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(wrong, k);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return Optional.ofNullable(best);
  }

  /** " (did you mean `x`?)" or "" when nothing is close. */
  public static String didYouMean(String wrong, Collection<String> known) {
    return closest(wrong, known).map(k -> "; did you mean `" + k + "`?").orElse("");
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}

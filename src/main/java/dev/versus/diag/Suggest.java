package dev.versus.diag;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" hints: the closest known name to a misspelt one. */
public final class Suggest {
  private Suggest() {}

  /**
   * The known name an author most likely meant: the closest within a small edit distance; else one
   * that extends the wrong name or that it extends, at a word boundary ({@code offline-mode} for
   * {@code offline}); else one holding all the wrong name's words in order ({@code pros-cons} for
   * {@code pros-and-cons}).
   */
  public static Optional<String> closest(String wrong, Collection<String> known) {
    int allowed = Math.max(2, wrong.length() / 3);
    Optional<String> near = nearest(wrong, known).filter(best -> distance(wrong, best) <= allowed);
    if (near.isPresent()) return near;
    Optional<String> prefix = known.stream().filter(k -> extendsAtWord(k, wrong) || extendsAtWord(wrong, k))
        .min(java.util.Comparator.comparingInt((String k) -> Math.abs(k.length() - wrong.length())).thenComparing(k -> k));
    if (prefix.isPresent()) return prefix;
    return known.stream().filter(k -> wordsInOrder(wrong, k))
        .min(java.util.Comparator.comparingInt(String::length).thenComparing(k -> k));
  }

  /** Whether {@code longer} is {@code shorter} followed by more words ({@code offline-mode}, {@code offline}). */
  private static boolean extendsAtWord(String longer, String shorter) {
    return shorter.length() >= 3 && longer.length() > shorter.length() && longer.startsWith(shorter)
        && "-_/.".indexOf(longer.charAt(shorter.length())) >= 0;
  }

  /** Whether every word of {@code wrong} (two or more) appears in {@code known}, in order. */
  private static boolean wordsInOrder(String wrong, String known) {
    String[] words = wrong.split("[-_]");
    if (words.length < 2) return false;
    String[] have = known.split("[-_]");
    int i = 0;
    for (String h : have) {
      if (i < words.length && h.equals(words[i])) i++;
    }
    return i == words.length;
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

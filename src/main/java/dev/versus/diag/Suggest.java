package dev.versus.diag;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" hints: the closest known name to a misspelt one, or none when nothing is close. Every hint of
 * Versus comes from here, so what counts as close is decided once: a name one typo away (a letter wrong, missing,
 * extra, or two swapped) for every three letters of it, at least one; rustc's suggestions allow the same
 * ({@code rustc_span::edit_distance}, a third of the length). A hint that is not close misleads more than none:
 * {@code 9.9} is two typos from release {@code 1.0} of three characters, and was suggested it.
 */
public final class Suggest {
  private Suggest() {}

  /**
   * The known name an author most likely meant: the same name in other capitals; the closest within a small edit distance; else one
   * that extends the wrong name or that it extends, at a word boundary ({@code offline-mode} for
   * {@code offline}); else one holding all the wrong name's words in order ({@code pros-cons} for
   * {@code pros-and-cons}).
   */
  public static Optional<String> closest(String wrong, Collection<String> known) {
    // a name in other capitals is the name (CRITERIA/ for criteria/, 8 edits, got no hint at all)
    Optional<String> capitals = known.stream().filter(k -> k.equalsIgnoreCase(wrong)).min(java.util.Comparator.naturalOrder());
    if (capitals.isPresent()) return capitals;
    int allowed = Math.max(1, wrong.length() / 3);
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
   * The candidate the fewest edits away, whatever the distance (empty only when {@code known} is); of equally
   * near ones, the nearest in order where it first differs from {@code wrong} ({@code 1.2} is nearer {@code 1.1}
   * than {@code 1.0}, as a version), then the first in alphabetical order.
   */
  private static Optional<String> nearest(String wrong, Collection<String> known) {
    return known.stream().min(java.util.Comparator.comparingInt((String k) -> distance(wrong, k))
        .thenComparingInt(k -> apartAtFirstDifference(wrong, k)).thenComparing(k -> k));
  }

  /** How far apart {@code a} and {@code b} are, as characters, where they first differ (0 when one begins the other). */
  private static int apartAtFirstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) return Math.abs(a.charAt(i) - b.charAt(i));
    }
    return 0;
  }

  /** " (did you mean `x`?)" or "" when nothing is close. */
  public static String didYouMean(String wrong, Collection<String> known) {
    return closest(wrong, known).map(k -> "; did you mean `" + k + "`?").orElse("");
  }

  /**
   * The edits from {@code a} to {@code b}: a character inserted, deleted or replaced, or two neighbours swapped, each
   * one edit (the optimal string alignment distance: {@code titel} is one edit from {@code title}, not two).
   */
  static int distance(String a, String b) {
    int[] before = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], before[j - 2] + 1);
        }
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}

package dev.versus.matrix;

import dev.versus.model.Answer;
import dev.versus.model.Measure;
import dev.versus.model.Verdict;

/**
 * Who is ahead on one criterion: on a scale, the level that comes earlier; on a number, the value
 * that is better in the criterion's direction; text is never ranked. Verdicts passed in answer in
 * the criterion's measure (the model stage guarantees it).
 */
public final class Ranks {
  private Ranks() {}

  /** Whether answers of {@code m} are ranked at all (text is not). */
  public static boolean ranked(Measure m) {
    return !(m instanceof Measure.Text);
  }

  /** Positive when {@code a} is ahead of {@code b}, negative when behind, 0 when level (and always 0 for text). */
  public static int compare(Measure m, Verdict a, Verdict b) {
    if (a.answer() instanceof Answer.OfLevel x && b.answer() instanceof Answer.OfLevel y) {
      return Integer.compare(y.level().rank(), x.level().rank());
    }
    if (m instanceof Measure.Numeric n && a.answer() instanceof Answer.OfValue x && b.answer() instanceof Answer.OfValue y) {
      int c = x.value().compareTo(y.value());
      return n.better() == Measure.Better.HIGHER ? c : -c;
    }
    return 0;
  }

  /** A key equal for equal answers, whatever the type: {@code 12.1} and {@code 12.10} are the same number. */
  static String key(Answer a) {
    return a.key();
  }
}

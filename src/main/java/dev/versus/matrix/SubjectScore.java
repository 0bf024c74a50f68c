package dev.versus.matrix;

import dev.versus.model.Criterion;
import dev.versus.model.Subject;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One subject's place under a profile: its {@code score} out of 100 (empty when it has a known answer on none of
 * the weighed criteria: nothing to score it on is not a score of 0), its {@code rank} (from 1; tied subjects share
 * one, subjects without a score come last and share one), the {@link Contribution} of every weighed criterion it
 * has a verdict on, and the weighed criteria it has none on ({@code unscored}, which take no part in its score),
 * both in matrix order.
 */
public record SubjectScore(Subject subject, OptionalDouble score, int rank, List<Contribution> contributions, List<Criterion> unscored) {

  public SubjectScore {
    contributions = List.copyOf(contributions);
    unscored = List.copyOf(unscored);
  }

  /** The {@code n} criteria of kind {@link Contribution.Kind#GAIN} that gained it the most points, most first; none that gained nothing. */
  public List<Contribution> gains(int n) {
    return contributions.stream().filter(c -> c.kind() == Contribution.Kind.GAIN && c.gained() > 1e-9)
        .sorted(Comparator.comparingDouble(Contribution::gained).reversed()).limit(n).toList();
  }

  /** The {@code n} criteria of kind {@link Contribution.Kind#LOSS} that lost it the most points, most first. */
  public List<Contribution> losses(int n) {
    return contributions.stream().filter(c -> c.kind() == Contribution.Kind.LOSS && c.lost() > 1e-9)
        .sorted(Comparator.comparingDouble(Contribution::lost).reversed()).limit(n).toList();
  }

  /** The score as a fraction of the best possible, 0 to 1: the length of its bar (issue 28, item 6); empty without a score. */
  public OptionalDouble fraction() {
    return score.isPresent() ? OptionalDouble.of(Math.max(0, Math.min(1, score.getAsDouble() / 100))) : OptionalDouble.empty();
  }

  /** How many of the cells that count are disputed. */
  public long disputed() {
    return contributions.stream().filter(Contribution::disputed).count();
  }
}

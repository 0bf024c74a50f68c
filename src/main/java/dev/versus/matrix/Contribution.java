package dev.versus.matrix;

import dev.versus.model.Criterion;

/**
 * What one criterion does to one subject's score under a profile: its {@code weight}, the cell's
 * {@code points} (0 to 1, see {@link Points}), the share of 100 it {@code gained} and the share it
 * {@code lost} (would have gained with the best answer); {@code disputed} when the cell is disputed.
 * Any answer between the best and the worst both gains and loses some of its share, so a profile page
 * lists a criterion under one {@link #kind}, not both (issue 23: "Good" was listed as gained and lost).
 */
public record Contribution(Criterion criterion, double weight, double points, double gained, double lost, boolean disputed) {

  /** Whether a criterion counts for a subject or against it. */
  public enum Kind { GAIN, LOSS }

  /** {@link Kind#GAIN} when the cell earned at least half of its share (a middle level counts for it), else {@link Kind#LOSS}. */
  public Kind kind() {
    return points >= 0.5 ? Kind.GAIN : Kind.LOSS;
  }
}

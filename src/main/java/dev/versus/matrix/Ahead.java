package dev.versus.matrix;

import dev.versus.model.Criterion;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import java.util.List;

/**
 * The criteria on which {@code subject} is ahead of {@code other}, in matrix order, each with both
 * verdicts: a subject page's "Where Flask is ahead" and a pair page's two directions.
 */
public record Ahead(Subject subject, Subject other, List<Lead> criteria) {

  public Ahead {
    criteria = List.copyOf(criteria);
  }

  /** One criterion where the subject is ahead: its verdict and the other subject's. */
  public record Lead(Criterion criterion, Verdict mine, Verdict theirs) {}
}

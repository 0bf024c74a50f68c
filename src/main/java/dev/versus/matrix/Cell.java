package dev.versus.matrix;

import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import java.util.Optional;

/**
 * One subject's verdict on one criterion; empty when the author gave none (a warning).
 * {@code leads} when it is among the best cells of a row where not all subjects tie; an unknown answer never leads.
 */
public record Cell(Subject subject, Optional<Verdict> verdict, boolean leads) {

  /** Whether the cell has a known answer: a verdict that is not {@code unknown}. */
  public boolean known() {
    return verdict.filter(v -> v.answer().known()).isPresent();
  }

  /** Whether the cell's verdict says the answer is not known. */
  public boolean unknown() {
    return verdict.filter(v -> !v.answer().known()).isPresent();
  }
}

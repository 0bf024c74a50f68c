package dev.versus.model;

import java.util.List;

/**
 * One cell of the matrix: a subject's answer on a criterion (a level, a number or text, as the
 * criterion's {@link Measure} says), a one-line summary (may be empty on a text criterion), its sources;
 * {@code notes} the keys of the criterion's notes it shows, in the order listed.
 */
public record Verdict(String subject, Answer answer, String summary, List<String> sources, String disputed,
    List<String> notes) {

  /** A verdict without notes. */
  public Verdict(String subject, Answer answer, String summary, List<String> sources, String disputed) {
    this(subject, answer, summary, sources, disputed, List.of());
  }

  public boolean isDisputed() {
    return !disputed.isBlank();
  }
}

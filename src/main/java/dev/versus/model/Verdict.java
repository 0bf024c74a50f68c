package dev.versus.model;

import dev.versus.diag.Position;
import java.util.List;
import java.util.Optional;

/**
 * One cell of the matrix: a subject's answer on a criterion (a level, a number or text, as the
 * criterion's {@link Measure} says), a one-line summary (may be empty on a text criterion), its sources;
 * {@code notes} the keys of the criterion's notes it shows, in the order listed; {@code since} the subject's release
 * from which the answer holds ({@code since: "3.25"}), which the assembler looks up in the subject's {@code releases}.
 */
public record Verdict(String subject, Answer answer, String summary, List<String> sources, String disputed,
    List<String> notes, Optional<Since> since) {

  /** A verdict without notes or a release. */
  public Verdict(String subject, Answer answer, String summary, List<String> sources, String disputed) {
    this(subject, answer, summary, sources, disputed, List.of(), Optional.empty());
  }

  /** A {@code since} as written: the version, and where (for the warning when the subject has no such release). */
  public record Since(String version, Position at) {}

  public boolean isDisputed() {
    return !disputed.isBlank();
  }
}

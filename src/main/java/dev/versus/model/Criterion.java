package dev.versus.model;

import dev.versus.content.Body;
import java.util.List;
import java.util.Optional;

/**
 * A row of the matrix, from criteria/&lt;slug&gt;.md; verdicts follow site.yaml's subject order and
 * each answers in the criterion's {@code measure}; {@code reviewed}: when its verdicts were last checked;
 * {@code notes}: the notes its verdicts share, numbered by first use, the unused ones last ({@link Note}).
 */
public record Criterion(String slug, String path, String title, String group, int order, String question,
    Measure measure, List<Verdict> verdicts, Body body, Optional<java.time.LocalDate> reviewed, List<Note> notes) {

  /** A criterion without notes. */
  public Criterion(String slug, String path, String title, String group, int order, String question,
      Measure measure, List<Verdict> verdicts, Body body, Optional<java.time.LocalDate> reviewed) {
    this(slug, path, title, group, order, question, measure, verdicts, body, reviewed, List.of());
  }

  /** The note {@code key} defines, if it does. */
  public Optional<Note> note(String key) {
    return notes.stream().filter(n -> n.key().equals(key)).findFirst();
  }

  /** The notes some verdict uses, by number: what its pages show. */
  public List<Note> usedNotes() {
    return notes.stream().filter(Note::used).toList();
  }

  public Optional<Verdict> verdict(String subject) {
    return verdicts.stream().filter(v -> v.subject().equals(subject)).findFirst();
  }

  /** Every source cited by any verdict, in first-cited order. */
  public List<String> sources() {
    return verdicts.stream().flatMap(v -> v.sources().stream()).distinct().toList();
  }
}

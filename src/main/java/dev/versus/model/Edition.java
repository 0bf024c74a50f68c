package dev.versus.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recorded state of the guide's matrix, from {@code editions/<name>.json} ({@code versus edition NAME}), or the
 * guide as it is now ({@link #current}, without a name or date): the subjects' titles by slug and every
 * criterion with each subject's answer, in the order they were recorded.
 */
public record Edition(String name, Optional<LocalDate> date, Map<String, String> subjects, List<Row> criteria) {

  /** One criterion as recorded: its title, its type (for showing its answers) and the answered cells by subject. */
  public record Row(String slug, String title, Measure measure, Map<String, Answer> cells) {}

  /** The guide as it is now: every subject and criterion in site order, each verdict's answer. */
  public static Edition current(List<Subject> subjects, List<Criterion> criteria) {
    Map<String, String> titles = new LinkedHashMap<>();
    subjects.forEach(s -> titles.put(s.slug(), s.title()));
    List<Row> rows = criteria.stream().map(c -> {
      Map<String, Answer> cells = new LinkedHashMap<>();
      c.verdicts().forEach(v -> cells.put(v.subject(), v.answer()));
      return new Row(c.slug(), c.title(), c.measure(), java.util.Collections.unmodifiableMap(cells));
    }).toList();
    return new Edition("", Optional.empty(), java.util.Collections.unmodifiableMap(titles), rows);
  }

  public Optional<Row> row(String slug) {
    return criteria.stream().filter(r -> r.slug().equals(slug)).findFirst();
  }
}

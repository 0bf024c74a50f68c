package dev.versus.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed in the matrix from one recorded edition to the next, computed once by the model stage from the
 * guide's {@code editions/} (in date order, then by name) and the guide as it is now, as MDN's compat data and
 * caniuse publish per release. {@code editions}: per edition, what changed since the one before (the first
 * edition: everything it holds, as added); {@code unreleased}: what changed since the latest edition (empty
 * without editions). A guide without editions has an empty history and publishes no changes.
 */
public record History(List<Changes> editions, Changes unreleased, Map<String, Integer> lastChanged) {

  /** How a cell changed: it got an answer, its answer changed, or it lost its answer. */
  public enum Kind {
    ADDED, CHANGED, REMOVED;

    /** The word changes.json writes. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A criterion by slug and title, as an edition names it. */
  public record CriterionName(String slug, String title) {}

  /**
   * One cell's change: its criterion and subject (slug and title, as the newer side names them), and its answer
   * before and after (empty where there was none) with the type each was recorded in.
   */
  public record Change(String criterion, String criterionTitle, String subject, String subjectTitle, Kind kind,
      Optional<Answer> from, Measure fromMeasure, Optional<Answer> to, Measure toMeasure) {}

  /**
   * The changes an edition brought ({@code name} and {@code date} empty for the unreleased ones): criteria added
   * and removed, and every cell's change (those of added and removed criteria too), in table order.
   */
  public record Changes(String name, Optional<LocalDate> date, List<CriterionName> added, List<CriterionName> removed,
      List<Change> changes) {

    /** The changes of the cells of criteria that are in both editions: what "cells changed" lists. */
    public List<Change> cells() {
      Set<String> whole = new java.util.HashSet<>();
      added.forEach(c -> whole.add(c.slug()));
      removed.forEach(c -> whole.add(c.slug()));
      return changes.stream().filter(c -> !whole.contains(c.criterion())).toList();
    }

    public boolean isEmpty() {
      return changes.isEmpty() && added.isEmpty() && removed.isEmpty();
    }
  }

  /** The history of {@code editions} (any order) up to {@code now}, the guide as it is. */
  public static History of(List<Edition> editions, Edition now) {
    List<Edition> ordered = editions.stream().sorted(java.util.Comparator.comparing((Edition e) -> e.date().orElseThrow())
        .thenComparing(Edition::name)).toList();
    List<Changes> out = new ArrayList<>();
    Edition before = null;
    for (Edition e : ordered) {
      out.add(diff(e.name(), e.date(), before, e));
      before = e;
    }
    Changes unreleased = before == null ? new Changes("", Optional.empty(), List.of(), List.of(), List.of())
        : diff("", Optional.empty(), before, now);
    // per cell, the index of the last set of changes that touched it (editions 0..n-1, then the unreleased ones: n)
    Map<String, Integer> last = new HashMap<>();
    for (int i = 0; i < out.size(); i++) {
      for (Change c : out.get(i).changes()) last.put(c.criterion() + "/" + c.subject(), i);
    }
    for (Change c : unreleased.changes()) last.put(c.criterion() + "/" + c.subject(), out.size());
    return new History(List.copyOf(out), unreleased, Map.copyOf(last));
  }

  /** A history of no editions. */
  public static History none() {
    return new History(List.of(), new Changes("", Optional.empty(), List.of(), List.of(), List.of()), Map.of());
  }

  /** Whether the guide has recorded editions (and so publishes its changes). */
  public boolean isEmpty() {
    return editions.isEmpty();
  }

  /** The latest edition's changes, if there is one. */
  public Optional<Changes> latest() {
    return editions.isEmpty() ? Optional.empty() : Optional.of(editions.get(editions.size() - 1));
  }

  /** The names of the editions since which the cell of {@code subject} on {@code criterion} changed, in date order. */
  public List<String> changedSince(String criterion, String subject) {
    Integer last = lastChanged.get(criterion + "/" + subject);
    if (last == null) return List.of();
    return editions.subList(0, last).stream().map(Changes::name).toList();
  }

  /** The changes of one criterion's cells, per edition (then the unreleased ones), leaving out sets that touch none. */
  public List<Changes> of(String criterion) {
    List<Changes> out = new ArrayList<>();
    List<Changes> all = new ArrayList<>(editions);
    all.add(unreleased);
    for (Changes c : all) {
      Changes mine = new Changes(c.name(), c.date(), c.added().stream().filter(n -> n.slug().equals(criterion)).toList(),
          c.removed().stream().filter(n -> n.slug().equals(criterion)).toList(),
          c.changes().stream().filter(x -> x.criterion().equals(criterion)).toList());
      if (!mine.isEmpty()) out.add(mine);
    }
    return out;
  }

  /** What changed from {@code before} (null for the first edition) to {@code after}, in {@code after}'s order, then the removed. */
  static Changes diff(String name, Optional<LocalDate> date, Edition before, Edition after) {
    Map<String, Edition.Row> rows = new LinkedHashMap<>();
    after.criteria().forEach(r -> rows.put(r.slug(), r));
    Set<String> subjects = new LinkedHashSet<>(after.subjects().keySet());
    if (before != null) {
      before.criteria().forEach(r -> rows.putIfAbsent(r.slug(), r));
      subjects.addAll(before.subjects().keySet());
    }
    List<CriterionName> added = new ArrayList<>();
    List<CriterionName> removed = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    for (Edition.Row row : rows.values()) {
      Optional<Edition.Row> was = before == null ? Optional.empty() : before.row(row.slug());
      Optional<Edition.Row> is = after.row(row.slug());
      if (was.isEmpty()) added.add(new CriterionName(row.slug(), row.title()));
      if (is.isEmpty()) removed.add(new CriterionName(row.slug(), row.title()));
      for (String s : subjects) {
        Optional<Answer> from = was.map(r -> r.cells().get(s));
        Optional<Answer> to = is.map(r -> r.cells().get(s));
        if (from.isEmpty() && to.isEmpty()) continue;
        if (from.isPresent() && to.isPresent() && from.get().key().equals(to.get().key())) continue;
        Kind kind = from.isEmpty() ? Kind.ADDED : to.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
        String subjectTitle = Optional.ofNullable(after.subjects().get(s))
            .or(() -> Optional.ofNullable(before == null ? null : before.subjects().get(s))).orElse(s);
        Measure fromMeasure = was.map(Edition.Row::measure).orElse(row.measure());
        changes.add(new Change(row.slug(), is.orElse(row).title(), s, subjectTitle, kind, from, fromMeasure, to,
            is.map(Edition.Row::measure).orElse(fromMeasure)));
      }
    }
    return new Changes(name, date, List.copyOf(added), List.copyOf(removed), List.copyOf(changes));
  }
}

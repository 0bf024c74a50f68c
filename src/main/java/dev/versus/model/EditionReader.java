package dev.versus.model;

import dev.versus.config.Keys;
import dev.versus.config.Level;
import dev.versus.config.Scale;
import dev.versus.config.SiteConfig;
import dev.versus.content.EditionFile;
import dev.versus.content.Fields;
import dev.versus.content.YNode;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an edition file, {@code compare.json}'s shape cut down to what an edition records: {@code date},
 * {@code subjects} (slug, title), {@code scales} (as compare.json gives them, so a level keeps the label it
 * had), and {@code criteria}, each with its {@code cells} (subject, answered, level, value, text). Every
 * problem is reported at its position; a criterion, subject or level the guide no longer has is no problem
 * (it is what changed).
 */
final class EditionReader {
  private static final Set<String> KEYS = Set.of("date", "subjects", "scales", "criteria");
  /** compare.json's keys of a criterion and a cell: an edition may hold all of them and uses these. */
  private static final Set<String> CRITERION_KEYS = Set.of("slug", "title", "group", "question", "type", "scale", "unit",
      "better", "url", "reviewed", "cells");
  private static final Set<String> CELL_KEYS = Set.of("subject", "answered", "level", "value", "text", "unknown", "summary", "sources",
      "disputed", "evidence", "disputes", "checked", "stale");

  private EditionReader() {}

  static Optional<Edition> read(EditionFile file, SiteConfig config, Diagnostics diags) {
    long errors = diags.count(dev.versus.diag.Severity.ERROR);
    Keys.check("edition name", file.name(), "the anchor `edition-" + file.name() + "` and the address `?since="
        + file.name() + "`", Position.of(file.path()), diags);
    Optional<Fields> of = Fields.of(file.root(), "an edition", diags, KEYS);
    if (of.isEmpty()) return Optional.empty();
    Fields f = of.get();
    f.warnUnknown();
    var date = f.date("date", true);
    Map<String, String> subjects = new LinkedHashMap<>();
    for (YNode.Map m : f.maps("subjects", true)) {
      Fields s = new Fields(m, diags, Set.of("slug", "title", "url", "website", "version", "license"));
      s.text("slug", true).ifPresent(slug -> subjects.put(slug, s.text("title", slug)));
    }
    Map<String, Level> levels = levels(f, diags);
    List<Edition.Row> rows = f.maps("criteria", true).stream().flatMap(m -> row(m, levels, config, diags).stream()).toList();
    if (diags.count(dev.versus.diag.Severity.ERROR) > errors || date.isEmpty()) return Optional.empty();
    return Optional.of(new Edition(file.name(), date, java.util.Collections.unmodifiableMap(subjects), rows));
  }

  /** The levels of the edition's scales by {@code scale/key}, as they were then. */
  private static Map<String, Level> levels(Fields f, Diagnostics diags) {
    Map<String, Level> out = new HashMap<>();
    for (YNode.Map m : f.maps("scales", false)) {
      Fields s = new Fields(m, diags, Set.of("name", "levels"));
      String name = s.text("name", true).orElse("");
      for (YNode.Map l : s.maps("levels", false)) {
        Fields lf = new Fields(l, diags, Set.of("key", "label", "symbol", "meaning", "rank"));
        lf.text("key", true).ifPresent(key -> out.put(name + "/" + key, new Level(key, lf.text("label", key),
            lf.text("symbol", ""), lf.text("meaning", ""), lf.integer("rank").orElse(0), name)));
      }
    }
    return out;
  }

  private static Optional<Edition.Row> row(YNode.Map m, Map<String, Level> levels, SiteConfig config, Diagnostics diags) {
    Fields c = new Fields(m, diags, CRITERION_KEYS);
    c.warnUnknown();
    Optional<String> slug = c.text("slug", true);
    String type = c.text("type", "scale");
    Measure measure = switch (type) {
      case "number" -> new Measure.Numeric(c.text("unit", ""), "lower".equals(c.text("better", "")) ? Measure.Better.LOWER
          : Measure.Better.HIGHER);
      case "text" -> new Measure.Text();
      default -> new Measure.OnScale(config.scale(c.text("scale", "")).orElse(new Scale(c.text("scale", ""), List.of())));
    };
    Map<String, Answer> cells = new LinkedHashMap<>();
    for (YNode.Map cell : c.maps("cells", true)) {
      Fields x = new Fields(cell, diags, CELL_KEYS);
      x.warnUnknown();
      Optional<String> subject = x.text("subject", true);
      answer(x, measure, levels, config, diags).ifPresent(a -> subject.ifPresent(s -> cells.put(s, a)));
    }
    return slug.map(s -> new Edition.Row(s, c.text("title", s), measure, java.util.Collections.unmodifiableMap(cells)));
  }

  /** A cell's answer: its level, value, unknown or text, whichever is set (none for a cell without an answer). */
  private static Optional<Answer> answer(Fields x, Measure measure, Map<String, Level> levels, SiteConfig config,
      Diagnostics diags) {
    if (x.has("level")) {
      String scale = measure instanceof Measure.OnScale o ? o.scale().name() : "";
      return x.text("level", true).map(key -> new Answer.OfLevel(Optional.ofNullable(levels.get(scale + "/" + key))
          .or(() -> config.scale(scale).flatMap(s -> s.level(key))).orElse(new Level(key, key, "", "", 0, scale))));
    }
    if (x.has("value")) {
      return x.number("value", true).flatMap(v -> NumberValue.read(v, x.pos("value"), diags,
          "`value` must be a number such as 12.16, found `" + v + "`")).map(Answer.OfValue::new);
    }
    if (x.has("unknown")) return x.text("unknown", true).map(Answer.Unknown::new);
    return x.text("text", false).map(Answer.OfText::new);
  }
}

package dev.versus.model;

import dev.versus.config.Level;
import dev.versus.config.Scale;
import dev.versus.config.SiteConfig;
import dev.versus.config.SubjectRef;
import dev.versus.content.Document;
import dev.versus.content.Fields;
import dev.versus.content.KeyAdvice;
import dev.versus.content.Markdown;
import dev.versus.content.YNode;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads criteria/&lt;slug&gt;.md front matter into a {@link Criterion}, checking every reference and
 * that each verdict answers in the criterion's type (a level, a number or text).
 */
final class CriterionReader {
  static final Set<String> KEYS = Set.of("title", "group", "order", "question", "verdicts", "type", "scale", "unit", "better", "reviewed", "notes");
  static final Set<String> VERDICT_KEYS = Set.of("level", "value", "text", "summary", "sources", "disputed", "notes", "since", "unknown");
  static final List<String> TYPES = List.of("scale", "number", "text");
  /** The verdict key that holds the answer, per type. */
  private static final Map<String, String> ANSWER_KEY = Map.of("scale", "level", "number", "value", "text", "text");

  private CriterionReader() {}

  /** Reads {@code doc}; {@code markdown} renders its notes (asked for only when it has some). */
  static Criterion read(Document doc, SiteConfig config, Supplier<Markdown> markdown, Diagnostics diags) {
    Fields f = new Fields(doc.frontMatter(), diags, KEYS);
    f.warnUnknown();
    Map<String, NoteReader.Written> notes = NoteReader.defined(f, doc.path(), markdown, config.unsafeHtml(), diags);
    List<String> groups = config.groups().stream().map(g -> g.key()).toList();
    String group = "";
    if (f.has("group")) {
      YNode.Scalar g = f.scalars("group", true).stream().findFirst().orElse(null);
      if (g != null && Refs.check(g, groups, "group", diags)) group = g.value();
    } else {
      f.text("group", true);
    }
    Optional<Measure> measure = measure(f, config, diags);
    List<String> subjects = config.subjects().stream().map(SubjectRef::slug).toList();
    List<Verdict> verdicts = new ArrayList<>();
    Optional<YNode.Map> vmap = f.map("verdicts", true);
    vmap.ifPresent(m -> {
      for (YNode.Entry e : m.entries().values()) {
        if (KeyAdvice.blankRow(e.value())) continue; // no verdict: warned about below, at its row
        if (!Refs.check(e.key(), subjects, "subject", diags)) continue;
        verdict(e, measure, config, notes.keySet(), diags).ifPresent(verdicts::add);
      }
      for (String s : subjects) {
        YNode given = m.get(s);
        String answer = ANSWER_KEY.get(measure.map(Measure::type).orElse("scale"));
        if (given != null && KeyAdvice.blankRow(given)) {
          diags.warning(given.pos(), "no verdict for subject `" + s + "`: this row of " + given.pos().file() + " is empty; fill"
              + " its `" + answer + "` and `summary` (or `unknown` with the reason the answer is not known)");
          continue;
        }
        if (given != null) continue;
        // the verdicts of a criterion given only in data/cells.csv are positioned there: say how to add a row
        diags.warning(m.pos(), "no verdict for subject `" + s + "`: add " + (m.pos().file().endsWith(".csv")
            ? "a row with criterion `" + doc.slug() + "`, subject `" + s + "`, its " + answer + " and summary to " + m.pos().file()
            : "`" + s + ": {" + answer + ": ..., summary: ...}` under verdicts"));
      }
    });
    verdicts.sort(java.util.Comparator.comparingInt(v -> subjects.indexOf(v.subject())));
    return new Criterion(doc.slug(), doc.path(), f.text("title", true).orElse(doc.slug()), group,
        f.integer("order").orElse(Integer.MAX_VALUE), f.text("question", true).orElse(""),
        measure.orElse(new Measure.Text()), List.copyOf(verdicts), doc.body(), f.date("reviewed", false),
        NoteReader.numbered(notes, verdicts, diags));
  }

  /** The criterion's type from {@code type}, {@code scale}, {@code unit} and {@code better}; empty after an error. */
  private static Optional<Measure> measure(Fields f, SiteConfig config, Diagnostics diags) {
    String type = "scale";
    if (f.has("type")) {
      YNode.Scalar t = f.scalars("type", false).stream().findFirst().orElse(null);
      if (t == null || !Refs.check(t, TYPES, "type", diags)) return Optional.empty();
      type = t.value();
    }
    for (String key : List.of("scale", "unit", "better")) {
      boolean applies = key.equals("scale") ? type.equals("scale") : type.equals("number");
      if (f.has(key) && !applies) {
        diags.error(f.keyPos(key), "`" + key + "` does not apply to a `type: " + type + "` criterion: remove it"
            + (key.equals("scale") ? ", or leave out `type`" : ", or set `type: number`"));
        return Optional.empty();
      }
    }
    return switch (type) {
      case "number" -> numeric(f, diags);
      case "text" -> Optional.of(new Measure.Text());
      default -> onScale(f, config, diags);
    };
  }

  private static Optional<Measure> onScale(Fields f, SiteConfig config, Diagnostics diags) {
    if (config.scales().isEmpty()) return Optional.empty(); // site.yaml's error says why
    if (!f.has("scale")) return Optional.of(new Measure.OnScale(config.scales().get(0)));
    YNode.Scalar s = f.scalars("scale", false).stream().findFirst().orElse(null);
    List<String> names = config.scales().stream().map(Scale::name).toList();
    if (s == null || !Refs.check(s, names, "scale", diags)) return Optional.empty();
    return config.scale(s.value()).map(Measure.OnScale::new);
  }

  private static Optional<Measure> numeric(Fields f, Diagnostics diags) {
    Optional<String> unit = f.text("unit", false);
    if (unit.isEmpty() || unit.get().isBlank()) {
      Position at = f.has("unit") ? f.pos("unit") : f.keyPos("type");
      diags.error(at, "a `type: number` criterion needs a `unit`: " + (KeyAdvice.inTable(at)
          ? KeyAdvice.add(at, "unit", "", "the unit its values are in, such as `%`")
          : "add the unit its values are in, such as `unit: \"%\"`"));
    }
    Optional<Measure.Better> better = Optional.empty();
    if (!f.has("better")) {
      Position at = f.keyPos("type");
      diags.error(at, "a `type: number` criterion needs `better`: " + (KeyAdvice.inTable(at)
          ? KeyAdvice.add(at, "better", "", "`higher` or `lower`, whichever values put a subject ahead")
          : "add `better: higher` or `better: lower` (which values put a subject ahead)"));
    } else {
      YNode.Scalar b = f.scalars("better", false).stream().findFirst().orElse(null);
      List<String> directions = List.of("higher", "lower");
      if (b != null && Refs.check(b, directions, "direction", diags)) {
        better = Optional.of(Measure.Better.valueOf(b.value().toUpperCase(java.util.Locale.ROOT)));
      }
    }
    if (unit.isEmpty() || unit.get().isBlank() || better.isEmpty()) return Optional.empty();
    return Optional.of(new Measure.Numeric(unit.get().strip(), better.get()));
  }

  private static Optional<Verdict> verdict(YNode.Entry e, Optional<Measure> measure, SiteConfig config, Set<String> notes,
      Diagnostics diags) {
    Optional<Fields> of = Fields.of(e.value(), "verdict `" + e.key().value() + "`", diags, VERDICT_KEYS);
    if (of.isEmpty()) return Optional.empty();
    Fields v = of.get();
    v.warnUnknown();
    Optional<Answer> answer = v.has("unknown") ? unknown(v, diags) : measure.flatMap(m -> answer(v, m, config.scales(), diags));
    Optional<String> summary = v.text("summary", !(measure.orElse(null) instanceof Measure.Text));
    List<String> sources = Refs.known(v.scalars("sources", false),
        config.sources().stream().map(s -> s.id()).toList(), "source", diags);
    if (answer.isEmpty() || (summary.isEmpty() && !(measure.get() instanceof Measure.Text))) return Optional.empty();
    // an unknown key is left out, the verdict kept: its one error says which notes there are
    List<String> noteKeys = Refs.known(v.scalars("notes", false), notes, "note", diags).stream().distinct().toList();
    Optional<Verdict.Since> since = v.text("since", false).map(s -> new Verdict.Since(s.strip(), v.pos("since")));
    if (since.isPresent() && since.get().version().isEmpty()) {
      // an empty since would publish "since " on the cell: the verdict is kept without it, so this is its one error
      diags.error(since.get().at(), "`since` is empty: write the release the answer holds from, such as `since: \"2.0\"`,"
          + " or leave `since` out");
      since = Optional.empty();
    }
    return Optional.of(new Verdict(e.key().value(), answer.get(), summary.orElse(""), sources, v.text("disputed", ""),
        noteKeys, since));
  }

  /** The verdict's answer in the criterion's type; an answer key of another type is an error that says which to write. */
  private static Optional<Answer> answer(Fields v, Measure m, List<Scale> scales, Diagnostics diags) {
    String expected = ANSWER_KEY.get(m.type());
    for (String type : TYPES) {
      String key = ANSWER_KEY.get(type);
      if (!key.equals(expected) && v.has(key)) {
        Position at = v.keyPos(key);
        diags.error(at, "`" + key + "` is for `type: " + type + "` criteria, but this criterion is `type: " + m.type() + "`"
            + onScale(m) + (KeyAdvice.inTable(at)
                ? ": fill this row's `" + expected + "` column instead and leave its `" + key + "` empty, or make the criterion's `type` " + type
                : ": write `" + expected + ": ...` instead, or set `type: " + type + "` on the criterion"));
        return Optional.empty();
      }
    }
    if (m instanceof Measure.OnScale s) return level(v, s.scale(), scales, diags).map(Answer.OfLevel::new);
    if (m instanceof Measure.Numeric) return number(v, diags).map(Answer.OfValue::new);
    return v.text("text", true).map(Answer.OfText::new);
  }

  /**
   * An unknown answer ({@code unknown: "why it is not known"}): the reason must be said, and no answer key may stand
   * beside it (an error at {@code unknown}, naming the key: the verdict would say two things).
   */
  private static Optional<Answer> unknown(Fields v, Diagnostics diags) {
    for (String type : TYPES) {
      String key = ANSWER_KEY.get(type);
      if (v.has(key)) {
        diags.error(v.keyPos("unknown"), "`unknown` and `" + key + "` together: a verdict either answers or says why the "
            + "answer is not known: remove `" + key + "`, or remove `unknown`");
        return Optional.empty();
      }
    }
    // an empty reason is Fields' error ("`unknown` is empty"): a reader must learn why it is not known
    return v.text("unknown", true).map(r -> new Answer.Unknown(r.strip()));
  }

  private static String onScale(Measure m) {
    return m instanceof Measure.OnScale s ? " (on scale `" + s.scale().name() + "`)" : "";
  }

  private static Optional<Level> level(Fields v, Scale scale, List<Scale> scales, Diagnostics diags) {
    if (!v.has("level")) {
      v.text("level", true);
      return Optional.empty();
    }
    YNode.Scalar l = v.scalars("level", true).stream().findFirst().orElse(null);
    if (l == null) return Optional.empty();
    return LevelLookup.find(l.value(), scale, scales, l.pos(), diags);
  }

  private static Optional<BigDecimal> number(Fields v, Diagnostics diags) {
    return v.text("value", true).flatMap(text -> NumberValue.read(text, v.pos("value"), diags, "`value` must be a number such as 12.16, found `"
        + text + "`: write digits only, with a dot for decimals; the unit belongs in the criterion's `unit`"));
  }
}

package dev.versus.model;

import dev.versus.config.Level;
import dev.versus.config.SiteConfig;
import dev.versus.config.SubjectRef;
import dev.versus.content.Document;
import dev.versus.content.Fields;
import dev.versus.content.YNode;
import dev.versus.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads criteria/&lt;slug&gt;.md front matter into a {@link Criterion}, checking every reference. */
final class CriterionReader {
  static final Set<String> KEYS = Set.of("title", "group", "order", "question", "verdicts", "reviewed");
  static final Set<String> VERDICT_KEYS = Set.of("level", "summary", "sources", "disputed");

  private CriterionReader() {}

  static Criterion read(Document doc, SiteConfig config, Diagnostics diags) {
    Fields f = new Fields(doc.frontMatter(), diags, KEYS);
    f.warnUnknown();
    List<String> groups = config.groups().stream().map(g -> g.key()).toList();
    String group = "";
    if (f.has("group")) {
      YNode.Scalar g = f.scalars("group", true).stream().findFirst().orElse(null);
      if (g != null && Refs.check(g, groups, "group", diags)) group = g.value();
    } else {
      f.text("group", true);
    }
    List<String> subjects = config.subjects().stream().map(SubjectRef::slug).toList();
    List<Verdict> verdicts = new ArrayList<>();
    Optional<YNode.Map> vmap = f.map("verdicts", true);
    vmap.ifPresent(m -> {
      for (YNode.Entry e : m.entries().values()) {
        if (!Refs.check(e.key(), subjects, "subject", diags)) continue;
        verdict(e, config, diags).ifPresent(verdicts::add);
      }
      for (String s : subjects) {
        if (m.get(s) == null) {
          diags.warning(m.pos(), "no verdict for subject `" + s + "`: add `" + s + ": {level: ..., summary: ...}` under verdicts");
        }
      }
    });
    verdicts.sort(java.util.Comparator.comparingInt(v -> subjects.indexOf(v.subject())));
    return new Criterion(doc.slug(), doc.path(), f.text("title", true).orElse(doc.slug()), group,
        f.integer("order").orElse(Integer.MAX_VALUE), f.text("question", true).orElse(""), List.copyOf(verdicts), doc.body(),
        f.date("reviewed", false));
  }

  private static Optional<Verdict> verdict(YNode.Entry e, SiteConfig config, Diagnostics diags) {
    Optional<Fields> of = Fields.of(e.value(), "verdict `" + e.key().value() + "`", diags, VERDICT_KEYS);
    if (of.isEmpty()) return Optional.empty();
    Fields v = of.get();
    v.warnUnknown();
    List<String> levels = config.legend().stream().map(Level::key).toList();
    Optional<Level> level = Optional.empty();
    if (v.has("level")) {
      YNode.Scalar l = v.scalars("level", true).stream().findFirst().orElse(null);
      if (l != null && Refs.check(l, levels, "level", diags)) level = config.level(l.value());
    } else {
      v.text("level", true);
    }
    Optional<String> summary = v.text("summary", true);
    List<String> sources = Refs.known(v.scalars("sources", false),
        config.sources().stream().map(s -> s.id()).toList(), "source", diags);
    if (level.isEmpty() || summary.isEmpty()) return Optional.empty();
    return Optional.of(new Verdict(e.key().value(), level.get(), summary.get(), sources, v.text("disputed", "")));
  }
}

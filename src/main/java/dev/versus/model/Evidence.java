package dev.versus.model;

import dev.versus.config.Scale;
import dev.versus.config.SiteConfig;
import dev.versus.content.ClaimMark;
import dev.versus.content.Document;
import dev.versus.content.KeyAdvice;
import dev.versus.content.Kind;
import dev.versus.content.YNode;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The matrix's evidence: every claim of the guide and, per cell, what the claims say
 * ({@link CellEvidence}). {@code cells} is keyed by criterion slug, then subject slug, for every
 * verdict or claim; {@code staleCriteria} holds the criteria whose {@code reviewed} date is stale.
 * The idea of earning each cell from passages follows the issue "Evidence" (13); the staleness
 * rule counts whole months back from today, today being {@code SOURCE_DATE_EPOCH} when set.
 */
public record Evidence(List<Claim> claims, Map<String, Map<String, CellEvidence>> cells, List<String> staleCriteria) {

  /** The evidence of one cell, if it has a verdict or a claim. */
  public Optional<CellEvidence> cell(String criterion, String subject) {
    return Optional.ofNullable(cells.getOrDefault(criterion, Map.of()).get(subject));
  }

  /** Every cell of {@code criterion} that has evidence, in subject order. */
  public List<CellEvidence> of(String criterion) {
    return List.copyOf(cells.getOrDefault(criterion, Map.of()).values());
  }

  /** The cells whose sources disagree. */
  public List<CellEvidence> disputed() {
    return cells.values().stream().flatMap(m -> m.values().stream()).filter(CellEvidence::disputed).toList();
  }

  /** A published document whose body may hold claims, with what a claim needs to know of it. */
  record Page(Document doc, String title, List<String> sources) {}

  /**
   * Reads the claims of {@code pages} (subjects, criteria, then articles, in site order) and checks
   * them against {@code criteria} and the configuration; {@code criterionDocs} gives each verdict's
   * position by criterion slug; {@code criterionSlugs} are every criterion file's slug, loaded or not. Every problem goes to {@code diags}: an unknown reference is an
   * error, an unsupported verdict, an unbacked cell and a stale date are warnings (an unbacked cell only
   * while no error was reported: a file that failed to load may hold its claims).
   */
  static Evidence of(List<Page> pages, List<Criterion> criteria, List<String> criterionSlugs,
      Map<String, Document> criterionDocs, SiteConfig config, LocalDate today, Diagnostics diags) {
    Optional<LocalDate> cutoff = config.staleAfter() > 0 ? Optional.of(today.minusMonths(config.staleAfter())) : Optional.empty();
    List<String> subjects = config.subjects().stream().map(s -> s.slug()).toList();
    List<String> sourceIds = config.sources().stream().map(s -> s.id()).toList();
    Map<String, Criterion> bySlug = new LinkedHashMap<>();
    criteria.forEach(c -> bySlug.put(c.slug(), c));
    List<Claim> claims = new ArrayList<>();
    for (Page p : pages) {
      for (ClaimMark m : p.doc().body().claims()) {
        claim(p, m, bySlug, criterionSlugs, subjects, sourceIds, cutoff, config, diags).ifPresent(claims::add);
      }
    }
    Map<String, Map<String, CellEvidence>> cells = new LinkedHashMap<>();
    List<String> staleCriteria = new ArrayList<>();
    for (Criterion c : criteria) {
      Optional<YNode> verdicts = Optional.ofNullable(criterionDocs.get(c.slug())).map(d -> d.frontMatter().get("verdicts"));
      boolean staleReview = c.reviewed().isPresent() && cutoff.isPresent() && c.reviewed().get().isBefore(cutoff.get());
      if (staleReview) {
        staleCriteria.add(c.slug());
        Position at = Optional.ofNullable(criterionDocs.get(c.slug())).map(d -> d.frontMatter().get("reviewed"))
            .map(YNode::pos).orElse(Position.of(c.path()));
        diags.warning(at, "criterion `" + c.slug() + "` was last reviewed " + c.reviewed().get() + ", more than " + config.staleAfter()
            + " months (stale_after) before " + today + ": check its verdicts again and update `reviewed`");
      }
      Map<String, CellEvidence> row = new LinkedHashMap<>();
      for (String s : subjects) {
        List<Claim> own = claims.stream().filter(x -> x.criterion().equals(c.slug()) && x.subject().equals(s)).toList();
        Optional<Verdict> v = c.verdict(s);
        if (v.isEmpty() && own.isEmpty()) continue;
        Position at = verdicts.filter(YNode.Map.class::isInstance).map(m -> ((YNode.Map) m).entries().get(s))
            .map(e -> e.key().pos()).orElse(Position.of(c.path()));
        row.put(s, cell(c, s, v, own, at, cutoff, diags));
      }
      if (!row.isEmpty()) cells.put(c.slug(), java.util.Collections.unmodifiableMap(row));
    }
    return new Evidence(List.copyOf(claims), java.util.Collections.unmodifiableMap(cells), List.copyOf(staleCriteria));
  }

  private static CellEvidence cell(Criterion c, String subject, Optional<Verdict> v, List<Claim> own, Position at,
      Optional<LocalDate> cutoff, Diagnostics diags) {
    Map<String, List<Claim>> byGrade = new LinkedHashMap<>();
    for (Claim x : own) x.grade().ifPresent(g -> byGrade.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(x));
    List<CellEvidence.Side> sides = new ArrayList<>();
    byGrade.values().forEach(l -> sides.add(new CellEvidence.Side(l.get(0).grade().get(), List.copyOf(l))));
    if (v.isPresent() && !byGrade.isEmpty() && !byGrade.containsKey(v.get().answer().key())) {
      StringBuilder say = new StringBuilder();
      for (CellEvidence.Side side : sides) {
        if (say.length() > 0) say.append(", ");
        say.append(side.grade().written()).append(" (")
            .append(String.join(", ", side.claims().stream().map(Claim::where).toList())).append(")");
      }
      diags.warning(at, "verdict says " + v.get().answer().written() + "; the claims say " + say
          + ": correct the verdict, or the claims if the verdict is right");
    }
    // After an error the claims meant for this cell may sit in a file that failed to load, or name a
    // source that sources.yaml failed to define: "unbacked" would only echo that error, so it waits.
    if (v.isPresent() && own.isEmpty() && v.get().sources().isEmpty() && !diags.hasErrors()) {
      diags.warning(at, "the verdict on `" + subject + "` has neither a source nor a claim: "
          + KeyAdvice.add(at, "sources", "[...]", "source ids separated by spaces") + ", or end "
          + "a passage that supports it with `{claim=\"" + c.slug() + "/" + subject + "\"}`");
    }
    Optional<LocalDate> checked = own.stream().flatMap(x -> x.checked().stream()).max(LocalDate::compareTo).or(c::reviewed);
    boolean stale = checked.isPresent() && cutoff.isPresent() && checked.get().isBefore(cutoff.get());
    return new CellEvidence(c.slug(), subject, own, List.copyOf(sides), v.map(Verdict::disputed).orElse(""), checked, stale);
  }

  private static Optional<Claim> claim(Page p, ClaimMark m, Map<String, Criterion> criteria, List<String> criterionSlugs,
      List<String> subjects, List<String> sourceIds, Optional<LocalDate> cutoff, SiteConfig config, Diagnostics diags) {
    Kind kind = p.doc().kind();
    if (kind != Kind.ARTICLE && kind != Kind.CRITERION && kind != Kind.SUBJECT) {
      diags.error(m.pos(), "a claim belongs in an article, criterion or subject: move this passage into one of them");
      return Optional.empty();
    }
    String cell = m.attr("claim");
    int slash = cell.indexOf('/');
    if (slash < 0) {
      diags.error(m.at("claim"), "claim `" + cell + "` must name a cell as `criterion/subject`, such as `orm/"
          + (subjects.isEmpty() ? "django" : subjects.get(0)) + "`");
      return Optional.empty();
    }
    String cs = cell.substring(0, slash);
    String ss = cell.substring(slash + 1);
    // a criterion that failed to load has its own error; a claim on it is not checked further
    boolean ok = known(cs, criterionSlugs, "criterion", m.at("claim"), diags);
    ok &= known(ss, subjects, "subject", m.at("claim"), diags);
    List<String> sources = p.sources();
    if (!m.attr("source").isEmpty()) {
      ok &= known(m.attr("source"), sourceIds, "source", m.at("source"), diags);
      sources = List.of(m.attr("source"));
    }
    Optional<LocalDate> checked = Optional.empty();
    if (m.attrs().containsKey("checked")) {
      try {
        checked = Optional.of(LocalDate.parse(m.attr("checked").strip()));
      } catch (DateTimeParseException e) {
        diags.error(m.at("checked"), "`checked` must be a date written YYYY-MM-DD, found `" + m.attr("checked") + "`");
      }
    }
    if (!ok || !criteria.containsKey(cs)) return Optional.empty();
    Optional<Optional<Answer>> grade = grade(m, criteria.get(cs), config.scales(), diags);
    if (grade.isEmpty()) return Optional.empty();
    boolean stale = checked.isPresent() && cutoff.isPresent() && checked.get().isBefore(cutoff.get());
    if (stale) {
      diags.warning(m.at("checked"), "claim on " + cell + " was last checked " + checked.get() + ", more than " + config.staleAfter()
          + " months (stale_after) before " + cutoff.get().plusMonths(config.staleAfter()) + ": check the passage again and update `checked`");
    }
    return Optional.of(new Claim(m.id(), kind, p.doc().slug(), p.title(), cs, ss, grade.get(), List.copyOf(sources),
        checked, stale, m.pos(), m.sectionId(), m.sectionTitle(), m.excerpt()));
  }

  /** The claim's grade (empty inside: it grades nothing), or empty when it cannot be read (an error). */
  private static Optional<Optional<Answer>> grade(ClaimMark m, Criterion c, List<Scale> scales, Diagnostics diags) {
    boolean level = m.attrs().containsKey("level");
    boolean value = m.attrs().containsKey("value");
    if (!level && !value) return Optional.of(Optional.empty());
    Measure measure = c.measure();
    if (measure instanceof Measure.OnScale s) {
      if (value) {
        diags.error(m.at("value"), "`value` on criterion `" + c.slug() + "`, which has levels on scale `" + s.scale().name()
            + "`: write `level=\"...\"` with one of " + String.join(", ", s.scale().keys()));
        return Optional.empty();
      }
      return LevelLookup.find(m.attr("level"), s.scale(), scales, m.at("level"), diags)
          .map(l -> Optional.of(new Answer.OfLevel(l)));
    }
    if (measure instanceof Measure.Numeric) {
      if (level) {
        diags.error(m.at("level"), "`level` on criterion `" + c.slug() + "`, which is a number criterion: write `value=\"...\"`");
        return Optional.empty();
      }
      return NumberValue.read(m.attr("value"), m.at("value"), diags, "`value` must be a number such as 12.16, found `" + m.attr("value") + "`")
          .map(x -> Optional.of(new Answer.OfValue(x)));
    }
    diags.error(m.at(level ? "level" : "value"), "criterion `" + c.slug() + "` is a text criterion, which is never graded: "
        + "leave out `" + (level ? "level" : "value") + "` so the claim supports the cell without grading it");
    return Optional.empty();
  }

  private static boolean known(String name, Collection<String> known, String what, Position at, Diagnostics diags) {
    return Refs.check(new YNode.Scalar(name, false, at), known, what, diags);
  }
}

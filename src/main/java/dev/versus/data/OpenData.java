package dev.versus.data;

import dev.versus.config.Level;
import dev.versus.config.Scale;
import dev.versus.config.Source;
import dev.versus.content.Kind;
import dev.versus.matrix.Matrix;
import dev.versus.matrix.Quality;
import dev.versus.matrix.Row;
import dev.versus.model.Answer;
import dev.versus.model.CellEvidence;
import dev.versus.model.Claim;
import dev.versus.model.Criterion;
import dev.versus.model.Measure;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import dev.versus.web.Json;
import dev.versus.web.Links;
import dev.versus.web.Output;
import dev.versus.web.PageKind;
import dev.versus.web.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The whole matrix as files others can reuse: {@code compare.json} (subjects, groups, scales, criteria
 * with their type, scale, unit and direction, and every cell with its level, value or text, summary,
 * sources, dispute and evidence passages), described by {@code compare.schema.json} (JSON Schema 2020-12)
 * published beside it, and {@code compare.csv} (RFC 4180, UTF-8, a header row, one row per criterion and
 * subject). Shapes follow MDN's browser-compat-data, which keeps the data and its schema apart from
 * the pages. A cell's {@code evidence} lists the passages of the guide marked as claims on it (issue 13's
 * {@link CellEvidence}: each with its permalink, excerpt, page, sources, checked date and the answer it
 * grades), its {@code disputes} the answers those passages disagree on; both are empty for a cell no
 * passage backs. The CSV gives the number of passages per cell.
 */
public final class OpenData {
  /** The CSV columns, in order. */
  public static final List<String> CSV_HEADER = List.of("criterion", "criterion_title", "group", "type", "subject",
      "subject_title", "level", "level_label", "value", "unit", "text", "unknown", "summary", "sources", "disputed", "passages");

  private OpenData() {}

  /** The three files for {@code site}, whose full matrix is {@code matrix} (its rows give the criteria's order). */
  public static List<Output> outputs(Site site, Matrix matrix, Links links) {
    List<Output> out = new ArrayList<>(List.of(Output.page(Routes.COMPARE_JSON, "data", json(site, matrix, links)),
        Output.page(Routes.COMPARE_SCHEMA, "data", schema()), Output.page(Routes.COMPARE_CSV, "data", csv(site, matrix))));
    // what changed, only for a guide that records editions
    if (!site.history().isEmpty()) {
      out.add(Output.page(Routes.CHANGES_JSON, "data", ChangesJson.json(site.history(), links)));
      out.add(Output.page(Routes.CHANGES_SCHEMA, "data", schema(Routes.CHANGES_SCHEMA)));
    }
    return List.copyOf(out);
  }

  /** The schema of compare.json as published: the resource shipped with Versus. */
  public static String schema() {
    return schema(Routes.COMPARE_SCHEMA);
  }

  /** The schema {@code name} as published: a resource shipped with Versus beside this class. */
  public static String schema(String name) {
    try (InputStream in = OpenData.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** compare.json: see compare.schema.json for every field. */
  static String json(Site site, Matrix matrix, Links links) {
    Map<String, Object> root = map("$schema", links.absolute(Routes.COMPARE_SCHEMA), "title", site.config().title(),
        "url", links.absolute(PageKind.COMPARE.route()), "updated", site.updated().toString(),
        "license", site.config().dataLicense().isEmpty() ? null : site.config().dataLicense());
    Quality q = Quality.of(matrix, site.evidence());
    root.put("quality", map("cells", q.cells(), "answered", q.answered(), "unknown", q.unknown(), "unanswered", q.unanswered(),
        "backed", q.backed(), "stale", q.stale()));
    root.put("subjects", site.subjects().stream().map(s -> map("slug", s.slug(), "title", s.title(),
        "url", links.absolute(Kind.SUBJECT.route(s.slug())), "website", s.website(), "version", s.version(),
        "license", s.license())).toList());
    root.put("groups", site.config().groups().stream().map(g -> map("key", g.key(), "title", g.title())).toList());
    root.put("scales", site.config().scales().stream().map(OpenData::scale).toList());
    List<Object> criteria = new ArrayList<>();
    for (Row r : matrix.rows()) criteria.add(criterion(r.criterion(), site, links));
    root.put("criteria", criteria);
    root.put("sources", site.config().sources().stream().map(OpenData::source).toList());
    return Json.write(root) + "\n";
  }

  static Map<String, Object> scale(Scale s) {
    return map("name", s.name(), "levels", s.levels().stream().map((Level l) -> map("key", l.key(), "label", l.label(),
        "symbol", l.symbol(), "meaning", l.meaning(), "rank", l.rank())).toList());
  }

  private static Map<String, Object> criterion(Criterion c, Site site, Links links) {
    Measure m = c.measure();
    Map<String, Object> out = map("slug", c.slug(), "title", c.title(), "group", c.group(), "question", c.question(),
        "type", m.type(), "scale", m instanceof Measure.OnScale o ? o.scale().name() : null,
        "unit", m instanceof Measure.Numeric n ? n.unit() : null,
        "better", m instanceof Measure.Numeric n ? n.better().key() : null,
        "url", links.absolute(Kind.CRITERION.route(c.slug())),
        "reviewed", c.reviewed().map(Object::toString).orElse(null));
    List<Object> cells = new ArrayList<>();
    for (Subject s : site.subjects()) {
      cells.add(cell(s, c.verdict(s.slug()), site.evidence().cell(c.slug(), s.slug()), links));
    }
    out.put("cells", cells);
    return out;
  }

  /**
   * One subject's cell; a subject without a verdict has every answer null and {@code answered} false, and so has an
   * unknown answer, whose reason is {@code unknown}.
   * {@code evidence} and {@code disputes} come from the cell's claims, {@code checked} and {@code stale}
   * from its review state (the newest {@code checked} of its claims, else the criterion's {@code reviewed}).
   */
  private static Map<String, Object> cell(Subject s, Optional<Verdict> verdict, Optional<CellEvidence> evidence, Links links) {
    Answer a = verdict.map(Verdict::answer).orElse(null);
    // an unknown answer is no answer: answered false, with the reason in unknown
    Map<String, Object> out = map("subject", s.slug(), "answered", a != null && a.known());
    out.putAll(answer(a));
    out.putAll(map("summary", verdict.map(Verdict::summary).orElse(""),
        "sources", verdict.map(Verdict::sources).orElse(List.of()),
        "disputed", verdict.filter(Verdict::isDisputed).map(Verdict::disputed).orElse(null),
        "evidence", evidence.map(e -> e.claims().stream().map(x -> passage(x, links)).toList()).orElse(List.of()),
        "disputes", evidence.filter(CellEvidence::foundDispute).map(e -> e.sides().stream().map(OpenData::side).toList())
            .orElse(List.of()),
        "checked", evidence.flatMap(CellEvidence::lastChecked).map(Object::toString).orElse(null),
        "stale", evidence.map(CellEvidence::stale).orElse(false)));
    return out;
  }

  /**
   * {@code level}, {@code value}, {@code text} and {@code unknown} (the reason an answer is not known) of an answer,
   * the three it is not (or all four, for none) null.
   */
  static Map<String, Object> answer(Answer a) {
    return map("level", a instanceof Answer.OfLevel l ? l.level().key() : null,
        "value", a instanceof Answer.OfValue v ? v.value() : null,
        "text", a instanceof Answer.OfText t ? t.text() : null,
        "unknown", a instanceof Answer.Unknown u ? u.reason() : null);
  }

  /** A passage behind a cell: its permalink on its page ({@code #claim-...}), where it is, and what it grades. */
  private static Map<String, Object> passage(Claim x, Links links) {
    Answer grade = x.grade().orElse(null);
    return map("id", x.id(), "url", links.absolute(x.kind().route(x.page())) + "#" + x.id(),
        "page", x.pageTitle(), "section", x.sectionTitle().isEmpty() ? null : x.sectionTitle(),
        "excerpt", x.excerpt(), "sources", x.sources(), "checked", x.checked().map(Object::toString).orElse(null),
        "stale", x.stale(), "level", grade instanceof Answer.OfLevel l ? l.level().key() : null,
        "value", grade instanceof Answer.OfValue v ? v.value() : null);
  }

  /** One side of a dispute found from the claims: the answer and the ids of the passages that give it. */
  private static Map<String, Object> side(CellEvidence.Side side) {
    Map<String, Object> out = answer(side.grade());
    out.remove("text"); // a text criterion is never graded
    out.remove("unknown"); // nor does a passage say an answer is not known
    out.put("passages", side.claims().stream().map(Claim::id).toList());
    return out;
  }

  private static Map<String, Object> source(Source s) {
    return map("id", s.id(), "title", s.title(), "publisher", s.publisher(), "url", s.url().isEmpty() ? null : s.url(),
        "date", s.date().map(Object::toString).orElse(null));
  }

  /** compare.csv: {@link #CSV_HEADER}, then one record per criterion (matrix order) and subject (site order). */
  static String csv(Site site, Matrix matrix) {
    StringWriter out = new StringWriter();
    // RFC 4180: CRLF records, fields quoted where they hold a comma, quote or line break
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
      for (Row r : matrix.rows()) {
        Criterion c = r.criterion();
        for (Subject s : site.subjects()) {
          Optional<Verdict> v = c.verdict(s.slug());
          Answer a = v.map(Verdict::answer).orElse(null);
          // every column is author text but the value (digits Versus writes) and the passages (a count); the value
          // as compare.json writes it (1E+2 for 1e2), which reads back as the same number with the same scale
          // where plain digits (100) would not, so compare.csv as data/cells.csv publishes the same compare.json
          p.printRecord(FormulaGuard.text(c.slug()), FormulaGuard.text(c.title()), FormulaGuard.text(c.group()),
              c.measure().type(), FormulaGuard.text(s.slug()), FormulaGuard.text(s.title()),
              FormulaGuard.text(a instanceof Answer.OfLevel l ? l.level().key() : ""),
              FormulaGuard.text(a instanceof Answer.OfLevel l ? l.level().label() : ""),
              a instanceof Answer.OfValue x ? x.value().toString() : "",
              FormulaGuard.text(c.measure() instanceof Measure.Numeric n ? n.unit() : ""),
              FormulaGuard.text(a instanceof Answer.OfText t ? t.text() : ""),
              FormulaGuard.text(a instanceof Answer.Unknown u ? u.reason() : ""),
              FormulaGuard.text(v.map(Verdict::summary).orElse("")),
              FormulaGuard.text(String.join(" ", v.map(Verdict::sources).orElse(List.of()))),
              FormulaGuard.text(v.map(Verdict::disputed).orElse("")),
              site.evidence().cell(c.slug(), s.slug()).map(e -> e.claims().size()).orElse(0));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }
}

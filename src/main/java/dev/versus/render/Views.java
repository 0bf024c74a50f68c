package dev.versus.render;

import dev.versus.config.Level;
import dev.versus.config.Scale;
import dev.versus.config.Source;
import dev.versus.content.Heading;
import dev.versus.content.Kind;
import dev.versus.matrix.Ahead;
import dev.versus.matrix.Cell;
import dev.versus.matrix.Matrix;
import dev.versus.matrix.Row;
import dev.versus.matrix.RowGroup;
import dev.versus.matrix.Tally;
import dev.versus.model.Answer;
import dev.versus.model.Article;
import dev.versus.model.Backlink;
import dev.versus.model.CellEvidence;
import dev.versus.model.Claim;
import dev.versus.model.Criterion;
import dev.versus.model.Faq;
import dev.versus.model.Measure;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import dev.versus.web.Anchors;
import dev.versus.web.PageKind;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns model records into the plain maps templates read, so a theme needs no Java knowledge:
 * every value is a string, number, boolean, list or map, with URLs already computed.
 */
final class Views {
  /** How many colours the theme's level palette has: classes step-0 (best) to step-12 in versus.css and print.css. */
  static final int PALETTE_STEPS = 13;
  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Site site;
  private final Urls urls;
  private final BodyHtml bodies;
  private final Map<String, Integer> sourceNumbers = new HashMap<>();
  private final Map<String, List<Criterion>> related = new java.util.concurrent.ConcurrentHashMap<>();
  /** "criterion/subject" of every leading cell of the full matrix: what criterion and subject pages mark. */
  private final java.util.Set<String> leading = new java.util.HashSet<>();
  private final Matrix full;
  private final Locale locale;
  private final dev.versus.i18n.UiStrings strings;

  Views(Site site, Matrix full, Urls urls, dev.versus.i18n.UiStrings strings) {
    this.site = site;
    this.urls = urls;
    this.strings = strings;
    this.locale = Locale.forLanguageTag(site.config().language());
    this.full = full;
    for (Row r : full.rows()) {
      r.cells().stream().filter(Cell::leads).forEach(c -> leading.add(r.criterion().slug() + "/" + c.subject().slug()));
    }
    this.bodies = new BodyHtml(site, urls);
    List<Source> sources = site.config().sources();
    for (int i = 0; i < sources.size(); i++) sourceNumbers.put(sources.get(i).id(), i + 1);
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  /** What a card of a list page shows: every list's items have these keys, null where a kind has no such fact. */
  private static final List<String> CARD = List.of("title", "question", "tagline", "description", "readingMinutes", "dateHuman");

  /**
   * {@code item} (a subject, criterion, article or FAQ reference) as a card of a list page: with every key of
   * {@link #CARD}, so a theme reads them all under strict variables without testing which kind it lists.
   */
  static Map<String, Object> card(Map<String, Object> item) {
    Map<String, Object> m = new LinkedHashMap<>(item);
    for (String k : CARD) m.putIfAbsent(k, null);
    return m;
  }

  /**
   * A cell of {@code s} that has no verdict: {@code missing} tells it from a verdict's cell ({@link #verdict}),
   * whose keys it has too, empty, so a theme may read any of them under strict variables.
   */
  private Map<String, Object> noVerdict(Subject s) {
    return map("subject", subjectRef(s), "missing", true, "value", null, "summary", "", "sources", List.of(), "disputed", "",
        "isDisputed", false, "leads", false, "passages", 0, "evidenceUrl", "", "lastChecked", "", "stale", false);
  }

  /** The date the guide last changed: its newest article's date or update. */
  static java.util.Optional<java.time.LocalDate> updated(Site site) {
    return Site.newest(site.articles(), site.criteria());
  }

  static String human(java.time.LocalDate date) {
    return HUMAN.format(date);
  }

  /** The criteria article {@code a} links, in site order (its "Criteria discussed"); worked out once per article. */
  List<Criterion> related(Article a) {
    return related.computeIfAbsent(a.path(), p -> site.criteriaLinked(bodies.linksFrom(Kind.ARTICLE, a.slug())));
  }

  /** The resolved links document {@code kind}/{@code slug} wrote: what its rendered body depends on. */
  List<dev.versus.model.CrossLink> linksOf(Kind kind, String slug) {
    return bodies.linksFrom(kind, slug);
  }

  SafeString html(Kind kind, String slug, dev.versus.content.Body body) {
    return new SafeString(bodies.html(kind, slug, body));
  }

  Map<String, Object> subjectRef(Subject s) {
    return map("slug", s.slug(), "title", s.title(), "tagline", s.tagline(), "url", urls.href(Kind.SUBJECT, s.slug()),
        "version", s.version());
  }

  Map<String, Object> level(Level l) {
    int count = site.config().scale(l.scale()).map(sc -> sc.levels().size()).orElse(1);
    // the colour tier: the scale's first level, its last, or one between (a one-level scale is "best")
    String tier = l.rank() == 0 ? "best" : l.rank() == count - 1 ? "worst" : "mid";
    // the colour step: the level's place on the theme's palette of PALETTE_STEPS colours, best 0, worst the last,
    // evenly between, so every level of a scale of up to PALETTE_STEPS levels has a colour of its own
    int step = count <= 1 ? 0 : Math.round(l.rank() * (PALETTE_STEPS - 1f) / (count - 1));
    return map("type", "level", "key", l.key(), "label", l.label(), "symbol", l.symbol(), "meaning", l.meaning(),
        "rank", l.rank(), "scale", l.scale(), "tier", tier, "step", step);
  }

  /** A cell's answer as one shape for every type: {@code label} is the level's word, the formatted number, or the text. */
  Map<String, Object> value(Answer a, Measure m) {
    if (a instanceof Answer.OfLevel l) return level(l.level());
    if (a instanceof Answer.OfValue v && m instanceof Measure.Numeric n) {
      return map("type", "number", "key", "", "label", Numbers.format(v.value(), n.unit(), locale), "symbol", "", "tier", "", "step", "");
    }
    String text = a instanceof Answer.OfText t ? t.text() : String.valueOf(a);
    return map("type", "text", "key", "", "label", text, "symbol", "", "tier", "", "step", "");
  }

  List<Map<String, Object>> sources(List<String> ids) {
    List<Map<String, Object>> out = new ArrayList<>();
    // numbered like the bibliography, so [1][2][4] reads in order whatever order the author cited
    List<String> ordered = ids.stream().distinct().sorted(java.util.Comparator.comparingInt(id -> sourceNumbers.getOrDefault(id, 0))).toList();
    for (String id : ordered) {
      site.source(id).ifPresent(s -> out.add(map("id", s.id(), "number", sourceNumbers.get(id), "title", s.title(),
          "publisher", s.publisher(), "url", s.url(), "href", urls.href(PageKind.SOURCES) + "#" + Anchors.source(s.id()),
          "date", s.date().map(HUMAN::format).orElse(""))));
    }
    return out;
  }

  /** A verdict of criterion {@code c} as a cell: its typed value and whether it {@code leads} its row. */
  Map<String, Object> verdict(Verdict v, Subject s, Criterion c, boolean leads) {
    java.util.Optional<CellEvidence> e = site.evidence().cell(c.slug(), s.slug());
    return map("subject", subjectRef(s), "missing", false, "value", value(v.answer(), c.measure()), "summary", v.summary(),
        "sources", sources(v.sources()), "disputed", v.disputed(),
        "isDisputed", e.map(CellEvidence::disputed).orElse(v.isDisputed()), "leads", leads,
        "passages", e.map(x -> x.claims().size()).orElse(0),
        "evidenceUrl", urls.href(Kind.CRITERION, c.slug()) + "#evidence-" + s.slug(),
        "lastChecked", e.flatMap(CellEvidence::lastChecked).map(HUMAN::format).orElse(""),
        "stale", e.map(CellEvidence::stale).orElse(false));
  }

  /**
   * The evidence section of criterion {@code c} for each subject that has one ({@code #evidence-<subject>}):
   * every passage, and the sides of a dispute with the passages that take each.
   */
  List<Map<String, Object>> evidence(Criterion c) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Subject s : site.subjects()) {
      site.evidence().cell(c.slug(), s.slug()).ifPresent(e -> out.add(map("subject", subjectRef(s), "anchor", e.anchor(),
          "passages", e.claims().stream().map(x -> passage(x, c)).toList(),
          "sides", e.foundDispute() ? e.sides().stream().map(side -> map("missing", false, "value", value(side.grade(), c.measure()), "leads", false,
              "passages", side.claims().stream().map(x -> passage(x, c)).toList())).toList() : List.of(),
          "disputed", e.disputed(), "written", e.written(),
          "lastChecked", e.lastChecked().map(HUMAN::format).orElse(""), "stale", e.stale())));
    }
    return out;
  }

  /** One passage behind a cell: its excerpt, where it is (page and section) with a link to it, its grade, sources and date. */
  Map<String, Object> passage(Claim x, Criterion c) {
    return map("id", x.id(), "excerpt", x.excerpt(), "page", x.pageTitle(), "section", x.sectionTitle(),
        "url", urls.href(x.kind(), x.page()) + "#" + x.id(),
        "value", x.grade().map(g -> value(g, c.measure())).orElse(Map.of()), "graded", x.grade().isPresent(),
        "sources", sources(x.sources()), "checked", x.checked().map(HUMAN::format).orElse(""),
        "checkedIso", x.checked().map(Object::toString).orElse(""), "stale", x.stale());
  }

  /** A verdict as the full matrix shows it (criterion and subject pages): leading where its row says so. */
  private Map<String, Object> verdict(Verdict v, Subject s, Criterion c) {
    return verdict(v, s, c, leading.contains(c.slug() + "/" + s.slug()));
  }

  Map<String, Object> criterionRef(Criterion c) {
    return map("slug", c.slug(), "title", c.title(), "question", c.question(), "group", c.group(),
        "url", urls.href(Kind.CRITERION, c.slug()), "compareUrl", urls.href(PageKind.COMPARE) + "#" + c.slug(),
        "type", c.measure().type(), "measure", measureNote(c.measure()),
        "reviewed", c.reviewed().map(HUMAN::format).orElse(""), "reviewedIso", c.reviewed().map(Object::toString).orElse(""),
        "reviewStale", site.evidence().staleCriteria().contains(c.slug()));
  }

  /** How a criterion's answers read, for its row header and page: "in %, higher is better" ({@code measure.*}); empty on a scale. */
  private String measureNote(Measure m) {
    if (m instanceof Measure.Numeric n) return strings.text("measure." + n.better().key(), "unit", n.unit());
    if (m instanceof Measure.Text) return strings.text("measure.text");
    return "";
  }

  Map<String, Object> criterion(Criterion c) {
    Map<String, Object> m = criterionRef(c);
    List<Map<String, Object>> verdicts = new ArrayList<>();
    for (Subject s : site.subjects()) {
      c.verdict(s.slug()).ifPresentOrElse(v -> verdicts.add(verdict(v, s, c)),
          () -> verdicts.add(noVerdict(s)));
    }
    m.put("verdicts", verdicts);
    m.put("evidence", evidence(c));
    m.put("sources", sources(c.sources()));
    m.put("html", html(Kind.CRITERION, c.slug(), c.body()));
    m.put("groupTitle", site.config().groups().stream().filter(g -> g.key().equals(c.group()))
        .map(g -> g.title()).findFirst().orElse(""));
    m.put("backlinks", backlinks(site.criterionBacklinks().getOrDefault(c.slug(), List.of())));
    m.put("faqs", site.faqs().stream().filter(f -> f.criteria().contains(c.slug())).map(this::faqRef).toList());
    return m;
  }

  List<Map<String, Object>> backlinks(List<Backlink> list) {
    return list.stream().map(b -> map("article", b.articleTitle(), "section", b.sectionTitle(), "excerpt", b.excerpt(),
        "url", urls.href(Kind.ARTICLE, b.article()) + (b.sectionId().isEmpty() ? "" : "#" + b.sectionId()))).toList();
  }

  Map<String, Object> subject(Subject s) {
    Map<String, Object> m = subjectRef(s);
    m.put("website", s.website());
    m.put("version", s.version());
    m.put("firstRelease", s.firstRelease().map(String::valueOf).orElse(""));
    m.put("license", s.license());
    m.put("builtOn", s.builtOn());
    m.put("pros", s.pros());
    m.put("cons", s.cons());
    m.put("usedBy", s.usedBy().stream().map(u -> map("name", u.name(), "use", u.use(), "sources", sources(u.sources()))).toList());
    m.put("html", html(Kind.SUBJECT, s.slug(), s.body()));
    List<Map<String, Object>> verdicts = new ArrayList<>();
    for (Criterion c : site.criteria()) {
      c.verdict(s.slug()).ifPresent(v -> verdicts.add(map("criterion", criterionRef(c), "verdict", verdict(v, s, c))));
    }
    m.put("verdicts", verdicts);
    m.put("ahead", full.aheadOfOthers(s).stream().map(this::ahead).toList());
    m.put("mentions", backlinks(site.subjectMentions().getOrDefault(s.slug(), List.of())));
    return m;
  }

  Map<String, Object> articleRef(Article a) {
    return map("slug", a.slug(), "title", a.title(), "description", a.metaDescription(),
        "url", urls.href(Kind.ARTICLE, a.slug()), "date", a.date().toString(), "dateHuman", HUMAN.format(a.date()),
        "readingMinutes", a.readingMinutes(), "draft", a.draft());
  }

  Map<String, Object> article(Article a) {
    Map<String, Object> m = articleRef(a);
    m.put("updated", a.updated().map(Object::toString).orElse(""));
    m.put("updatedHuman", a.updated().map(HUMAN::format).orElse(""));
    m.put("author", a.author());
    m.put("sources", sources(a.sources()));
    SafeString body = html(Kind.ARTICLE, a.slug(), a.body());
    m.put("html", body);
    // the same HTML as text, escaped by the template where it is embedded in XML (the Atom feed)
    m.put("htmlText", body.toString());
    m.put("toc", toc(a.body().headings()));
    m.put("related", related(a).stream().map(this::criterionRef).toList());
    m.put("words", a.body().words());
    return m;
  }

  private List<Map<String, Object>> toc(List<Heading> headings) {
    return headings.stream().filter(h -> h.level() == 2 || h.level() == 3)
        .map(h -> map("level", h.level(), "id", h.id(), "text", h.text())).toList();
  }

  Map<String, Object> faqRef(Faq f) {
    return map("slug", f.slug(), "question", f.question(), "url", urls.href(Kind.FAQ, f.slug()));
  }

  Map<String, Object> faq(Faq f) {
    Map<String, Object> m = faqRef(f);
    m.put("html", html(Kind.FAQ, f.slug(), f.body()));
    m.put("criteria", f.criteria().stream().flatMap(c -> site.criterion(c).stream()).map(this::criterionRef).toList());
    m.put("subjects", f.subjects().stream().flatMap(s -> site.subject(s).stream()).map(this::subjectRef).toList());
    m.put("answerText", f.answerText());
    // the question's place on the list of every question
    m.put("listUrl", urls.href(PageKind.FAQS) + "#" + Anchors.question(f.slug()));
    return m;
  }

  /** A question as the FAQ list shows it among all the others: its body's ids prefixed {@code q-<slug>--}. */
  Map<String, Object> faqInList(Faq f) {
    Map<String, Object> m = faq(f);
    m.put("html", new SafeString(BodyHtml.prefixIds(m.get("html").toString(), Anchors.question(f.slug()) + "--")));
    return m;
  }

  Map<String, Object> matrix(Matrix matrix) {
    List<Map<String, Object>> groups = new ArrayList<>();
    for (RowGroup g : matrix.groups()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Row r : g.rows()) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Cell c : r.cells()) {
          cells.add(c.verdict().map(v -> verdict(v, c.subject(), r.criterion(), c.leads()))
              .orElseGet(() -> noVerdict(c.subject())));
        }
        rows.add(map("criterion", criterionRef(r.criterion()), "cells", cells, "differs", r.differs(),
            "contested", r.contested(), "answers",
            String.join(" ", r.answerClasses().stream().map(String::valueOf).toList())));
      }
      groups.add(map("key", g.group().key(), "title", g.group().title(), "rows", rows));
    }
    return map("columns", matrix.columns().stream().map(this::subjectRef).toList(), "groups", groups,
        "rowCount", matrix.rows().size(), "differing", matrix.differingRows());
  }

  /**
   * The legend of {@code matrix}: every scale its rows use, in site.yaml's order, each with its
   * levels; a scale's name is shown unless it is the single scale of an old {@code legend:}.
   */
  List<Map<String, Object>> legend(Matrix matrix) {
    List<Scale> used = matrix.scales();
    boolean named = used.size() > 1 || used.stream().anyMatch(s -> !s.name().equals(Scale.DEFAULT));
    return used.stream().map(s -> map("name", s.name(), "showName", named,
        "levels", s.levels().stream().map(this::level).toList())).toList();
  }

  /** Per subject of {@code matrix}: its leads and level criteria, linking its subject page's {@code #ahead}. */
  List<Map<String, Object>> tallies(Matrix matrix) {
    return matrix.tallies().stream().map((Tally t) -> map("subject", subjectRef(t.subject()), "leads", t.leads(),
        "level", t.level(), "url", urls.href(Kind.SUBJECT, t.subject().slug()) + "#ahead")).toList();
  }

  /** Where one subject is ahead of another: each criterion with both cells, in matrix order. */
  Map<String, Object> ahead(Ahead a) {
    List<Map<String, Object>> rows = a.criteria().stream().map(l -> map("criterion", criterionRef(l.criterion()),
        "mine", verdict(l.mine(), a.subject(), l.criterion(), false),
        "theirs", verdict(l.theirs(), a.other(), l.criterion(), false))).toList();
    return map("subject", subjectRef(a.subject()), "other", subjectRef(a.other()), "rows", rows);
  }

  List<Map<String, Object>> allSources() {
    List<Map<String, Object>> out = sources(site.config().sources().stream().map(Source::id).toList());
    for (Map<String, Object> s : out) {
      s.put("citedBy", site.citations().getOrDefault((String) s.get("id"), List.of()).stream()
          .map(c -> map("title", c.title(), "kind", c.kind().name().toLowerCase(Locale.ROOT),
              "url", urls.href(c.kind(), c.slug()))).toList());
    }
    return out;
  }

  /** A profile as the /choose/ pages list it: its title, description and page. */
  Map<String, Object> profileRef(dev.versus.config.Profile p) {
    return map("key", p.key(), "title", p.title(), "description", p.description(), "url", urls.href(PageKind.CHOOSE_PROFILE, p.key()),
        "formUrl", urls.href(PageKind.CHOOSE) + Choose.query(p));
  }

  /**
   * A profile's ranking: each subject with its rank, its score rounded to a whole number out of 100, how many
   * of its cells that count are disputed, and the three criteria that gained and lost it the most points
   * (each with its share of 100, one decimal, linking its row of the comparison table).
   */
  Map<String, Object> profileScore(dev.versus.matrix.ProfileScore score) {
    List<Map<String, Object>> ranking = new ArrayList<>();
    for (dev.versus.matrix.SubjectScore s : score.ranking()) {
      ranking.add(map("subject", subjectRef(s.subject()), "rank", s.rank(), "score", Math.round(s.score()),
          "disputed", s.disputed(),
          "gains", s.gains(3).stream().map(c -> contribution(c, c.gained())).toList(),
          "losses", s.losses(3).stream().map(c -> contribution(c, c.lost())).toList()));
    }
    return map("profile", profileRef(score.profile()), "ranking", ranking);
  }

  private Map<String, Object> contribution(dev.versus.matrix.Contribution c, double points) {
    return map("criterion", criterionRef(c.criterion()), "points", String.format(Locale.ROOT, "%.1f", points),
        "disputed", c.disputed());
  }
}

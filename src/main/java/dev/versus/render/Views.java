package dev.versus.render;

import dev.versus.config.Level;
import dev.versus.config.Source;
import dev.versus.content.Kind;
import dev.versus.i18n.UiStrings;
import dev.versus.matrix.Bars;
import dev.versus.matrix.Leaders;
import dev.versus.matrix.Quality;
import dev.versus.matrix.Matrix;
import dev.versus.matrix.PaletteStep;
import dev.versus.matrix.Tier;
import dev.versus.model.Answer;
import dev.versus.model.Article;
import dev.versus.model.CellEvidence;
import dev.versus.model.Criterion;
import dev.versus.model.CrossLink;
import dev.versus.model.Faq;
import dev.versus.model.Measure;
import dev.versus.model.Note;
import dev.versus.model.Site;
import dev.versus.model.SourceNumbers;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import dev.versus.render.page.Cells.Bar;
import dev.versus.render.page.Cells.Cell;
import dev.versus.render.page.Cells.NoteMark;
import dev.versus.render.page.Cells.NoteText;
import dev.versus.render.page.Cells.Value;
import dev.versus.render.page.Refs.ArticleRef;
import dev.versus.render.page.Refs.CitedBy;
import dev.versus.render.page.Refs.CriterionRef;
import dev.versus.render.page.Refs.FaqRef;
import dev.versus.render.page.Refs.Link;
import dev.versus.render.page.Refs.SourceEntry;
import dev.versus.render.page.Refs.SourceRef;
import dev.versus.render.page.Refs.SubjectRef;
import dev.versus.web.Anchors;
import dev.versus.web.PageKind;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts every page kind is made of, as the records of {@link dev.versus.render.page}: references to
 * pages, typed values, cells and the evidence behind them, each with its URLs computed. The facts come from
 * the model and the matrix (leaders, tiers and palette steps, source numbers); a view only shows them.
 */
final class Views {
  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Site site;
  private final Urls urls;
  private final BodyHtml bodies;
  private final SourceNumbers sourceNumbers;
  private final Map<String, List<Criterion>> related = new ConcurrentHashMap<>();
  private final TableLayout layout;
  /** The leading cells of the full matrix: what every cell outside a pair page marks. */
  private final Leaders leading;
  /** The bars of the number cells of the full matrix, each on its whole row's scale. */
  private final Bars bars;
  /** The passages behind the cells, as pages show them. */
  private final EvidenceViews evidence;
  /** The full matrix's data-quality figures (the comparison and sources pages state them). */
  private final Quality quality;
  private final Locale locale;
  /** The theme's words: every UI string a page's Java-made text shows (titles, descriptions, breadcrumbs). */
  private final UiStrings strings;

  Views(Site site, Matrix full, Urls urls, UiStrings strings, BodyHtml bodies) {
    this.site = site;
    this.urls = urls;
    this.strings = strings;
    this.locale = Locale.forLanguageTag(site.config().language());
    this.layout = TableLayout.of(site, full);
    this.leading = Leaders.of(full);
    this.bars = Bars.of(full);
    this.quality = Quality.of(full, site.evidence());
    this.evidence = new EvidenceViews(this);
    this.bodies = bodies;
    this.sourceNumbers = SourceNumbers.of(site.config().sources());
  }

  /** A map of {@code kv} (key, value, key, value...) in that order: for JSON data and the globals. */
  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  Site site() {
    return site;
  }

  Urls urls() {
    return urls;
  }

  UiStrings strings() {
    return strings;
  }

  /** The UI string {@code key} with its arguments (name, value, ...): the words of the theme's i18n files. */
  String ui(String key, Object... args) {
    return strings.text(key, args);
  }

  /** The matrix of every subject, the matrix stage's: every table and fact of the pages is read from it. */
  Matrix full() {
    return layout.full();
  }

  /** The passages behind the cells, as pages show them. */
  EvidenceViews evidence() { return evidence; }

  /** The full matrix's data-quality figures, computed once per build. */
  Quality quality() { return quality; }

  /** The table's parts when it is too big for one page (one slice otherwise), the rows' pages, the pair pages. */
  TableLayout layout() { return layout; }

  /** The date the guide last changed: its newest article's date or update. */
  static Optional<LocalDate> updated(Site site) {
    return Site.newest(site.articles(), site.criteria());
  }

  static String human(LocalDate date) {
    return HUMAN.format(date);
  }

  static String human(Optional<LocalDate> date) {
    return date.map(HUMAN::format).orElse("");
  }

  /** The criteria article {@code a} links, in site order (its "Criteria discussed"); worked out once per article. */
  List<Criterion> related(Article a) {
    return related.computeIfAbsent(a.path(), p -> site.criteriaLinked(bodies.linksFrom(Kind.ARTICLE, a.slug())));
  }

  /** The resolved links document {@code kind}/{@code slug} wrote: what its rendered body depends on. */
  List<CrossLink> linksOf(Kind kind, String slug) {
    return bodies.linksFrom(kind, slug);
  }

  SafeString html(Kind kind, String slug, dev.versus.content.Body body) {
    return new SafeString(bodies.html(kind, slug, body));
  }

  SubjectRef subjectRef(Subject s) {
    return new SubjectRef(s.slug(), s.title(), s.tagline(), urls.href(Kind.SUBJECT, s.slug()), s.version());
  }

  CriterionRef criterionRef(Criterion c) {
    return new CriterionRef(c.slug(), c.title(), c.question(), c.group(), urls.href(Kind.CRITERION, c.slug()),
        urls.href(layout.rowRoute(c.slug())) + "#" + c.slug(), c.measure().type(), measureNote(c.measure()), human(c.reviewed()),
        c.reviewed().map(Object::toString).orElse(""), site.evidence().staleCriteria().contains(c.slug()));
  }

  /** How a criterion's answers read, for its row header and page: "in %, higher is better" ({@code measure.*}); empty on a scale. */
  private String measureNote(Measure m) {
    if (m instanceof Measure.Numeric n) return strings.text("measure." + n.better().key(), "unit", n.unit());
    if (m instanceof Measure.Text) return strings.text("measure.text");
    return "";
  }

  ArticleRef articleRef(Article a) {
    return new ArticleRef(a.slug(), a.title(), a.metaDescription(), urls.href(Kind.ARTICLE, a.slug()), a.date().toString(),
        HUMAN.format(a.date()), a.readingMinutes(), a.draft());
  }

  FaqRef faqRef(Faq f) {
    return new FaqRef(f.slug(), f.question(), urls.href(Kind.FAQ, f.slug()));
  }

  /** A level with its colour tier and palette step on its scale. */
  Value level(Level l) {
    return new Value("level", l.key(), l.label(), l.symbol(), l.meaning(), l.rank(), l.scale(),
        Tier.of(l, site.config()).key(), PaletteStep.of(l, site.config()));
  }

  /**
   * A cell's answer as one shape for every type: {@code label} is the level's word, the formatted number, or the text;
   * an unknown answer is of type {@code unknown}, labelled "Unknown", its reason as {@code meaning}.
   */
  Value value(Answer a, Measure m) {
    if (a instanceof Answer.OfLevel l) return level(l.level());
    if (a instanceof Answer.Unknown u) return new Value("unknown", "", ui("value.unknown"), "", u.reason(), 0, "", "", 0);
    if (a instanceof Answer.OfValue v && m instanceof Measure.Numeric n) {
      return new Value("number", "", Numbers.format(v.value(), n.unit(), locale), "", "", 0, "", "", 0);
    }
    return new Value("text", "", a instanceof Answer.OfText t ? t.text() : String.valueOf(a), "", "", 0, "", "", 0);
  }

  /** The sources {@code ids} cites, numbered and ordered like the bibliography. */
  List<SourceRef> sources(List<String> ids) {
    return sourceNumbers.inOrder(ids).stream().map(id -> site.source(id).orElseThrow()).map(this::sourceRef).toList();
  }

  private SourceRef sourceRef(Source s) {
    return new SourceRef(s.id(), sourceNumbers.number(s.id()), s.title(), s.publisher(), s.url(),
        urls.href(PageKind.SOURCES) + "#" + Anchors.source(s.id()), human(s.date()));
  }

  /** Every source of sources.yaml, with what cites it and the stop its title needs in print. */
  List<SourceEntry> allSources() {
    return site.config().sources().stream().map(this::sourceRef).map(s -> new SourceEntry(s.id(), s.number(), s.title(),
        s.publisher(), s.url(), s.href(), s.date(),
        site.citations().getOrDefault(s.id(), List.of()).stream().map(c -> new CitedBy(c.title(),
            c.kind().name().toLowerCase(Locale.ROOT), urls.href(c.kind(), c.slug()))).toList(),
        s.title().matches(".*[.?!]$") ? "" : ".")).toList();
  }

  /**
   * A verdict of criterion {@code c} as a cell: its typed value, whether it {@code leads} its row, the sides of
   * its dispute, and the version compared where it matters (a disputed or stale cell).
   */
  Cell verdict(Verdict v, Subject s, Criterion c, boolean leads) {
    Optional<CellEvidence> e = site.evidence().cell(c.slug(), s.slug());
    boolean disputed = e.map(CellEvidence::disputed).orElse(v.isDisputed());
    boolean stale = e.map(CellEvidence::stale).orElse(false);
    return new Cell(subjectRef(s), false, value(v.answer(), c.measure()), v.summary(), sources(v.sources()), v.disputed(),
        disputed, e.map(x -> evidence.sides(x, c)).orElse(List.of()), leads, e.map(x -> x.claims().size()).orElse(0),
        urls.href(Kind.CRITERION, c.slug()) + "#evidence-" + s.slug(), human(e.flatMap(CellEvidence::lastChecked)),
        stale, disputed || stale ? s.version() : "", List.of(), marks(v, c), since(v, s), changedSince(c, s), bar(c, s));
  }

  /** The bar of the cell of {@code s} on number criterion {@code c}, on its whole row's scale; null for any other cell. */
  private Bar bar(Criterion c, Subject s) {
    if (!(c.measure() instanceof Measure.Numeric n)) return null;
    return bars.of(c.slug(), s.slug()).map(f -> new Bar(Numbers.svg(f * 100), n.better().key())).orElse(null);
  }

  /** The editions since which the cell of {@code s} on {@code c} changed, space-separated ({@link Cell#changedSince}). */
  String changedSince(Criterion c, Subject s) {
    return String.join(" ", site.history().changedSince(c.slug(), s.slug()));
  }

  /**
   * "since 3.25 (September 2018)": the release {@code v} holds from, with its month in the site's language
   * (the stand-alone month name, as a date on its own is written), or "since 3.25" when the subject gives no date.
   */
  String since(Verdict v, Subject s) {
    return v.since().map(Verdict.Since::version).map(version -> Optional.ofNullable(s.releases().get(version))
        .map(d -> ui("cell.since", "version", version, "date", DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(d)))
        .orElseGet(() -> ui("cell.since.undated", "version", version))).orElse("");
  }

  /** The marks of the notes {@code v} shows, by number, each linking the note on its criterion's page. */
  private List<NoteMark> marks(Verdict v, Criterion c) {
    return v.notes().stream().flatMap(k -> c.note(k).stream()).sorted(java.util.Comparator.comparingInt(Note::number))
        .map(n -> new NoteMark(n.number(), n.key(), urls.href(Kind.CRITERION, c.slug()) + "#" + Anchors.note(n.key()))).toList();
  }

  /** The notes of {@code c} that {@code cells} show, by number, with ids when {@code withIds} (its own page). */
  List<NoteText> notes(Criterion c, List<Cell> cells, boolean withIds) {
    java.util.Set<String> shown = new java.util.HashSet<>();
    cells.forEach(cell -> cell.marks().forEach(m -> shown.add(m.key())));
    return c.usedNotes().stream().filter(n -> shown.contains(n.key())).map(n -> new NoteText(n.number(), n.key(),
        withIds ? Anchors.note(n.key()) : "", new SafeString(safe(n.html())))).toList();
  }

  /** A note's paragraph as published: without what could run script unless site.yaml sets {@code unsafe_html}. */
  private String safe(String html) {
    return site.config().unsafeHtml() ? html : SafeHtml.clean(html);
  }

  /** A verdict as the full matrix shows it (criterion and subject pages): leading where its whole row says so. */
  Cell verdict(Verdict v, Subject s, Criterion c) {
    return verdict(v, s, c, leading.leads(c.slug(), s.slug()));
  }

  /** A cell of {@code s} that has no verdict: {@code missing}, every other field empty. */
  Cell noVerdict(Subject s) {
    return new Cell(subjectRef(s), true, null, "", List.of(), "", false, List.of(), false, 0, "", "", false, "", List.of(),
        List.of(), "", "", null);
  }

  /** Every subject's cell on criterion {@code c}, in site order, a missing verdict as such. */
  List<Cell> cells(Criterion c) {
    return site.subjects().stream().map(s -> c.verdict(s.slug()).map(v -> verdict(v, s, c)).orElseGet(() -> noVerdict(s)))
        .toList();
  }

  /** The breadcrumbs of a page: Home, then each title and route of {@code titleRoute} (title, route, title, route...). */
  List<Link> crumbs(String... titleRoute) {
    List<Link> out = new java.util.ArrayList<>();
    out.add(new Link(ui("crumbs.home"), urls.href(PageKind.HOME)));
    for (int i = 0; i < titleRoute.length; i += 2) out.add(new Link(titleRoute[i], urls.href(titleRoute[i + 1])));
    return List.copyOf(out);
  }
}

package dev.versus.render;

import dev.versus.content.Heading;
import dev.versus.content.Kind;
import dev.versus.matrix.Matrix;
import dev.versus.matrix.Row;
import dev.versus.matrix.Slice;
import dev.versus.model.Article;
import dev.versus.model.Criterion;
import dev.versus.model.Faq;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.render.page.Cells.Evidence;
import dev.versus.render.page.Docs.ArticleView;
import dev.versus.render.page.Docs.Backlink;
import dev.versus.render.page.Docs.CriterionView;
import dev.versus.render.page.Docs.FaqView;
import dev.versus.render.page.Docs.SubjectVerdict;
import dev.versus.render.page.Docs.SubjectView;
import dev.versus.render.page.Docs.TocEntry;
import dev.versus.render.page.Docs.UsedBy;
import dev.versus.render.page.Refs.CriterionRef;
import dev.versus.render.page.Refs.Part;
import dev.versus.web.Anchors;
import dev.versus.web.PageKind;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Each content page in full (criterion, subject, article, question), as its page, the feed and the print view show it. */
final class DocViews {
  private final Site site;
  private final Urls urls;
  private final Views views;
  private final TableViews tables;

  DocViews(Views views, TableViews tables) {
    this.site = views.site();
    this.urls = views.urls();
    this.views = views;
    this.tables = tables;
  }

  CriterionView criterion(Criterion c) {
    CriterionRef r = views.criterionRef(c);
    List<dev.versus.render.page.Cells.Cell> cells = views.cells(c);
    Map<Boolean, List<Evidence>> shown = views.evidence().evidence(c).stream().collect(Collectors.partitioningBy(Evidence::unbacked));
    return new CriterionView(r.slug(), r.title(), r.question(), r.group(), r.url(), r.compareUrl(), r.type(), r.measure(),
        r.reviewed(), r.reviewedIso(), r.reviewStale(), cells, shown.get(false), shown.get(true), views.sources(c.sources()),
        views.html(Kind.CRITERION, c.slug(), c.body()),
        site.config().groups().stream().filter(g -> g.key().equals(c.group())).map(g -> g.title()).findFirst().orElse(""),
        backlinks(site.criterionBacklinks().getOrDefault(c.slug(), List.of())),
        site.faqs().stream().filter(f -> f.criteria().contains(c.slug())).map(views::faqRef).toList(),
        views.notes(c, cells, true), new ChangeViews(views).of(c.slug()));
  }

  List<Backlink> backlinks(List<dev.versus.model.Backlink> list) {
    return list.stream().map(b -> new Backlink(b.articleTitle(), b.sectionTitle(), b.excerpt(),
        urls.href(Kind.ARTICLE, b.article()) + (b.sectionId().isEmpty() ? "" : "#" + b.sectionId()))).toList();
  }

  /**
   * {@code s}'s own page: every verdict and where it is ahead when the guide's criteria fit one page
   * ({@link TableLayout#lines()}); else none of them and the list of its parts ({@link #subjectPart}).
   */
  SubjectView subject(Subject s) {
    if (!views.layout().linesSplit()) return subject(s, views.full(), "", List.of());
    return subject(s, null, "", subjectParts(s, Kind.SUBJECT.route(s.slug())));
  }

  /** One part of {@code s}'s verdicts ({@code slice}'s rows), at {@code route}: its verdicts and where it is ahead on them. */
  SubjectView subjectPart(Subject s, Slice slice, String route) {
    String title = slice.pages() == 1 ? views.ui("subject.part.title", "subject", s.title(), "group", slice.group().title())
        : views.ui("subject.part.page.title", "subject", s.title(), "group", slice.group().title(), "page", slice.page(),
            "pages", slice.pages());
    return subject(s, slice.matrix(), title, subjectParts(s, route));
  }

  private List<Part> subjectParts(Subject s, String current) {
    return LineParts.of(views.layout().lines(), sl -> LineParts.subject(s.slug(), sl), current, urls);
  }

  /** {@code s}'s view with the verdicts and ahead rows of {@code shown}'s rows (none when null), titled {@code part}. */
  private SubjectView subject(Subject s, Matrix shown, String part, List<Part> parts) {
    List<SubjectVerdict> verdicts = List.of();
    List<dev.versus.render.page.Tables.Ahead> ahead = List.of();
    if (shown != null) {
      // the subject's column of the matrix: looking its verdict up by name in each row is subjects squared in all
      int column = shown.column(s);
      Map<String, Row> rows = new HashMap<>();
      shown.rows().forEach(r -> rows.put(r.criterion().slug(), r));
      verdicts = site.criteria().stream().flatMap(c -> Optional.ofNullable(rows.get(c.slug()))
          .flatMap(r -> r.cells().get(column).verdict()).stream()
          .map(v -> new SubjectVerdict(views.criterionRef(c), views.verdict(v, s, c)))).toList();
      ahead = shown.aheadOf(s, partners(s)).stream().map(tables::ahead).toList();
    }
    return new SubjectView(s.slug(), s.title(), s.tagline(), urls.href(Kind.SUBJECT, s.slug()), s.version(), s.website(),
        s.firstRelease().map(String::valueOf).orElse(""), s.license(), s.builtOn(), s.pros(), s.cons(),
        s.usedBy().stream().map(u -> new UsedBy(u.name(), u.use(), views.sources(u.sources()))).toList(),
        views.html(Kind.SUBJECT, s.slug(), s.body()), verdicts, ahead,
        backlinks(site.subjectMentions().getOrDefault(s.slug(), List.of())), part, parts);
  }

  ArticleView article(Article a) {
    return article(a, false);
  }

  /** An article as the feed shows it: its {@code htmlText} with every link absolute ({@link BodyHtml#absolute}). */
  ArticleView feedEntry(Article a) {
    return article(a, true);
  }

  /**
   * An article's view without its body's HTML (empty): what the print view shows around a section it reuses
   * from the last build ({@link PrintSections}), without passing the body through {@link BodyHtml} again.
   */
  ArticleView articleWithoutBody(Article a) {
    return article(a, new SafeString(""), false);
  }

  private ArticleView article(Article a, boolean inFeed) {
    return article(a, views.html(Kind.ARTICLE, a.slug(), a.body()), inFeed);
  }

  private ArticleView article(Article a, SafeString body, boolean inFeed) {
    var r = views.articleRef(a);
    String absoluteUrl = urls.absolute(Kind.ARTICLE.route(a.slug()));
    return new ArticleView(r.slug(), r.title(), r.description(), r.url(), r.date(), r.dateHuman(), r.readingMinutes(),
        r.draft(), a.updated().map(Object::toString).orElse(""), Views.human(a.updated()), a.author(),
        views.sources(a.sources()), body, inFeed ? BodyHtml.absolute(body.toString(), absoluteUrl) : body.toString(),
        toc(a.body().headings()), views.related(a).stream().map(views::criterionRef).toList(), a.body().words(), absoluteUrl);
  }

  private static List<TocEntry> toc(List<Heading> headings) {
    return headings.stream().filter(h -> h.level() == 2 || h.level() == 3).map(h -> new TocEntry(h.level(), h.id(), h.text()))
        .toList();
  }

  FaqView faq(Faq f) {
    return faq(f, views.html(Kind.FAQ, f.slug(), f.body()));
  }

  /** A question as the FAQ list shows it among all the others: its body's ids prefixed {@code q-<slug>--}. */
  FaqView faqInList(Faq f) {
    return faq(f, new SafeString(BodyHtml.prefixIds(views.html(Kind.FAQ, f.slug(), f.body()).toString(),
        Anchors.question(f.slug()) + "--")));
  }

  private FaqView faq(Faq f, SafeString html) {
    return new FaqView(f.slug(), f.question(), urls.href(Kind.FAQ, f.slug()), html,
        f.criteria().stream().flatMap(c -> site.criterion(c).stream()).map(views::criterionRef).toList(),
        f.subjects().stream().flatMap(s -> site.subject(s).stream()).map(views::subjectRef).toList(), f.answerText(),
        // the question's place on the list of every question
        urls.href(PageKind.FAQS) + "#" + Anchors.question(f.slug()));
  }

  /**
   * The subjects {@code s}'s page says where it is ahead of: every other one up to {@link Matrix#ALL_PAIRS_MAX}
   * subjects; beyond, those it has a pair page with, so a catalogue's subject pages stay linear in the cells.
   */
  private List<Subject> partners(Subject s) {
    if (site.subjects().size() <= Matrix.ALL_PAIRS_MAX) return site.subjects();
    return views.layout().pairs().stream().filter(p -> p.get(0).slug().equals(s.slug()) || p.get(1).slug().equals(s.slug()))
        .map(p -> p.get(0).slug().equals(s.slug()) ? p.get(1) : p.get(0)).toList();
  }
}

package dev.versus.render;

import dev.versus.content.Kind;
import dev.versus.matrix.Matrix;
import dev.versus.model.Claim;
import dev.versus.model.Criterion;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.render.page.Cells.Cell;
import dev.versus.render.page.Cells.NoteMark;
import dev.versus.render.page.Cells.NoteText;
import dev.versus.render.page.Cells.Passage;
import dev.versus.render.page.Docs.ArticleView;
import dev.versus.render.page.Docs.CriterionView;
import dev.versus.render.page.Docs.SubjectView;
import dev.versus.render.page.PageModel;
import dev.versus.render.page.Printed;
import dev.versus.render.page.Tables.TablePart;
import dev.versus.web.PageKind;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import dev.versus.matrix.Slice;
import dev.versus.web.Routes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The print view: the whole guide as one document made for paper ({@code /print/}), built from the
 * same views as the site's pages, with bodies passed through {@link PrintBody}. A guide whose comparison
 * table is split by group (issue 25) gets a print view split the same way: {@code /print/} lists the
 * volumes, each a document of its own, so no print page passes 2 MiB. The template
 * {@code print.peb} decides the order and the wording of the chapters; the PDF is made from it.
 */
final class PrintView {
  /** The widest comparison table that still fits a portrait page: more subjects are printed in parts. */
  static final int MAX_COLUMNS = 3;

  /** The most cells of the table one volume holds ({@link dev.versus.web.Parts#VOLUME_CELLS}: why). */
  static final int VOLUME_CELLS = dev.versus.web.Parts.VOLUME_CELLS;

  /** The chapters of the print view that a volume has too: an in-document link to them stays one. */
  private static final Set<String> VOLUME_CHAPTERS = Set.of("cover", "comparison", "criteria", "sources");

  private final Site site;
  private final Urls urls;
  private final Views views;
  private final TableViews tables;
  private final DocViews docs;
  private final List<Slice> volumes;

  PrintView(Views views) {
    this.site = views.site();
    this.urls = views.urls();
    this.views = views;
    this.tables = new TableViews(views);
    this.docs = new DocViews(views, tables);
    this.volumes = views.layout().slices().size() > 1 ? Slice.of(views.full(), VOLUME_CELLS) : List.of();
  }

  /**
   * The print pages: {@code print/} alone while the comparison table fits one page; else {@code print/},
   * the index, and one volume per {@link #VOLUME_CELLS} cells ({@code print/group/<key>/[<n>/]}).
   */
  List<String> routes() {
    List<String> routes = new ArrayList<>(List.of(PageKind.PRINT.route()));
    volumes.forEach(v -> routes.add(volumeRoute(v)));
    return List.copyOf(routes);
  }

  /** The print page at {@code route}, one of {@link #routes()}, made without the last build's sections. */
  PageSpec page(String route) {
    return page(route, PrintSections.none());
  }

  /** The print page at {@code route}, one of {@link #routes()}, reusing the article sections of {@code reuse}. */
  PageSpec page(String route, PrintSections reuse) {
    if (volumes.isEmpty()) {
      return document(route, site.config().title(), "", site.criteria(), views.full(), true, List.of(), id -> true, reuse);
    }
    if (route.equals(PageKind.PRINT.route())) {
      // the index: everything but the table and the criteria, which the volumes hold
      List<Printed.Volume> list = volumes.stream().map(v -> new Printed.Volume(volumeTitle(v), v.matrix().rows().size(),
          urls.href(volumeRoute(v)), urls.href(Routes.pdf(volumeRoute(v))))).toList();
      return document(route, site.config().title(), "", List.of(), null, true, list,
          id -> !(id.startsWith("criterion-") || id.startsWith("row-") || id.equals("criteria") || id.equals("evidence")), reuse);
    }
    Slice v = volumes.stream().filter(s -> volumeRoute(s).equals(route)).findFirst().orElseThrow();
    Set<String> slugs = new HashSet<>();
    v.matrix().rows().forEach(r -> slugs.add(r.criterion().slug()));
    List<Criterion> criteria = site.criteria().stream().filter(c -> slugs.contains(c.slug())).toList();
    String title = volumeTitle(v);
    // links to what another page holds become notes with the address, as links off the site do
    return document(route, views.ui("print.volume.title", "site", site.config().title(), "volume", title), title, criteria,
        v.matrix(), false, List.of(), id -> inVolume(id, slugs), reuse);
  }

  /** Whether a volume of the criteria {@code slugs} has the print view's anchor {@code id}. */
  private static boolean inVolume(String id, Set<String> slugs) {
    if (VOLUME_CHAPTERS.contains(id) || id.startsWith("source-")) return true;
    for (String prefix : List.of("criterion-", "row-")) {
      if (id.startsWith(prefix) && slugs.contains(id.substring(prefix.length()))) return true;
    }
    return false;
  }

  /** The route of a volume of a split print view. */
  private static String volumeRoute(Slice v) {
    return v.page() == 1 ? PageKind.PRINT_GROUP.route(v.group().key())
        : PageKind.PRINT_GROUP_PAGE.route(v.group().key(), String.valueOf(v.page()));
  }

  private String volumeTitle(Slice v) {
    return v.pages() == 1 ? v.group().title()
        : views.ui("print.volume.part", "group", v.group().title(), "page", v.page(), "pages", v.pages());
  }

  /**
   * One print document: the cover, then (with {@code rest}) the short answer, subjects, articles and questions,
   * the table of {@code table} (none when null) and the sections of {@code criteria}, with the endnotes of
   * their passages, and the bibliography. {@code onPage} says which anchors of the print view this page has.
   */
  private PageSpec document(String route, String title, String volume, List<Criterion> shown, Matrix table, boolean rest,
      List<Printed.Volume> volumeList, Predicate<String> onPage, PrintSections reuse) {
    PrintBody bodies = new PrintBody(site, urls, onPage);
    // document order, so that the notes of links off the site are numbered as they are read
    Printed.Text shortAnswer = rest ? site.home().map(h -> bodies.print(Kind.INDEX, "index",
        views.html(Kind.INDEX, "index", h.body()).toString(), 1)).orElse(null) : null;
    Map<Claim, Integer> numbers = new LinkedHashMap<>();
    for (Claim x : site.evidence().claims()) numbers.put(x, numbers.size() + 1);
    List<Printed.Criterion> criteria = shown.stream().map(c -> criterion(c, bodies, numbers)).toList();
    List<Printed.Subject> subjects = !rest ? List.of() : site.subjects().stream().map(s -> subject(s, bodies)).toList();
    // site.yaml's `print: articles: none` keeps the print view (and guide.pdf) to the comparison
    List<Printed.Article> articles = !rest || !site.config().outputs().printArticles() ? List.of()
        : articles(bodies, route, reuse);
    List<Printed.Faq> faqs = !rest ? List.of() : site.faqs().stream().map(f -> {
      Printed.Text text = print(bodies, Kind.FAQ, f.slug(), docs.faq(f).html());
      return new Printed.Faq(PrintBody.id(Kind.FAQ, f.slug()), f.slug(), f.question(), text.html(), text.notes());
    }).toList();
    List<String> keywords = new ArrayList<>();
    site.subjects().forEach(s -> keywords.add(s.title()));
    shown.forEach(c -> keywords.add(c.title()));
    Set<String> slugs = new HashSet<>();
    shown.forEach(c -> slugs.add(c.slug()));
    PageModel.Print model = new PageModel.Print(
        new Printed.Cover(site.subjects().stream().map(views::subjectRef).toList(), Views.human(Views.updated(site)),
            String.join(", ", site.config().authors().stream().map(a -> a.name()).toList()), urls.absolute(PageKind.HOME.route())),
        // the running header's text goes into the print view's <style>, as a CSS string
        new SafeString(cssString(site.config().title())), shortAnswer, table == null ? List.of() : tables(table, numbers),
        tables.legend(views.full()), criteria, subjects, articles, faqs, endnotes(numbers, slugs), views.allSources(),
        volume, volumeList);
    return new PageSpec(route, "print.peb", "print", title, site.config().description(), keywords, List.of(), model);
  }

  /** A criterion's section: each verdict with the endnote numbers of the claims on its cell. */
  private Printed.Criterion criterion(Criterion c, PrintBody bodies, Map<Claim, Integer> numbers) {
    CriterionView v = docs.criterion(c);
    String anchor = PrintBody.id(Kind.CRITERION, c.slug());
    List<Cell> verdicts = v.verdicts().stream().map(cell -> numbered(cell, c.slug(), numbers)
        .withMarks(m -> new NoteMark(m.number(), m.key(), "#" + noteId(anchor, m.key())))).toList();
    Printed.Text text = print(bodies, Kind.CRITERION, c.slug(), v.html());
    // the section's notes carry the ids every mark of the document links, on the table and here
    List<NoteText> notes = v.notes().stream().map(n -> new NoteText(n.number(), n.key(), noteId(anchor, n.key()), n.html())).toList();
    return new Printed.Criterion(anchor, v.slug(), v.title(), v.question(), v.groupTitle(),
        v.reviewed(), v.reviewStale(), verdicts, text.html(), text.notes(), notes);
  }

  /** The id of a criterion's note in the print view: the section's anchor, then {@code -note-<key>}. */
  private static String noteId(String anchor, String key) {
    return anchor + "-" + dev.versus.web.Anchors.note(key);
  }

  /** {@code cell} of criterion {@code criterion} with the endnote numbers of its passages, and of each side's. */
  private Cell numbered(Cell cell, String criterion, Map<Claim, Integer> numbers) {
    return site.evidence().cell(criterion, cell.subject().slug()).map(e -> cell.withNotes(
        e.claims().stream().map(numbers::get).toList(),
        e.dispute().stream().map(side -> side.claims().stream().map(numbers::get).toList()).toList())).orElse(cell);
  }

  private Printed.Subject subject(Subject s, PrintBody bodies) {
    SubjectView v = docs.subject(s);
    Printed.Text text = print(bodies, Kind.SUBJECT, s.slug(), v.html());
    return new Printed.Subject(PrintBody.id(Kind.SUBJECT, s.slug()), v.slug(), v.title(), v.tagline(), v.firstRelease(),
        v.version(), v.license(), v.builtOn(), v.website(), v.pros(), v.cons(), v.usedBy(), text.html(), text.notes());
  }

  /**
   * An article's section of print page {@code route}: reused from the last build when its key is the same
   * ({@link PrintSections}), else made and recorded. {@code shape}: {@code bodies}' table of sections, digested.
   */
  private Printed.Article article(dev.versus.model.Article a, PrintBody bodies, String route, String shape, PrintSections reuse) {
    int before = bodies.notesSoFar();
    Optional<String> key = reuse.key(route, Kind.ARTICLE.route(a.slug()), shape, before);
    Optional<PrintSections.Section> kept = key.flatMap(reuse::reuse);
    if (kept.isPresent()) {
      bodies.skipNotes(kept.get().notes());
      return article(docs.articleWithoutBody(a), kept.get().text());
    }
    ArticleView v = docs.article(a);
    Printed.Text text = print(bodies, Kind.ARTICLE, v.slug(), v.html());
    key.ifPresent(k -> reuse.made(k, new PrintSections.Section(text, bodies.notesSoFar() - before)));
    return article(v, text);
  }

  /** Every article's section, in order (the notes are numbered in document order). */
  private List<Printed.Article> articles(PrintBody bodies, String route, PrintSections reuse) {
    String shape = reuse.active() ? bodies.shape() : "";
    List<Printed.Article> out = new ArrayList<>();
    for (dev.versus.model.Article a : site.articles()) out.add(article(a, bodies, route, shape, reuse));
    return out;
  }

  private static Printed.Article article(ArticleView v, Printed.Text text) {
    return new Printed.Article(PrintBody.id(Kind.ARTICLE, v.slug()), v.slug(), v.title(), v.dateHuman(), v.updated(),
        v.updatedHuman(), v.author(), v.readingMinutes(), v.sources(), text.html(), text.notes());
  }

  /** A body as print shows it: the site's rendering is the input, so links and highlighting match the web pages. */
  private static Printed.Text print(PrintBody bodies, Kind kind, String slug, SafeString html) {
    return bodies.print(kind, slug, html.toString(), 2);
  }

  /** The claims as numbered endnotes, in the order the criteria's cells cite them: the passage, where it is, what it says. */
  private List<Printed.Endnote> endnotes(Map<Claim, Integer> numbers, Set<String> criteria) {
    List<Printed.Endnote> out = new ArrayList<>();
    numbers.forEach((x, n) -> {
      if (!criteria.contains(x.criterion())) return; // another volume's passage
      Criterion c = site.criterion(x.criterion()).orElseThrow();
      Passage p = views.evidence().passage(x, c);
      out.add(new Printed.Endnote(n, c.title(), site.subject(x.subject()).map(Subject::title).orElse(x.subject()), p.id(),
          p.excerpt(), p.page(), p.section(), p.url(), p.value(), p.graded(), p.sources(), p.checked(), p.checkedIso(),
          p.stale()));
    });
    return out;
  }

  /**
   * The comparison table in parts of at most {@link #MAX_COLUMNS} subjects, each with the criterion column
   * and the leaders of the whole row ({@link Matrix#parts}), as the comparison page marks them; a disputed
   * cell's sides cite their passages' endnotes.
   */
  private List<TablePart> tables(Matrix table, Map<Claim, Integer> numbers) {
    List<Matrix> parts = table.parts(MAX_COLUMNS);
    List<TablePart> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      boolean first = i == 0;
      // only the first part carries the rows' ids, so each id stays unique in the document
      out.add(new TablePart(tables.table(parts.get(i)).mapRows(r -> r.inPrint(PrintBody.id(Kind.CRITERION, r.criterion().slug()),
          first ? "row-" + r.criterion().slug() : "", r.cells().stream().map(cell -> numbered(cell, r.criterion().slug(), numbers))
              .toList())), i + 1, parts.size()));
    }
    return out;
  }

  /** {@code text} as the inside of a double-quoted CSS string that is safe inside an HTML {@code <style>}. */
  static String cssString(String text) {
    StringBuilder sb = new StringBuilder();
    for (char ch : text.toCharArray()) {
      if (ch == '\\' || ch == '"') sb.append('\\').append(ch);
      else if (ch == '<' || ch == '>' || ch == '&' || ch < 0x20) sb.append('\\').append(Integer.toHexString(ch)).append(' ');
      else sb.append(ch);
    }
    return sb.toString();
  }
}

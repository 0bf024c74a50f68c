package dev.versus.render;

import dev.versus.content.Kind;
import dev.versus.matrix.Matrix;
import dev.versus.matrix.Slice;
import dev.versus.matrix.Standing;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.render.page.PageModel;
import dev.versus.render.page.Refs.Link;
import dev.versus.render.page.Refs.Part;
import dev.versus.render.page.Refs.Sort;
import dev.versus.web.PageKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pages that show the comparison table: the home page, the full table (or, when it is too big for one
 * page, its parts by group and {@code compare/} listing them), the pair pages, and the pages that moved
 * the old sorted tables' readers to the one table sorted in the browser.
 */
final class ComparePages {
  /**
   * Up to this many subjects the comparison page shows every column before the reader picks; with more it
   * shows site.yaml's {@code featured} subjects, or the first this many. Eight columns of a level and a
   * one-line summary still fit a laptop's screen.
   */
  static final int SHOWN_MAX = 8;

  private final Site site;
  private final Urls urls;
  private final Views views;
  private final TableViews tables;
  private final ChangeViews changes;

  ComparePages(Views views, TableViews tables) {
    this.site = views.site();
    this.urls = views.urls();
    this.views = views;
    this.tables = tables;
    this.changes = new ChangeViews(views);
  }

  PageSpec home() {
    Matrix matrix = views.full();
    PageModel.Home model = new PageModel.Home(
        site.home().map(h -> views.html(Kind.INDEX, "index", h.body())).orElse(null),
        // a table split by group is too big for the home page too: it lists the parts instead
        views.layout().slices().size() > 1 ? null : tables.table(matrix), tables.legend(matrix), tables.tallies(matrix),
        site.articles().stream().map(views::articleRef).toList(),
        site.faqs().stream().limit(6).map(views::faqRef).toList(),
        site.subjects().stream().map(views::subjectRef).toList(), views.layout().slices().size() > 1 ? parts("") : List.of());
    String title = site.home().map(h -> h.title()).orElse(site.config().title());
    return PageSpec.of(PageKind.HOME.route(), "index.peb", "home", title, site.config().description(), List.of(), model);
  }

  /**
   * {@code compare/}: the whole table when it fits one page ({@link Slice#MAX_CELLS}); else the list of its
   * parts, each part a page of its own ({@link #part}).
   */
  PageSpec full(String route) {
    String title = views.ui("compare.title", "site", site.config().title());
    List<Slice> slices = views.layout().slices();
    if (slices.size() == 1) return compare(views.full(), route, title, false, List.of());
    return compare(null, route, title, false, parts(route));
  }

  /** One part of a table split by group: its rows, with every column, and the list of the parts. */
  PageSpec part(String route, Slice slice) {
    String title = slice.pages() == 1 ? views.ui("compare.part.title", "site", site.config().title(), "group", slice.group().title())
        : views.ui("compare.part.page.title", "site", site.config().title(), "group", slice.group().title(),
            "page", slice.page(), "pages", slice.pages());
    return compare(slice.matrix(), route, title, false, parts(route));
  }

  /** The route of {@code slice}, a part of a split table: {@code compare/group/<key>/}, then {@code .../<n>/}. */
  static String partRoute(Slice slice) {
    return slice.page() == 1 ? PageKind.COMPARE_GROUP.route(slice.group().key())
        : PageKind.COMPARE_GROUP_PAGE.route(slice.group().key(), String.valueOf(slice.page()));
  }

  /** Where the table sorted by {@code s} used to be: a page that moves the reader to {@code compare/?sort=<slug>}. */
  PageSpec moved(String route, Subject s) {
    String query = "?sort=" + s.slug();
    return PageSpec.of(route, "moved.peb", "moved", views.ui("compare.sorted.title", "site", site.config().title(), "subject", s.title()),
        views.ui("moved.description"), List.of(),
        new PageModel.Moved(urls.href(PageKind.COMPARE) + query, urls.absolute(PageKind.COMPARE.route()) + query));
  }

  /** The pair page of {@code pair}: the two columns with the whole row's leaders ({@link Matrix#pair}). */
  PageSpec pair(String route, List<Subject> pair) {
    return compare(views.full().pair(pair), route, pairTitle(pair), true, List.of());
  }

  /** The route of the pair page of {@code pair}. */
  static String pairRoute(List<Subject> pair) {
    return PageKind.COMPARE_PAIR.route(pair.get(0).slug(), pair.get(1).slug());
  }

  /** "Tea vs Coffee", a pair page's title and its link's text. */
  private String pairTitle(List<Subject> pair) {
    return views.ui("compare.pair.title", "first", pair.get(0).title(), "second", pair.get(1).title());
  }

  private List<Part> parts(String current) {
    return LineParts.of(views.layout().slices(), ComparePages::partRoute, current, urls);
  }

  /** The row orders the page's script offers: by topic, then each subject first, with its groups' headings. */
  private List<Sort> sorts() {
    List<Sort> sorts = new ArrayList<>();
    sorts.add(new Sort("", views.ui("compare.sorts.topic"), List.of()));
    for (Subject s : site.subjects()) {
      sorts.add(new Sort(s.slug(), views.ui("compare.sorts.first", "subject", s.title()), Arrays.stream(Standing.values())
          .map(st -> views.ui("compare.standing." + st.key(), "subject", s.title())).toList()));
    }
    return List.copyOf(sorts);
  }

  /** The subjects shown before the reader picks: all up to {@link #SHOWN_MAX}, else {@code featured} or the first ones. */
  private List<String> featured() {
    if (site.subjects().size() <= SHOWN_MAX) return List.of();
    List<String> listed = site.config().catalogue().featured();
    return listed.isEmpty() ? site.subjects().stream().limit(SHOWN_MAX).map(Subject::slug).toList() : listed;
  }

  /**
   * The full table ({@code compare/}), a part of it, or a pair page ({@code pair}): the same template. A
   * {@code matrix} of null is {@code compare/} of a split table, which lists the {@code parts}.
   */
  private PageSpec compare(Matrix matrix, String route, String title, boolean pair, List<Part> parts) {
    List<Link> pairs = views.layout().pairs().stream().map(p -> new Link(pairTitle(p), urls.href(pairRoute(p)))).toList();
    Matrix shown = matrix == null ? views.full() : matrix;
    PageModel.Compare model = new PageModel.Compare(matrix == null ? null : tables.table(matrix), tables.legend(shown), pairs, pair,
        pair ? List.of() : sorts(),
        // with three or more subjects the full table gets subject checkboxes, and its rows say each
        // cell's answer so "show only differences" can follow the columns shown
        !pair && shown.columns().size() >= 3, pair ? List.of() : featured(),
        // a pair page says where each of the two is ahead of the other
        !pair ? List.of() : List.of(
            tables.ahead(shown.ahead(shown.columns().get(0), shown.columns().get(1))),
            tables.ahead(shown.ahead(shown.columns().get(1), shown.columns().get(0)))),
        changes.sinceOptions(), site.history().isEmpty() ? "" : changes.url(), pair ? null : tables.quality(views.quality()),
        parts);
    String names = String.join(views.ui("join.separator"), shown.columns().stream().map(Subject::title).toList());
    return PageSpec.of(route, "compare.peb", "compare", title,
        views.ui("compare.description", "subjects", names, "count", shown.rows().size()),
        route.equals(PageKind.COMPARE.route()) ? views.crumbs(views.ui("crumbs.compare"), route)
            : views.crumbs(views.ui("crumbs.compare"), PageKind.COMPARE.route(), title, route), model);
  }
}

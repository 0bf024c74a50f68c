package dev.versus.render;

import dev.versus.config.Group;
import dev.versus.content.Kind;
import dev.versus.matrix.Matrix;
import dev.versus.matrix.Standing;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.render.page.PageModel;
import dev.versus.render.page.Refs.Link;
import dev.versus.render.page.Refs.Sort;
import dev.versus.web.PageKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The pages that show the comparison table: the home page, the full table, the table sorted by a subject, the pair pages. */
final class ComparePages {
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
        tables.table(matrix), tables.legend(matrix), tables.tallies(matrix),
        site.articles().stream().map(views::articleRef).toList(),
        site.faqs().stream().limit(6).map(views::faqRef).toList(),
        site.subjects().stream().map(views::subjectRef).toList());
    String title = site.home().map(h -> h.title()).orElse(site.config().title());
    return PageSpec.of(PageKind.HOME.route(), "index.peb", "home", title, site.config().description(), List.of(), model);
  }

  /** The full table ({@code compare/}): the matrix stage's matrix as it is. */
  PageSpec full(String route) {
    return compare(views.full(), route, views.ui("compare.title", "site", site.config().title()), false);
  }

  /** The full table sorted by {@code s}: where it is best first. */
  PageSpec sorted(String route, Subject s) {
    return compare(views.full().sortedBy(s, standingGroups(s)), route,
        views.ui("compare.sorted.title", "site", site.config().title(), "subject", s.title()), false);
  }

  /** The pair page of {@code pair}: the two columns with the whole row's leaders ({@link Matrix#pair}). */
  PageSpec pair(String route, List<Subject> pair) {
    return compare(views.full().pair(pair), route, pairTitle(pair), true);
  }

  /** The route of the pair page of {@code pair}. */
  static String pairRoute(List<Subject> pair) {
    return PageKind.COMPARE_PAIR.route(pair.get(0).slug(), pair.get(1).slug());
  }

  /** The headings of a table sorted by {@code s}, one per standing ({@code compare.standing.<standing>}). */
  private Map<Standing, Group> standingGroups(Subject s) {
    Map<Standing, Group> groups = new EnumMap<>(Standing.class);
    for (Standing st : Standing.values()) {
      groups.put(st, new Group(st.key(), views.ui("compare.standing." + st.key(), "subject", s.title())));
    }
    return groups;
  }

  /** "Tea vs Coffee", a pair page's title and its link's text. */
  private String pairTitle(List<Subject> pair) {
    return views.ui("compare.pair.title", "first", pair.get(0).title(), "second", pair.get(1).title());
  }

  /**
   * The full table ({@code compare/}), the full table sorted by one subject ({@code compare/by/<slug>/})
   * or a pair page ({@code pair}): the same template, with links between the row orders on the first two.
   */
  private PageSpec compare(Matrix matrix, String route, String title, boolean pair) {
    List<Link> pairs = Matrix.pairs(site.subjects()).stream()
        .map(p -> new Link(pairTitle(p), urls.href(pairRoute(p)))).toList();
    List<Sort> sorts = new ArrayList<>();
    if (!pair) {
      sorts.add(new Sort(views.ui("compare.sorts.topic"), urls.href(PageKind.COMPARE), route.equals(PageKind.COMPARE.route())));
      for (Subject s : site.subjects()) {
        String sorted = PageKind.COMPARE_SORTED.route(s.slug());
        sorts.add(new Sort(views.ui("compare.sorts.first", "subject", s.title()), urls.href(sorted), route.equals(sorted)));
      }
    }
    String names = String.join(views.ui("join.separator"), matrix.columns().stream().map(Subject::title).toList());
    PageModel.Compare model = new PageModel.Compare(tables.table(matrix), tables.legend(matrix), pairs, pair, List.copyOf(sorts),
        // with three or more subjects the full table gets subject checkboxes, and its rows say each
        // cell's answer so "show only differences" can follow the columns shown
        !pair && matrix.columns().size() >= 3,
        // a pair page says where each of the two is ahead of the other
        !pair ? List.of() : List.of(
            tables.ahead(matrix.ahead(matrix.columns().get(0), matrix.columns().get(1))),
            tables.ahead(matrix.ahead(matrix.columns().get(1), matrix.columns().get(0)))),
        changes.sinceOptions(), site.history().isEmpty() ? "" : changes.url(), pair ? null : tables.quality(views.quality()));
    return PageSpec.of(route, "compare.peb", "compare", title,
        views.ui("compare.description", "subjects", names, "count", matrix.rows().size()),
        route.equals(PageKind.COMPARE.route()) ? views.crumbs(views.ui("crumbs.compare"), route)
            : views.crumbs(views.ui("crumbs.compare"), PageKind.COMPARE.route(), title, route), model);
  }
}

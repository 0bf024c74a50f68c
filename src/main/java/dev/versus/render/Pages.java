package dev.versus.render;

import dev.versus.config.Group;
import dev.versus.i18n.UiStrings;
import dev.versus.content.Kind;
import dev.versus.matrix.Matrix;
import dev.versus.matrix.Standing;
import dev.versus.model.Article;
import dev.versus.model.Criterion;
import dev.versus.model.Faq;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.web.Json;
import dev.versus.web.PageKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Lists every page of the site with its variables and what it reads: the one place that knows
 * the site's shape. Each page names its inputs (documents by source path, plus derived lists such
 * as a criterion's backlinks) with their values; a page whose inputs are equal renders the same
 * bytes, which is how the preview server knows what an edit must re-render. An article's entry
 * comes from {@link ArticleMemo}, so an unchanged article's page costs next to nothing to plan.
 */
final class Pages {
  private final Site site;
  /** The matrix of every subject, the matrix stage's: the tables' sorted and pair views are derived from it. */
  private final Matrix matrix;
  private final Urls urls;
  private final Views views;
  private final ArticleMemo memo;
  private final UiStrings strings;

  Pages(Site site, Matrix matrix, Urls urls, Views views, ArticleMemo memo, UiStrings strings) {
    this.site = site;
    this.matrix = matrix;
    this.urls = urls;
    this.views = views;
    this.memo = memo;
    this.strings = strings;
  }

  /** The UI string {@code key} with its arguments (name, value, ...). */
  private String ui(String key, Object... args) {
    return strings.text(key, args);
  }

  /** Every page, its spec built only when asked for. */
  List<PagePlan> plan() {
    List<PagePlan> pages = new ArrayList<>();
    memo.start(site);
    List<ArticleMemo.Entry> articles = site.articles().stream()
        .map(a -> memo.of(a, views.linksOf(Kind.ARTICLE, a.slug()), site)).toList();
    memo.retain(site.articles());
    // what lists show of each article (title, description, date, reading time), in list order
    List<List<Object>> refs = articles.stream().map(ArticleMemo.Entry::ref).toList();
    pages.add(plan("", "index.peb", inputs().home().criteria().subjects().put("refs:articles", refs).faqs().put("evidence", site.evidence()), (r, t) -> home()));
    pages.add(plan(PageKind.COMPARE.route(), "compare.peb", inputs().criteria().subjects().put("evidence", site.evidence()),
        (r, t) -> compare(matrix, r, ui("compare.title", "site", site.config().title()), false)));
    for (Subject s : site.subjects()) {
      pages.add(plan(PageKind.COMPARE_SORTED.route(s.slug()), "compare.peb", inputs().criteria().subjects().put("evidence", site.evidence()),
          (r, t) -> compare(matrix.sortedBy(s, standingGroups(s)), r, ui("compare.sorted.title", "site", site.config().title(), "subject", s.title()), false)));
    }
    for (var pair : Matrix.pairs(site.subjects())) {
      String route = pairRoute(pair);
      pages.add(plan(route, "compare.peb", inputs().criteria().subjects().put("evidence", site.evidence()),
          (r, t) -> compare(matrix.narrowedTo(pair), r, pairTitle(pair), true)));
    }
    pages.add(plan(PageKind.CRITERIA.route(), "list.peb", inputs().criteria(), (r, t) -> list(r, "criteria",
        site.criteria().stream().map(views::criterionRef).toList())));
    for (Criterion c : site.criteria()) {
      // its evidence sections read the claims of every body, and its cells whether they are disputed or stale
      Inputs in = inputs().body(Kind.CRITERION, c.slug(), c.path(), c).subjects()
          .put("backlinks:" + c.slug(), site.criterionBacklinks().getOrDefault(c.slug(), List.of()))
          .put("evidence", site.evidence());
      site.faqs().stream().filter(f -> f.criteria().contains(c.slug())).forEach(f -> in.put(f.path(), f));
      pages.add(plan(Kind.CRITERION.route(c.slug()), "criterion.peb", in, (r, t) -> criterion(c)));
    }
    pages.add(plan(PageKind.SUBJECTS.route(), "list.peb", inputs().subjects(), (r, t) -> list(r, "subjects",
        site.subjects().stream().map(views::subjectRef).toList())));
    for (Subject s : site.subjects()) {
      // its "where it is ahead" section reads every criterion and every other subject
      Inputs in = inputs().body(Kind.SUBJECT, s.slug(), s.path(), s).criteria().subjects()
          .put("mentions:" + s.slug(), site.subjectMentions().getOrDefault(s.slug(), List.of()))
          .put("evidence", site.evidence());
      pages.add(plan(Kind.SUBJECT.route(s.slug()), "subject.peb", in, (r, t) -> subject(s)));
    }
    pages.add(plan(PageKind.ARTICLES.route(), "list.peb", inputs().put("refs:articles", refs), (r, t) -> list(r, "articles",
        site.articles().stream().map(views::articleRef).toList())));
    for (ArticleMemo.Entry e : articles) {
      pages.add(new PagePlan(e.route(), "article.peb", e.inputs(), () -> article(e.article())));
    }
    Inputs allFaqs = inputs().criteria().subjects();
    site.faqs().forEach(f -> allFaqs.body(Kind.FAQ, f.slug(), f.path(), f));
    pages.add(plan(PageKind.FAQS.route(), "faq-index.peb", allFaqs, (r, t) -> faqIndex()));
    for (Faq f : site.faqs()) {
      Inputs in = inputs().body(Kind.FAQ, f.slug(), f.path(), f);
      f.criteria().forEach(slug -> site.criterion(slug).ifPresent(c -> in.put(c.path(), c)));
      f.subjects().forEach(slug -> site.subject(slug).ifPresent(s -> in.put(s.path(), s)));
      pages.add(plan(Kind.FAQ.route(f.slug()), "faq.peb", in, (r, t) -> faq(f)));
    }
    pages.add(plan(PageKind.SOURCES.route(), "sources.peb", inputs().put("citations", site.citations()), (r, t) -> page(r, t, "sources",
        ui("sources.title"), ui("sources.description"), crumbs(ui("crumbs.sources"), r), Views.map("sources", views.allSources()))));
    if (!site.config().profiles().isEmpty()) {
      // every profile's ranking reads every cell of the matrix, and site.yaml's profiles (the configuration)
      dev.versus.matrix.Points points = dev.versus.matrix.Points.of(site, matrix);
      pages.add(plan(PageKind.CHOOSE.route(), "choose.peb", inputs().criteria().subjects().put("profiles", site.config().profiles()),
          (r, t) -> chooseForm(r, points)));
      for (dev.versus.config.Profile p : site.config().profiles()) {
        pages.add(plan(PageKind.CHOOSE_PROFILE.route(p.key()), "choose-profile.peb", inputs().criteria().subjects().put("profile:" + p.key(), p),
            (r, t) -> chooseProfile(r, points.score(p))));
      }
    }
    pages.add(plan(PageKind.SEARCH.route(), "search.peb", inputs(), (r, t) -> page(r, t, "search", ui("search.title"),
        ui("search.description", "site", site.config().title()), crumbs(ui("crumbs.search"), r), Views.map())));
    pages.add(plan(PageKind.NOT_FOUND.route(), "404.peb", inputs(), (r, t) -> page(r, t, "404", ui("notfound.title"),
        ui("notfound.description"), List.of(), Views.map())));
    // the routes come from the slugs, which are what the sitemap reads (cheaper to compare than every route)
    List<List<String>> slugs = List.of(site.subjects().stream().map(Subject::slug).toList(),
        site.criteria().stream().map(Criterion::slug).toList(), site.articles().stream().map(Article::slug).toList(),
        site.faqs().stream().map(Faq::slug).toList());
    Map<String, java.time.LocalDate> sitemap = sitemapRoutes();
    pages.add(plan(PageKind.SITEMAP.route(), "sitemap.xml.peb", inputs().put("slugs", slugs).put("sitemap:dates", List.copyOf(sitemap.values())),
        (r, t) -> page(r, t, "feed", ui("sitemap.title"), "", List.of(), Views.map("sitemap", sitemap.entrySet().stream()
            .map(e -> Views.map("loc", urls.absolute(e.getKey()), "lastmod", e.getValue().toString())).toList()))));
    // every article in full, with its links and related criteria: each article page's inputs, in feed order
    Inputs feed = inputs().put("feed:articles", articles.stream().map(ArticleMemo.Entry::inputs).toList());
    pages.add(plan(PageKind.FEED.route(), "feed.xml.peb", feed, (r, t) -> page(r, t, "feed", site.config().title(), "", List.of(),
        Views.map("articles", site.articles().stream().map(this::feedEntry).toList()))));
    // the print view reads the whole guide; the preview server renders it only on request
    Inputs print = inputs().home().criteria().subjects().faqs()
        .put("feed:articles", articles.stream().map(ArticleMemo.Entry::inputs).toList())
        .put("citations", site.citations()).put("evidence", site.evidence());
    pages.add(plan(PageKind.PRINT.route(), "print.peb", print, (r, t) -> new PrintView(site, matrix, urls, views).page()));
    pages.add(plan(PageKind.ROBOTS.route(), "robots.txt.peb", inputs(), (r, t) -> page(r, t, "feed", ui("robots.title"), "", List.of(), Views.map())));
    return pages;
  }

  /**
   * The routes sitemap.xml lists, every HTML page but the 404 page, the print view and the sorted tables (they repeat /compare/), each with the date it last changed
   * as far as the guide says: an article's own date, a criterion's review, else the guide's date.
   */
  private Map<String, java.time.LocalDate> sitemapRoutes() {
    Map<String, java.time.LocalDate> routes = new java.util.LinkedHashMap<>();
    for (PageKind k : List.of(PageKind.HOME, PageKind.COMPARE, PageKind.CRITERIA, PageKind.SUBJECTS, PageKind.ARTICLES,
        PageKind.FAQS, PageKind.SOURCES)) {
      routes.put(k.route(), site.updated());
    }
    if (!site.config().profiles().isEmpty()) {
      routes.put(PageKind.CHOOSE.route(), site.updated());
      site.config().profiles().forEach(p -> routes.put(PageKind.CHOOSE_PROFILE.route(p.key()), site.updated()));
    }
    for (var pair : Matrix.pairs(site.subjects())) {
      routes.put(pairRoute(pair), site.updated());
    }
    site.criteria().forEach(c -> routes.put(Kind.CRITERION.route(c.slug()), site.updated(c)));
    site.subjects().forEach(s -> routes.put(Kind.SUBJECT.route(s.slug()), site.updated()));
    site.articles().forEach(a -> routes.put(Kind.ARTICLE.route(a.slug()), a.updated().orElse(a.date())));
    site.faqs().forEach(f -> routes.put(Kind.FAQ.route(f.slug()), site.updated()));
    return routes;
  }

  private PagePlan plan(String route, String template, Inputs inputs, BiFunction<String, String, PageSpec> spec) {
    return new PagePlan(route, template, inputs.values(), () -> spec.apply(route, template));
  }

  private Inputs inputs() {
    return new Inputs();
  }

  /**
   * The named values one page reads: documents by their source path (the record, and
   * {@code links:<path>} for the links of a body it shows), and derived lists by name.
   */
  private final class Inputs {
    private final Map<String, Object> values = new LinkedHashMap<>();

    Inputs put(String key, Object value) {
      values.put(key, value);
      return this;
    }

    Inputs body(Kind kind, String slug, String path, Object record) {
      return put(path, record).put("links:" + path, views.linksOf(kind, slug));
    }

    Inputs home() {
      site.home().ifPresent(h -> body(Kind.INDEX, "index", "index.md", h));
      return this;
    }

    Inputs criteria() {
      return each(site.criteria(), Criterion::path);
    }

    Inputs subjects() {
      return each(site.subjects(), Subject::path);
    }

    Inputs faqs() {
      return each(site.faqs(), Faq::path);
    }

    private <T> Inputs each(List<T> records, java.util.function.Function<T, String> path) {
      records.forEach(r -> put(path.apply(r), r));
      return this;
    }

    Map<String, Object> values() {
      return values;
    }
  }

  private PageSpec home() {
    Map<String, Object> vars = Views.map(
        "shortAnswer", site.home().map(h -> views.html(Kind.INDEX, "index", h.body())).orElse(null),
        "matrix", views.matrix(matrix),
        "legend", views.legend(matrix),
        "tallies", views.tallies(matrix),
        "articles", site.articles().stream().map(views::articleRef).toList(),
        "questions", site.faqs().stream().limit(6).map(views::faqRef).toList(),
        "subjects", site.subjects().stream().map(views::subjectRef).toList());
    String title = site.home().map(h -> h.title()).orElse(site.config().title());
    return new PageSpec(PageKind.HOME.route(), "index.peb", "home", title, site.config().description(), List.of(), List.of(), vars);
  }

  /** An article as the feed lists it: its page's view, with the absolute URL a feed reader follows. */
  private Map<String, Object> feedEntry(Article a) {
    Map<String, Object> entry = views.article(a);
    entry.put("absoluteUrl", urls.absolute(Kind.ARTICLE.route(a.slug())));
    return entry;
  }

  /** The route of the page of a pair of subjects. */
  private static String pairRoute(List<Subject> pair) {
    return PageKind.COMPARE_PAIR.route(pair.get(0).slug(), pair.get(1).slug());
  }

  /** The headings of a table sorted by {@code s}, one per standing ({@code compare.standing.<standing>}). */
  private Map<Standing, Group> standingGroups(Subject s) {
    Map<Standing, Group> groups = new java.util.EnumMap<>(Standing.class);
    for (Standing st : Standing.values()) {
      groups.put(st, new Group(st.key(), ui("compare.standing." + st.key(), "subject", s.title())));
    }
    return groups;
  }

  /** "Tea vs Coffee", a pair page's title and its link's text. */
  private String pairTitle(List<Subject> pair) {
    return ui("compare.pair.title", "first", pair.get(0).title(), "second", pair.get(1).title());
  }

  /**
   * The full table ({@code compare/}), the full table sorted by one subject ({@code compare/by/<slug>/})
   * or a pair page ({@code pair}): the same template, with links between the row orders on the first two.
   */
  private PageSpec compare(Matrix matrix, String route, String title, boolean pair) {
    List<Map<String, Object>> pairs = Matrix.pairs(site.subjects()).stream().map(p -> Views.map(
        "title", pairTitle(p),
        "url", urls.href(pairRoute(p)))).toList();
    List<Map<String, Object>> sorts = new ArrayList<>();
    if (!pair) {
      sorts.add(Views.map("title", ui("compare.sorts.topic"), "url", urls.href(PageKind.COMPARE), "current", route.equals(PageKind.COMPARE.route())));
      for (Subject s : site.subjects()) {
        String sorted = PageKind.COMPARE_SORTED.route(s.slug());
        sorts.add(Views.map("title", ui("compare.sorts.first", "subject", s.title()), "url", urls.href(sorted), "current", route.equals(sorted)));
      }
    }
    String names = String.join(ui("join.separator"), matrix.columns().stream().map(Subject::title).toList());
    return page(route, "compare.peb", "compare", title,
        ui("compare.description", "subjects", names, "count", matrix.rows().size()),
        route.equals(PageKind.COMPARE.route()) ? crumbs(ui("crumbs.compare"), route) : crumbs(ui("crumbs.compare"), PageKind.COMPARE.route(), title, route),
        Views.map("matrix", views.matrix(matrix), "legend", views.legend(matrix), "pairs", pairs,
            "isPair", pair, "sorts", sorts,
            // with three or more subjects the full table gets subject checkboxes, and its rows say each
            // cell's answer so "show only differences" can follow the columns shown
            "toggles", !pair && matrix.columns().size() >= 3,
            // a pair page says where each of the two is ahead of the other
            "directions", !pair ? List.of() : List.of(
                views.ahead(matrix.ahead(matrix.columns().get(0), matrix.columns().get(1))),
                views.ahead(matrix.ahead(matrix.columns().get(1), matrix.columns().get(0))))));
  }

  /** {@code choose/}: the profiles, and the form that weighs the same points live (the script reads {@code formData}). */
  private PageSpec chooseForm(String route, dev.versus.matrix.Points points) {
    Map<String, Object> form = Choose.formData(site, points, urls);
    String data = Json.write(form);
    return page(route, "choose.peb", "choose", ui("choose.title"),
        ui("choose.description", "subjects", strings.join(site.subjects().stream().map(Subject::title).toList())),
        crumbs(ui("crumbs.choose"), route), Views.map("profiles", site.config().profiles().stream().map(views::profileRef).toList(),
            "form", form,
            "formJson", new io.pebbletemplates.pebble.extension.escaper.SafeString(data)));
  }

  /** {@code choose/<profile>/}: one profile's ranking, and why. */
  private PageSpec chooseProfile(String route, dev.versus.matrix.ProfileScore score) {
    var p = score.profile();
    return page(route, "choose-profile.peb", "choose-profile", p.title(), p.description(),
        crumbs(ui("crumbs.choose"), PageKind.CHOOSE.route(), p.title(), route), Views.map("score", views.profileScore(score),
            "profiles", site.config().profiles().stream().map(views::profileRef).toList()));
  }

  private PageSpec criterion(Criterion c) {
    return page(Kind.CRITERION.route(c.slug()), "criterion.peb", "criterion", c.title(), c.question(),
        crumbs(ui("crumbs.criteria"), PageKind.CRITERIA.route(), c.title(), Kind.CRITERION.route(c.slug())),
        Views.map("criterion", views.criterion(c)));
  }

  private PageSpec subject(Subject s) {
    String description = s.tagline().isBlank() ? ui("subject.description", "subject", s.title()) : s.tagline();
    return page(Kind.SUBJECT.route(s.slug()), "subject.peb", "subject", s.title(), description,
        crumbs(ui("crumbs.subjects"), PageKind.SUBJECTS.route(), s.title(), Kind.SUBJECT.route(s.slug())),
        Views.map("subject", views.subject(s)));
  }

  private PageSpec article(Article a) {
    return new PageSpec(Kind.ARTICLE.route(a.slug()), "article.peb", "article", a.metaTitle(),
        a.metaDescription().isBlank() ? a.title() : a.metaDescription(), a.metaKeywords(),
        crumbs(ui("crumbs.articles"), PageKind.ARTICLES.route(), a.title(), Kind.ARTICLE.route(a.slug())),
        Views.map("article", views.article(a), "ogType", "article"));
  }

  private PageSpec faqIndex() {
    List<Map<String, Object>> groups = dev.versus.model.FaqGroup.of(site.criteria(), site.faqs()).stream()
        .map(g -> Views.map("criterion", g.criterion().map(views::criterionRef).orElse(null),
            "faqs", g.faqs().stream().map(views::faqInList).toList())).toList();
    List<Object> entities = new ArrayList<>();
    // schema.org's Answer needs its text: a question without one stays out of the structured data
    for (Faq f : site.faqs()) {
      if (f.answerText().isEmpty()) continue;
      entities.add(Views.map("@type", "Question", "name", f.question(), "acceptedAnswer",
          Views.map("@type", "Answer", "text", f.answerText())));
    }
    String jsonLd = Json.write(Views.map("@context", "https://schema.org", "@type", "FAQPage", "mainEntity", entities));
    return page(PageKind.FAQS.route(), "faq-index.peb", "faq", ui("faq.title"),
        ui("faq.description", "site", site.config().title()), crumbs(ui("crumbs.faq"), PageKind.FAQS.route()),
        Views.map("groups", groups, "jsonLd", new io.pebbletemplates.pebble.extension.escaper.SafeString(jsonLd)));
  }

  private PageSpec faq(Faq f) {
    String route = Kind.FAQ.route(f.slug());
    return page(route, "faq.peb", "faq-page", f.question(), f.description(), crumbs(ui("crumbs.faq"), PageKind.FAQS.route(), f.question(), route),
        Views.map("faq", views.faq(f)));
  }

  /** A list page of {@code kind}: titled {@code list.<kind>.title}, its crumb {@code crumbs.<kind>}. */
  private PageSpec list(String route, String kind, List<Map<String, Object>> items) {
    return page(route, "list.peb", "list", ui("list." + kind + ".title"), ui("list." + kind + ".description"), crumbs(ui("crumbs." + kind), route),
        Views.map("items", items.stream().map(Views::card).toList(), "listKind", kind));
  }

  private PageSpec page(String route, String template, String kind, String title, String description,
      List<Map<String, Object>> crumbs, Map<String, Object> vars) {
    return new PageSpec(route, template, kind, title, description, List.of(), crumbs, vars);
  }

  private List<Map<String, Object>> crumbs(String... titleRoute) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(Views.map("title", ui("crumbs.home"), "url", urls.href(PageKind.HOME)));
    for (int i = 0; i < titleRoute.length; i += 2) out.add(Views.map("title", titleRoute[i], "url", urls.href(titleRoute[i + 1])));
    return out;
  }
}

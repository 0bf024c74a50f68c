package dev.versus.render;

import dev.versus.config.Group;
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

  Pages(Site site, Matrix matrix, Urls urls, Views views, ArticleMemo memo) {
    this.site = site;
    this.matrix = matrix;
    this.urls = urls;
    this.views = views;
    this.memo = memo;
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
        (r, t) -> compare(matrix, r, site.config().title() + ": full comparison", false)));
    for (Subject s : site.subjects()) {
      pages.add(plan(PageKind.COMPARE_SORTED.route(s.slug()), "compare.peb", inputs().criteria().subjects().put("evidence", site.evidence()),
          (r, t) -> compare(matrix.sortedBy(s, standingGroups(s)), r, site.config().title() + ": " + s.title() + " first", false)));
    }
    for (var pair : Matrix.pairs(site.subjects())) {
      String route = pairRoute(pair);
      pages.add(plan(route, "compare.peb", inputs().criteria().subjects().put("evidence", site.evidence()),
          (r, t) -> compare(matrix.narrowedTo(pair), r, pair.get(0).title() + " vs " + pair.get(1).title(), true)));
    }
    pages.add(plan(PageKind.CRITERIA.route(), "list.peb", inputs().criteria(), (r, t) -> list(r, "criteria", "Criteria",
        "Every criterion of the comparison, grouped.", site.criteria().stream().map(views::criterionRef).toList())));
    for (Criterion c : site.criteria()) {
      // its evidence sections read the claims of every body, and its cells whether they are disputed or stale
      Inputs in = inputs().body(Kind.CRITERION, c.slug(), c.path(), c).subjects()
          .put("backlinks:" + c.slug(), site.criterionBacklinks().getOrDefault(c.slug(), List.of()))
          .put("evidence", site.evidence());
      site.faqs().stream().filter(f -> f.criteria().contains(c.slug())).forEach(f -> in.put(f.path(), f));
      pages.add(plan(Kind.CRITERION.route(c.slug()), "criterion.peb", in, (r, t) -> criterion(c)));
    }
    pages.add(plan(PageKind.SUBJECTS.route(), "list.peb", inputs().subjects(), (r, t) -> list(r, "subjects", "Subjects",
        "The subjects compared in this guide.", site.subjects().stream().map(views::subjectRef).toList())));
    for (Subject s : site.subjects()) {
      // its "where it is ahead" section reads every criterion and every other subject
      Inputs in = inputs().body(Kind.SUBJECT, s.slug(), s.path(), s).criteria().subjects()
          .put("mentions:" + s.slug(), site.subjectMentions().getOrDefault(s.slug(), List.of()))
          .put("evidence", site.evidence());
      pages.add(plan(Kind.SUBJECT.route(s.slug()), "subject.peb", in, (r, t) -> subject(s)));
    }
    pages.add(plan(PageKind.ARTICLES.route(), "list.peb", inputs().put("refs:articles", refs), (r, t) -> list(r, "articles", "Articles",
        "Long-form guides behind the comparison.", site.articles().stream().map(views::articleRef).toList())));
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
        "Sources", "Every source this guide cites, and what cites it.", crumbs("Sources", r), Views.map("sources", views.allSources()))));
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
    pages.add(plan(PageKind.SEARCH.route(), "search.peb", inputs(), (r, t) -> page(r, t, "search", "Search",
        "Search the criteria, subjects, articles and questions of " + site.config().title() + ".", crumbs("Search", r), Views.map())));
    pages.add(plan(PageKind.NOT_FOUND.route(), "404.peb", inputs(), (r, t) -> page(r, t, "404", "Page not found",
        "This page does not exist.", List.of(), Views.map())));
    // the routes come from the slugs, which are what the sitemap reads (cheaper to compare than every route)
    List<List<String>> slugs = List.of(site.subjects().stream().map(Subject::slug).toList(),
        site.criteria().stream().map(Criterion::slug).toList(), site.articles().stream().map(Article::slug).toList(),
        site.faqs().stream().map(Faq::slug).toList());
    Map<String, java.time.LocalDate> sitemap = sitemapRoutes();
    pages.add(plan(PageKind.SITEMAP.route(), "sitemap.xml.peb", inputs().put("slugs", slugs).put("sitemap:dates", List.copyOf(sitemap.values())),
        (r, t) -> page(r, t, "feed", "Sitemap", "", List.of(), Views.map("sitemap", sitemap.entrySet().stream()
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
    pages.add(plan(PageKind.ROBOTS.route(), "robots.txt.peb", inputs(), (r, t) -> page(r, t, "feed", "robots", "", List.of(), Views.map())));
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

  /** The headings of a table sorted by {@code s}, one per standing. */
  private static Map<Standing, Group> standingGroups(Subject s) {
    return Map.of(Standing.LEADS, new Group(Standing.LEADS.key(), "Where " + s.title() + " leads"),
        Standing.LEVEL, new Group(Standing.LEVEL.key(), "All level"),
        Standing.TRAILS, new Group(Standing.TRAILS.key(), "Where another subject leads"),
        Standing.UNRANKED, new Group(Standing.UNRANKED.key(), "Not ranked"));
  }

  /**
   * The full table ({@code compare/}), the full table sorted by one subject ({@code compare/by/<slug>/})
   * or a pair page ({@code pair}): the same template, with links between the row orders on the first two.
   */
  private PageSpec compare(Matrix matrix, String route, String title, boolean pair) {
    List<Map<String, Object>> pairs = Matrix.pairs(site.subjects()).stream().map(p -> Views.map(
        "title", p.get(0).title() + " vs " + p.get(1).title(),
        "url", urls.href(pairRoute(p)))).toList();
    List<Map<String, Object>> sorts = new ArrayList<>();
    if (!pair) {
      sorts.add(Views.map("title", "By topic", "url", urls.href(PageKind.COMPARE), "current", route.equals(PageKind.COMPARE.route())));
      for (Subject s : site.subjects()) {
        String sorted = PageKind.COMPARE_SORTED.route(s.slug());
        sorts.add(Views.map("title", s.title() + " first", "url", urls.href(sorted), "current", route.equals(sorted)));
      }
    }
    String names = String.join(", ", matrix.columns().stream().map(Subject::title).toList());
    return page(route, "compare.peb", "compare", title,
        "Side-by-side comparison of " + names + " on " + matrix.rows().size() + " criteria, with sources.",
        route.equals(PageKind.COMPARE.route()) ? crumbs("Compare", route) : crumbs("Compare", PageKind.COMPARE.route(), title, route),
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
    return page(route, "choose.peb", "choose", "Which should I choose?",
        "Weigh what matters to you and see how " + names(site.subjects()) + " rank, or pick a ready-made profile.",
        crumbs("Choose", route), Views.map("profiles", site.config().profiles().stream().map(views::profileRef).toList(),
            "form", form,
            "formJson", new io.pebbletemplates.pebble.extension.escaper.SafeString(data)));
  }

  /** {@code choose/<profile>/}: one profile's ranking, and why. */
  private PageSpec chooseProfile(String route, dev.versus.matrix.ProfileScore score) {
    var p = score.profile();
    return page(route, "choose-profile.peb", "choose-profile", p.title(), p.description(),
        crumbs("Choose", PageKind.CHOOSE.route(), p.title(), route), Views.map("score", views.profileScore(score),
            "profiles", site.config().profiles().stream().map(views::profileRef).toList()));
  }

  /** "Tea, Coffee and Cocoa". */
  private static String names(List<Subject> subjects) {
    List<String> titles = subjects.stream().map(Subject::title).toList();
    return String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1);
  }

  private PageSpec criterion(Criterion c) {
    return page(Kind.CRITERION.route(c.slug()), "criterion.peb", "criterion", c.title(), c.question(),
        crumbs("Criteria", PageKind.CRITERIA.route(), c.title(), Kind.CRITERION.route(c.slug())),
        Views.map("criterion", views.criterion(c)));
  }

  private PageSpec subject(Subject s) {
    String description = s.tagline().isBlank() ? s.title() + " in this comparison." : s.tagline();
    return page(Kind.SUBJECT.route(s.slug()), "subject.peb", "subject", s.title(), description,
        crumbs("Subjects", PageKind.SUBJECTS.route(), s.title(), Kind.SUBJECT.route(s.slug())),
        Views.map("subject", views.subject(s)));
  }

  private PageSpec article(Article a) {
    return new PageSpec(Kind.ARTICLE.route(a.slug()), "article.peb", "article", a.metaTitle(),
        a.metaDescription().isBlank() ? a.title() : a.metaDescription(), a.metaKeywords(),
        crumbs("Articles", PageKind.ARTICLES.route(), a.title(), Kind.ARTICLE.route(a.slug())),
        Views.map("article", views.article(a), "ogType", "article"));
  }

  private PageSpec faqIndex() {
    // grouped by each question's first criterion, in matrix order; questions without one come last
    Map<String, List<Map<String, Object>>> byCriterion = new LinkedHashMap<>();
    for (Criterion c : site.criteria()) {
      List<Map<String, Object>> qs = site.faqs().stream().filter(f -> !f.criteria().isEmpty() && f.criteria().get(0).equals(c.slug()))
          .map(views::faqInList).toList();
      if (!qs.isEmpty()) byCriterion.put(c.slug(), qs);
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    byCriterion.forEach((slug, qs) -> groups.add(Views.map("criterion", views.criterionRef(site.criterion(slug).orElseThrow()), "faqs", qs)));
    List<Map<String, Object>> general = site.faqs().stream().filter(f -> f.criteria().isEmpty()).map(views::faqInList).toList();
    if (!general.isEmpty()) groups.add(Views.map("criterion", null, "faqs", general));
    List<Object> entities = new ArrayList<>();
    // schema.org's Answer needs its text: a question without one stays out of the structured data
    for (Faq f : site.faqs()) {
      if (f.answerText().isEmpty()) continue;
      entities.add(Views.map("@type", "Question", "name", f.question(), "acceptedAnswer",
          Views.map("@type", "Answer", "text", f.answerText())));
    }
    String jsonLd = Json.write(Views.map("@context", "https://schema.org", "@type", "FAQPage", "mainEntity", entities));
    return page(PageKind.FAQS.route(), "faq-index.peb", "faq", "Frequently asked questions",
        "Answers to the common questions about " + site.config().title() + ".", crumbs("FAQ", PageKind.FAQS.route()),
        Views.map("groups", groups, "jsonLd", new io.pebbletemplates.pebble.extension.escaper.SafeString(jsonLd)));
  }

  private PageSpec faq(Faq f) {
    String route = Kind.FAQ.route(f.slug());
    return page(route, "faq.peb", "faq-page", f.question(), f.description(), crumbs("FAQ", PageKind.FAQS.route(), f.question(), route),
        Views.map("faq", views.faq(f)));
  }

  private PageSpec list(String route, String kind, String title, String description, List<Map<String, Object>> items) {
    return page(route, "list.peb", "list", title, description, crumbs(title, route),
        Views.map("items", items.stream().map(Views::card).toList(), "listKind", kind));
  }

  private PageSpec page(String route, String template, String kind, String title, String description,
      List<Map<String, Object>> crumbs, Map<String, Object> vars) {
    return new PageSpec(route, template, kind, title, description, List.of(), crumbs, vars);
  }

  private List<Map<String, Object>> crumbs(String... titleRoute) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(Views.map("title", "Home", "url", urls.href(PageKind.HOME)));
    for (int i = 0; i < titleRoute.length; i += 2) out.add(Views.map("title", titleRoute[i], "url", urls.href(titleRoute[i + 1])));
    return out;
  }
}

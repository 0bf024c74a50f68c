package dev.versus.render;

import dev.versus.content.Kind;
import dev.versus.matrix.Row;
import dev.versus.matrix.Slice;
import dev.versus.model.History;
import dev.versus.model.Site;
import dev.versus.render.page.PageModel;
import dev.versus.render.page.Refs.Card;
import dev.versus.render.page.Refs.CitedBy;
import dev.versus.render.page.Refs.SourceEntry;
import dev.versus.render.page.Refs.SitemapEntry;
import dev.versus.web.PageKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pages about the guide as a whole: the lists, the bibliography, search, the 404 page, the feed, sitemap and robots.txt. */
final class SitePages {
  private final Site site;
  private final Urls urls;
  private final Views views;
  private final DocViews docs;

  SitePages(Views views, DocViews docs) {
    this.site = views.site();
    this.urls = views.urls();
    this.views = views;
    this.docs = docs;
  }

  /** {@code criteria/}: every criterion as a card, or (more criteria than one page lists) the list of its parts. */
  PageSpec criteria(String route) {
    if (!views.layout().linesSplit()) return list(route, "criteria", criterionCards(site.criteria()));
    return PageSpec.of(route, "list.peb", "list", views.ui("list.criteria.title"), views.ui("list.criteria.description"),
        views.crumbs(views.ui("crumbs.criteria"), route),
        new PageModel.Listing(List.of(), "criteria", LineParts.of(views.layout().lines(), LineParts::criteria, route, urls)));
  }

  /** One part of the criteria index: {@code slice}'s criteria as cards. */
  PageSpec criteriaPart(String route, Slice slice) {
    String title = partTitle("list.criteria.part", slice);
    return PageSpec.of(route, "criteria-part.peb", "list", title, views.ui("list.criteria.description"),
        views.crumbs(views.ui("crumbs.criteria"), PageKind.CRITERIA.route(), title, route),
        new PageModel.CriteriaPart(criterionCards(slice.matrix().rows().stream().map(Row::criterion).toList()),
            LineParts.of(views.layout().lines(), LineParts::criteria, route, urls)));
  }

  /** The title of {@code slice}'s part of a page: {@code <key>.title}, or {@code <key>.page.title} for a group's later pages. */
  private String partTitle(String key, Slice slice) {
    return slice.pages() == 1 ? views.ui(key + ".title", "group", slice.group().title())
        : views.ui(key + ".page.title", "group", slice.group().title(), "page", slice.page(), "pages", slice.pages());
  }

  private List<Card> criterionCards(List<dev.versus.model.Criterion> criteria) {
    return criteria.stream().map(views::criterionRef)
        .map(c -> new Card(c.slug(), c.title(), c.question(), null, null, c.url(), null, null)).toList();
  }

  PageSpec subjects(String route) {
    return list(route, "subjects", site.subjects().stream()
        .map(views::subjectRef).map(s -> new Card(s.slug(), s.title(), null, s.tagline(), null, s.url(), null, null)).toList());
  }

  PageSpec articles(String route) {
    return list(route, "articles", site.articles().stream()
        .map(views::articleRef).map(a -> new Card(a.slug(), a.title(), null, null, a.description(), a.url(),
            a.readingMinutes(), a.dateHuman())).toList());
  }

  /** A list page of {@code kind}: titled {@code list.<kind>.title}, its crumb {@code crumbs.<kind>}. */
  private PageSpec list(String route, String kind, List<Card> items) {
    return PageSpec.of(route, "list.peb", "list", views.ui("list." + kind + ".title"), views.ui("list." + kind + ".description"),
        views.crumbs(views.ui("crumbs." + kind), route), new PageModel.Listing(items, kind, List.of()));
  }

  PageSpec sources(String route) {
    return PageSpec.of(route, "sources.peb", "sources", views.ui("sources.title"), views.ui("sources.description"),
        views.crumbs(views.ui("crumbs.sources"), route), new PageModel.Sources(!views.layout().linesSplit() ? views.allSources()
            // more criteria than one page lists: the criteria that cite each source are on the parts
            : cited(e -> !e.kind().equals(CRITERION), false), new TableViews(views).quality(views.quality()),
        views.layout().linesSplit() ? LineParts.of(views.layout().lines(), LineParts::sources, route, urls) : List.of()));
  }

  /** One part of what cites each source: the sources {@code slice}'s criteria cite, each with those criteria. */
  PageSpec sourcesPart(String route, Slice slice) {
    String title = partTitle("sources.part", slice);
    java.util.Set<String> urlsOfSlice = new java.util.HashSet<>();
    slice.matrix().rows().forEach(r -> urlsOfSlice.add(urls.href(Kind.CRITERION, r.criterion().slug())));
    return PageSpec.of(route, "sources-part.peb", "sources", title, views.ui("sources.description"),
        views.crumbs(views.ui("crumbs.sources"), PageKind.SOURCES.route(), title, route),
        new PageModel.SourcesPart(cited(e -> e.kind().equals(CRITERION) && urlsOfSlice.contains(e.url()), true),
            LineParts.of(views.layout().lines(), LineParts::sources, route, urls)));
  }

  private static final String CRITERION = Kind.CRITERION.name().toLowerCase(java.util.Locale.ROOT);

  /** The bibliography with only the citations {@code keep} keeps; without the sources left uncited when {@code dropUncited}. */
  private List<SourceEntry> cited(java.util.function.Predicate<CitedBy> keep, boolean dropUncited) {
    return views.allSources().stream().map(e -> new SourceEntry(e.id(), e.number(), e.title(), e.publisher(), e.url(), e.href(),
        e.date(), e.citedBy().stream().filter(keep).toList(), e.stop())).filter(e -> !dropUncited || !e.citedBy().isEmpty()).toList();
  }

  PageSpec search(String route) {
    return PageSpec.of(route, "search.peb", "search", views.ui("search.title"),
        views.ui("search.description", "site", site.config().title()), views.crumbs(views.ui("crumbs.search"), route),
        new PageModel.Search());
  }

  PageSpec notFound(String route) {
    return PageSpec.of(route, "404.peb", "404", views.ui("notfound.title"), views.ui("notfound.description"), List.of(),
        new PageModel.NotFound());
  }

  PageSpec sitemap(String route, Map<String, LocalDate> routes) {
    return PageSpec.of(route, "sitemap.xml.peb", "feed", views.ui("sitemap.title"), "", List.of(), new PageModel.Sitemap(routes.entrySet().stream()
        .map(e -> new SitemapEntry(urls.absolute(e.getKey()), e.getValue().toString())).toList()));
  }

  /** sitemap.xml as a sitemap index: each of {@code files} is {@code sitemap-<n>.xml}, dated by its newest address. */
  PageSpec sitemapIndex(String route, List<Map<String, LocalDate>> files) {
    List<SitemapEntry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      LocalDate newest = files.get(i).values().stream().max(LocalDate::compareTo).orElse(site.updated());
      entries.add(new SitemapEntry(urls.absolute(PageKind.SITEMAP_PART.route(String.valueOf(i + 1))), newest.toString()));
    }
    return PageSpec.of(route, "sitemap-index.xml.peb", "feed", views.ui("sitemap.title"), "", List.of(), new PageModel.Sitemap(entries));
  }

  /** {@code routes} in runs of at most {@code size}, in order. */
  static List<Map<String, LocalDate>> chunks(Map<String, LocalDate> routes, int size) {
    List<Map<String, LocalDate>> out = new java.util.ArrayList<>();
    for (var e : routes.entrySet()) {
      if (out.isEmpty() || out.get(out.size() - 1).size() == size) out.add(new LinkedHashMap<>());
      out.get(out.size() - 1).put(e.getKey(), e.getValue());
    }
    return out;
  }

  PageSpec feed(String route) {
    return PageSpec.of(route, "feed.xml.peb", "feed", site.config().title(), "", List.of(),
        new PageModel.Feed(feedArticles().stream().map(docs::feedEntry).toList(), site.config().outputs().feedFull(),
            new ChangeViews(views).editions()));
  }

  /** The articles feed.xml lists: the newest {@code feed: entries} (site.articles() is newest first), or all for 0. */
  List<dev.versus.model.Article> feedArticles() {
    int entries = site.config().outputs().feedEntries();
    List<dev.versus.model.Article> all = site.articles();
    return entries == 0 || entries >= all.size() ? all : all.subList(0, entries);
  }

  /** {@code changes/}: what changed since the latest edition, then each edition's changes, newest first. */
  PageSpec changes(String route) {
    ChangeViews changes = new ChangeViews(views);
    List<dev.versus.render.page.Changes.EditionView> editions = changes.editions();
    return PageSpec.of(route, "changes.peb", "changes", views.ui("changes.title"),
        views.ui("changes.description", "site", site.config().title()), views.crumbs(views.ui("crumbs.changes"), route),
        new PageModel.Changes(changes.unreleased(), editions.get(0), editions, urls.href(dev.versus.web.Routes.CHANGES_JSON)));
  }

  PageSpec robots(String route) {
    return PageSpec.of(route, "robots.txt.peb", "feed", views.ui("robots.title"), "", List.of(), new PageModel.Robots());
  }

  /**
   * The routes sitemap.xml lists, every HTML page but the 404 page, the print view and the sorted tables (they repeat
   * /compare/), each with the date it last changed as far as the guide says: an article's own date, a criterion's
   * review, else the guide's date.
   */
  Map<String, LocalDate> sitemapRoutes() {
    Map<String, LocalDate> routes = new LinkedHashMap<>();
    for (PageKind k : List.of(PageKind.HOME, PageKind.COMPARE, PageKind.CRITERIA, PageKind.SUBJECTS, PageKind.ARTICLES,
        PageKind.FAQS, PageKind.SOURCES)) {
      routes.put(k.route(), site.updated());
    }
    if (!site.config().profiles().isEmpty()) {
      routes.put(PageKind.CHOOSE.route(), site.updated());
      site.config().profiles().forEach(p -> routes.put(PageKind.CHOOSE_PROFILE.route(p.key()), site.updated()));
    }
    for (var pair : views.layout().pairs()) routes.put(ComparePages.pairRoute(pair), site.updated());
    // the parts of a table too big for one page: a crawler reaches every row
    views.layout().slices().stream().filter(sl -> !sl.whole()).forEach(sl -> routes.put(ComparePages.partRoute(sl), site.updated()));
    site.history().latest().flatMap(History.Changes::date).ifPresent(d -> routes.put(PageKind.CHANGES.route(), d));
    site.criteria().forEach(c -> routes.put(Kind.CRITERION.route(c.slug()), site.updated(c)));
    site.subjects().forEach(s -> routes.put(Kind.SUBJECT.route(s.slug()), site.updated()));
    if (views.layout().linesSplit()) {
      // the parts of the pages listing one line per criterion: a crawler reaches every verdict and citation
      for (var sl : views.layout().lines()) {
        routes.put(LineParts.criteria(sl), site.updated());
        routes.put(LineParts.sources(sl), site.updated());
        site.subjects().forEach(s -> routes.put(LineParts.subject(s.slug(), sl), site.updated()));
      }
    }
    site.articles().forEach(a -> routes.put(Kind.ARTICLE.route(a.slug()), a.updated().orElse(a.date())));
    site.faqs().forEach(f -> routes.put(Kind.FAQ.route(f.slug()), site.updated()));
    return routes;
  }
}

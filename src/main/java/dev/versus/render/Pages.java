package dev.versus.render;

import dev.versus.content.Kind;
import dev.versus.matrix.Slice;
import dev.versus.model.Article;
import dev.versus.model.Criterion;
import dev.versus.model.Faq;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.web.PageKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lists every page of the site with its variables and what it reads: the one place that knows
 * the site's shape. Each page names its inputs (documents by source path, plus derived lists such
 * as a criterion's backlinks) with their values; a page whose inputs are equal renders the same
 * bytes, which is how the preview server knows what an edit must re-render. An article's entry
 * comes from {@link ArticleMemo}, so an unchanged article's page costs next to nothing to plan.
 */
final class Pages {
  private final Site site;
  private final Views views;
  private final ArticleMemo memo;
  private final ComparePages compare;
  private final DocPages docs;
  private final SitePages lists;
  private final ChoosePages choose;

  /** The most addresses one sitemap file may list: {@link dev.versus.web.Published#SITEMAP_URLS}. */
  static final int SITEMAP_URLS = dev.versus.web.Published.SITEMAP_URLS;

  private final int sitemapUrls;

  /** The pages of {@code views}' site; sitemap.xml becomes an index past {@code sitemapUrls} addresses. */
  Pages(Views views, ArticleMemo memo, int sitemapUrls) {
    this.sitemapUrls = sitemapUrls;
    this.site = views.site();
    this.views = views;
    this.memo = memo;
    TableViews tables = new TableViews(views);
    DocViews docViews = new DocViews(views, tables);
    this.compare = new ComparePages(views, tables);
    this.docs = new DocPages(views, docViews);
    this.lists = new SitePages(views, docViews);
    this.choose = new ChoosePages(views, tables);
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
    pages.add(plan(PageKind.HOME.route(), "index.peb", inputs().home().criteria().subjects().put("refs:articles", refs).faqs().put("evidence", site.evidence()), r -> compare.home()));
    pages.add(plan(PageKind.COMPARE.route(), "compare.peb", inputs().criteria().subjects().put("evidence", site.evidence()).put("history", site.history()), compare::full));
    for (Slice slice : views.layout().slices()) {
      if (slice.whole()) continue;
      // a part lists every part (titles and row counts), so it reads every criterion like the full table
      pages.add(plan(ComparePages.partRoute(slice), "compare.peb", inputs().criteria().subjects().put("evidence", site.evidence()).put("history", site.history()),
          r -> compare.part(r, slice)));
    }
    for (Subject s : site.subjects()) {
      // the old sorted tables' addresses move their readers to the one table, sorted in the browser
      pages.add(plan(PageKind.COMPARE_SORTED.route(s.slug()), "moved.peb", inputs().put(s.path(), s), r -> compare.moved(r, s)));
    }
    for (var pair : views.layout().pairs()) {
      pages.add(plan(ComparePages.pairRoute(pair), "compare.peb", inputs().criteria().subjects().put("evidence", site.evidence()).put("history", site.history()),
          r -> compare.pair(r, pair)));
    }
    pages.add(plan(PageKind.CRITERIA.route(), "list.peb", inputs().criteria(), lists::criteria));
    if (views.layout().linesSplit()) {
      for (Slice slice : views.layout().lines()) {
        pages.add(plan(LineParts.criteria(slice), "criteria-part.peb", inputs().criteria(), r -> lists.criteriaPart(r, slice)));
      }
    }
    for (Criterion c : site.criteria()) {
      // its evidence sections read the claims of every body, and its cells whether they are disputed or stale
      Inputs in = inputs().body(Kind.CRITERION, c.slug(), c.path(), c).subjects()
          .put("backlinks:" + c.slug(), site.criterionBacklinks().getOrDefault(c.slug(), List.of()))
          .put("evidence", site.evidence()).put("history", site.history());
      site.faqs().stream().filter(f -> f.criteria().contains(c.slug())).forEach(f -> in.put(f.path(), f));
      pages.add(plan(Kind.CRITERION.route(c.slug()), "criterion.peb", in, r -> docs.criterion(c)));
    }
    pages.add(plan(PageKind.SUBJECTS.route(), "list.peb", inputs().subjects(), lists::subjects));
    for (Subject s : site.subjects()) {
      // its "where it is ahead" section reads every criterion and every other subject
      Inputs in = inputs().body(Kind.SUBJECT, s.slug(), s.path(), s).criteria().subjects()
          .put("mentions:" + s.slug(), site.subjectMentions().getOrDefault(s.slug(), List.of()))
          .put("evidence", site.evidence());
      pages.add(plan(Kind.SUBJECT.route(s.slug()), "subject.peb", in, r -> docs.subject(s)));
      if (!views.layout().linesSplit()) continue;
      for (Slice slice : views.layout().lines()) {
        // a part lists every part (titles and row counts) and reads what the subject's page reads
        pages.add(plan(LineParts.subject(s.slug(), slice), "subject-part.peb", in, r -> docs.subjectPart(r, s, slice)));
      }
    }
    pages.add(plan(PageKind.ARTICLES.route(), "list.peb", inputs().put("refs:articles", refs), lists::articles));
    for (ArticleMemo.Entry e : articles) {
      pages.add(new PagePlan(e.route(), "article.peb", e.inputs(), reuse -> docs.article(e.article())));
    }
    Inputs allFaqs = inputs().criteria().subjects();
    site.faqs().forEach(f -> allFaqs.body(Kind.FAQ, f.slug(), f.path(), f));
    pages.add(plan(PageKind.FAQS.route(), "faq-index.peb", allFaqs, r -> docs.faqIndex()));
    for (Faq f : site.faqs()) {
      Inputs in = inputs().body(Kind.FAQ, f.slug(), f.path(), f);
      f.criteria().forEach(slug -> site.criterion(slug).ifPresent(c -> in.put(c.path(), c)));
      f.subjects().forEach(slug -> site.subject(slug).ifPresent(s -> in.put(s.path(), s)));
      pages.add(plan(Kind.FAQ.route(f.slug()), "faq.peb", in, r -> docs.faq(f)));
    }
    pages.add(plan(PageKind.SOURCES.route(), "sources.peb", inputs().put("citations", site.citations()), lists::sources));
    if (views.layout().linesSplit()) {
      for (Slice slice : views.layout().lines()) {
        pages.add(plan(LineParts.sources(slice), "sources-part.peb", inputs().criteria().put("citations", site.citations()),
            r -> lists.sourcesPart(r, slice)));
      }
    }
    if (!site.history().isEmpty()) {
      // what changed reads every edition and the guide's criteria and subjects as they are now
      pages.add(plan(PageKind.CHANGES.route(), "changes.peb", inputs().criteria().subjects().put("history", site.history()),
          lists::changes));
    }
    if (!site.config().profiles().isEmpty()) {
      // every profile's ranking reads every cell of the matrix, and site.yaml's profiles (the configuration)
      dev.versus.matrix.Points points = dev.versus.matrix.Points.of(site, views.full());
      pages.add(plan(PageKind.CHOOSE.route(), "choose.peb", inputs().criteria().subjects().put("profiles", site.config().profiles()),
          r -> choose.form(r, points)));
      for (dev.versus.config.Profile p : site.config().profiles()) {
        pages.add(plan(PageKind.CHOOSE_PROFILE.route(p.key()), "choose-profile.peb", inputs().criteria().subjects().put("profile:" + p.key(), p),
            r -> choose.profile(r, points.score(p))));
      }
    }
    pages.add(plan(PageKind.SEARCH.route(), "search.peb", inputs(), lists::search));
    pages.add(plan(PageKind.NOT_FOUND.route(), "404.peb", inputs(), lists::notFound));
    // the routes come from the slugs, which are what the sitemap reads (cheaper to compare than every route)
    List<List<String>> slugs = List.of(site.subjects().stream().map(Subject::slug).toList(),
        site.criteria().stream().map(Criterion::slug).toList(), site.articles().stream().map(Article::slug).toList(),
        site.faqs().stream().map(Faq::slug).toList());
    Map<String, java.time.LocalDate> sitemap = lists.sitemapRoutes();
    Inputs mapInputs = inputs().put("slugs", slugs).put("sitemap:dates", List.copyOf(sitemap.values()));
    if (sitemap.size() <= sitemapUrls) {
      pages.add(plan(PageKind.SITEMAP.route(), "sitemap.xml.peb", mapInputs, r -> lists.sitemap(r, sitemap)));
    } else {
      // the sitemaps.org limit: sitemap.xml lists sitemap-1.xml, sitemap-2.xml, ..., each of at most sitemapUrls addresses
      List<Map<String, java.time.LocalDate>> files = SitePages.chunks(sitemap, sitemapUrls);
      pages.add(plan(PageKind.SITEMAP.route(), "sitemap-index.xml.peb", mapInputs, r -> lists.sitemapIndex(r, files)));
      for (int i = 0; i < files.size(); i++) {
        Map<String, java.time.LocalDate> file = files.get(i);
        pages.add(plan(PageKind.SITEMAP_PART.route(String.valueOf(i + 1)), "sitemap.xml.peb", mapInputs, r -> lists.sitemap(r, file)));
      }
    }
    // every article the feed lists (the newest, site.articles() being newest first), in full, with its links and related
    // criteria: each one's page inputs, in feed order. An edit of an older article leaves the feed as it was
    Inputs feed = inputs().put("feed:entries", articles.subList(0, lists.feedArticles().size()).stream()
            .map(ArticleMemo.Entry::inputs).toList())
        .put("history", site.history());
    pages.add(plan(PageKind.FEED.route(), "feed.xml.peb", feed, lists::feed));
    // the print view reads the whole guide; the preview server renders it only on request
    Inputs print = inputs().home().criteria().subjects().faqs()
        .put("feed:articles", articles.stream().map(ArticleMemo.Entry::inputs).toList())
        .put("citations", site.citations()).put("evidence", site.evidence());
    // one page, or (a table split by group) an index and its volumes, each read as a whole guide would be
    PrintView printView = new PrintView(views);
    for (String route : printView.routes()) {
      pages.add(new PagePlan(route, "print.peb", print.values(), reuse -> printView.page(route, reuse)));
    }
    pages.add(plan(PageKind.ROBOTS.route(), "robots.txt.peb", inputs(), lists::robots));
    return pages;
  }

  private PagePlan plan(String route, String template, Inputs inputs, Function<String, PageSpec> spec) {
    return new PagePlan(route, template, inputs.values(), reuse -> spec.apply(route));
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
}

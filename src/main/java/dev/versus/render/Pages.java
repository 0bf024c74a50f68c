package dev.versus.render;

import dev.versus.content.Kind;
import dev.versus.matrix.Matrix;
import dev.versus.model.Article;
import dev.versus.model.Criterion;
import dev.versus.model.Faq;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists every page of the site with its variables: the one place that knows the site's shape. */
final class Pages {
  private final Site site;
  private final Urls urls;
  private final Views views;

  Pages(Site site, Urls urls, Views views) {
    this.site = site;
    this.urls = urls;
    this.views = views;
  }

  List<PageSpec> all() {
    List<PageSpec> pages = new ArrayList<>();
    pages.add(home());
    pages.add(compare(Matrix.of(site), "compare/", site.config().title() + ": full comparison"));
    for (var pair : Matrix.pairs(site.subjects())) {
      String route = "compare/" + pair.get(0).slug() + "-vs-" + pair.get(1).slug() + "/";
      pages.add(compare(Matrix.of(site, pair), route, pair.get(0).title() + " vs " + pair.get(1).title()));
    }
    pages.add(list("criteria/", "criteria", "Criteria", "Every criterion of the comparison, grouped.",
        site.criteria().stream().map(views::criterionRef).toList()));
    site.criteria().forEach(c -> pages.add(criterion(c)));
    pages.add(list("subjects/", "subjects", "Subjects", "The subjects compared in this guide.",
        site.subjects().stream().map(views::subjectRef).toList()));
    site.subjects().forEach(s -> pages.add(subject(s)));
    pages.add(list("articles/", "articles", "Articles", "Long-form guides behind the comparison.",
        site.articles().stream().map(views::articleRef).toList()));
    site.articles().forEach(a -> pages.add(article(a)));
    pages.add(faqIndex());
    site.faqs().forEach(f -> pages.add(faq(f)));
    pages.add(page("sources/", "sources.peb", "sources", "Sources", "Every source this guide cites, and what cites it.",
        crumbs("Sources", "sources/"), Views.map("sources", views.allSources())));
    pages.add(new PrintView(site, urls, views).page());
    pages.add(page("404.html", "404.peb", "404", "Page not found", "This page does not exist.", List.of(), Views.map()));
    pages.add(page("sitemap.xml", "sitemap.xml.peb", "feed", "Sitemap", "", List.of(), Views.map()));
    pages.add(page("feed.xml", "feed.xml.peb", "feed", site.config().title(), "", List.of(),
        Views.map("articles", site.articles().stream().map(views::article).toList())));
    pages.add(page("robots.txt", "robots.txt.peb", "feed", "robots", "", List.of(), Views.map()));
    return pages;
  }

  private PageSpec home() {
    Map<String, Object> vars = Views.map(
        "shortAnswer", site.home().map(h -> views.html(Kind.INDEX, "index", h.body())).orElse(null),
        "matrix", views.matrix(Matrix.of(site)),
        "legend", views.legend(),
        "articles", site.articles().stream().map(views::articleRef).toList(),
        "questions", site.faqs().stream().limit(6).map(views::faqRef).toList(),
        "subjects", site.subjects().stream().map(views::subjectRef).toList());
    String title = site.home().map(h -> h.title()).orElse(site.config().title());
    return new PageSpec("", "index.peb", "home", title, site.config().description(), List.of(), List.of(), vars);
  }

  private PageSpec compare(Matrix matrix, String route, String title) {
    List<Map<String, Object>> pairs = Matrix.pairs(site.subjects()).stream().map(p -> Views.map(
        "title", p.get(0).title() + " vs " + p.get(1).title(),
        "url", urls.href("compare/" + p.get(0).slug() + "-vs-" + p.get(1).slug() + "/"))).toList();
    String names = String.join(", ", matrix.columns().stream().map(Subject::title).toList());
    return page(route, "compare.peb", "compare", title,
        "Side-by-side comparison of " + names + " on " + matrix.rows().size() + " criteria, with sources.",
        route.equals("compare/") ? crumbs("Compare", route) : crumbs("Compare", "compare/", title, route),
        Views.map("matrix", views.matrix(matrix), "legend", views.legend(), "pairs", pairs,
            "isPair", !route.equals("compare/")));
  }

  private PageSpec criterion(Criterion c) {
    return page(Urls.route(Kind.CRITERION, c.slug()), "criterion.peb", "criterion", c.title(), c.question(),
        crumbs("Criteria", "criteria/", c.title(), Urls.route(Kind.CRITERION, c.slug())),
        Views.map("criterion", views.criterion(c)));
  }

  private PageSpec subject(Subject s) {
    String description = s.tagline().isBlank() ? s.title() + " in this comparison." : s.tagline();
    return page(Urls.route(Kind.SUBJECT, s.slug()), "subject.peb", "subject", s.title(), description,
        crumbs("Subjects", "subjects/", s.title(), Urls.route(Kind.SUBJECT, s.slug())),
        Views.map("subject", views.subject(s)));
  }

  private PageSpec article(Article a) {
    return new PageSpec(Urls.route(Kind.ARTICLE, a.slug()), "article.peb", "article", a.metaTitle(),
        a.metaDescription().isBlank() ? a.title() : a.metaDescription(), a.metaKeywords(),
        crumbs("Articles", "articles/", a.title(), Urls.route(Kind.ARTICLE, a.slug())),
        Views.map("article", views.article(a), "ogType", "article"));
  }

  private PageSpec faqIndex() {
    // grouped by each question's first criterion, in matrix order; questions without one come last
    Map<String, List<Map<String, Object>>> byCriterion = new LinkedHashMap<>();
    for (Criterion c : site.criteria()) {
      List<Map<String, Object>> qs = site.faqs().stream().filter(f -> !f.criteria().isEmpty() && f.criteria().get(0).equals(c.slug()))
          .map(views::faq).toList();
      if (!qs.isEmpty()) byCriterion.put(c.slug(), qs);
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    byCriterion.forEach((slug, qs) -> groups.add(Views.map("criterion", views.criterionRef(site.criterion(slug).orElseThrow()), "faqs", qs)));
    List<Map<String, Object>> general = site.faqs().stream().filter(f -> f.criteria().isEmpty()).map(views::faq).toList();
    if (!general.isEmpty()) groups.add(Views.map("criterion", null, "faqs", general));
    List<Object> entities = new ArrayList<>();
    for (Faq f : site.faqs()) {
      entities.add(Views.map("@type", "Question", "name", f.question(), "acceptedAnswer",
          Views.map("@type", "Answer", "text", org.jsoup.Jsoup.parse(f.body().html()).text())));
    }
    String jsonLd = Json.write(Views.map("@context", "https://schema.org", "@type", "FAQPage", "mainEntity", entities));
    return page("faq/", "faq-index.peb", "faq", "Frequently asked questions",
        "Answers to the common questions about " + site.config().title() + ".", crumbs("FAQ", "faq/"),
        Views.map("groups", groups, "jsonLd", new io.pebbletemplates.pebble.extension.escaper.SafeString(jsonLd)));
  }

  private PageSpec faq(Faq f) {
    String route = Urls.route(Kind.FAQ, f.slug());
    Map<String, Object> view = views.faq(f);
    String text = (String) view.get("answerText");
    String description = text.length() > 155 ? text.substring(0, text.lastIndexOf(' ', 152)) + "…" : text;
    return page(route, "faq.peb", "faq-page", f.question(), description, crumbs("FAQ", "faq/", f.question(), route),
        Views.map("faq", view));
  }

  private PageSpec list(String route, String kind, String title, String description, List<Map<String, Object>> items) {
    return page(route, "list.peb", "list", title, description, crumbs(title, route), Views.map("items", items, "listKind", kind));
  }

  private PageSpec page(String route, String template, String kind, String title, String description,
      List<Map<String, Object>> crumbs, Map<String, Object> vars) {
    return new PageSpec(route, template, kind, title, description, List.of(), crumbs, vars);
  }

  private List<Map<String, Object>> crumbs(String... titleRoute) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(Views.map("title", "Home", "url", urls.href("")));
    for (int i = 0; i < titleRoute.length; i += 2) out.add(Views.map("title", titleRoute[i], "url", urls.href(titleRoute[i + 1])));
    return out;
  }
}

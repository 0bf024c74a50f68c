package dev.versus.render;

import dev.versus.content.Kind;
import dev.versus.model.Article;
import dev.versus.model.Criterion;
import dev.versus.model.Faq;
import dev.versus.model.FaqGroup;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.render.page.Docs.FaqGroupView;
import dev.versus.render.page.PageModel;
import dev.versus.web.Json;
import dev.versus.web.PageKind;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.List;

/** The page of each content document (criterion, subject, article, question) and the FAQ list. */
final class DocPages {
  private final Site site;
  private final Views views;
  private final DocViews docs;

  DocPages(Views views, DocViews docs) {
    this.site = views.site();
    this.views = views;
    this.docs = docs;
  }

  PageSpec criterion(Criterion c) {
    String route = Kind.CRITERION.route(c.slug());
    return PageSpec.of(route, "criterion.peb", "criterion", c.title(), c.question(),
        views.crumbs(views.ui("crumbs.criteria"), PageKind.CRITERIA.route(), c.title(), route), new PageModel.Criterion(docs.criterion(c)));
  }

  PageSpec subject(Subject s) {
    String route = Kind.SUBJECT.route(s.slug());
    String description = s.tagline().isBlank() ? views.ui("subject.description", "subject", s.title()) : s.tagline();
    return PageSpec.of(route, "subject.peb", "subject", s.title(), description,
        views.crumbs(views.ui("crumbs.subjects"), PageKind.SUBJECTS.route(), s.title(), route), new PageModel.Subject(docs.subject(s)));
  }

  /** One part of {@code s}'s verdicts when the guide's criteria do not fit one page ({@link TableLayout#lines()}). */
  PageSpec subjectPart(String route, Subject s, dev.versus.matrix.Slice slice) {
    dev.versus.render.page.Docs.SubjectView v = docs.subjectPart(s, slice, route);
    return PageSpec.of(route, "subject-part.peb", "subject", v.part(), views.ui("subject.description", "subject", s.title()),
        views.crumbs(views.ui("crumbs.subjects"), PageKind.SUBJECTS.route(), s.title(), Kind.SUBJECT.route(s.slug()), v.part(), route),
        new PageModel.SubjectPart(v));
  }

  PageSpec article(Article a) {
    String route = Kind.ARTICLE.route(a.slug());
    return new PageSpec(route, "article.peb", "article", a.metaTitle(),
        a.metaDescription().isBlank() ? a.title() : a.metaDescription(), a.metaKeywords(),
        views.crumbs(views.ui("crumbs.articles"), PageKind.ARTICLES.route(), a.title(), route), new PageModel.Article(docs.article(a), "article"));
  }

  PageSpec faq(Faq f) {
    String route = Kind.FAQ.route(f.slug());
    return PageSpec.of(route, "faq.peb", "faq-page", f.question(), f.description(),
        views.crumbs(views.ui("crumbs.faq"), PageKind.FAQS.route(), f.question(), route), new PageModel.Faq(docs.faq(f)));
  }

  /** The FAQ list: the questions grouped by their first criterion, and their schema.org FAQPage. */
  PageSpec faqIndex() {
    List<FaqGroupView> groups = FaqGroup.of(site.criteria(), site.faqs()).stream().map(g -> new FaqGroupView(
        g.criterion().map(views::criterionRef).orElse(null), g.faqs().stream().map(docs::faqInList).toList())).toList();
    List<Object> entities = new ArrayList<>();
    // schema.org's Answer needs its text: a question without one stays out of the structured data
    for (Faq f : site.faqs()) {
      if (f.answerText().isEmpty()) continue;
      entities.add(Views.map("@type", "Question", "name", f.question(), "acceptedAnswer",
          Views.map("@type", "Answer", "text", f.answerText())));
    }
    String jsonLd = Json.write(Views.map("@context", "https://schema.org", "@type", "FAQPage", "mainEntity", entities));
    return PageSpec.of(PageKind.FAQS.route(), "faq-index.peb", "faq", views.ui("faq.title"),
        views.ui("faq.description", "site", site.config().title()), views.crumbs(views.ui("crumbs.faq"), PageKind.FAQS.route()),
        new PageModel.FaqIndex(groups, new SafeString(jsonLd)));
  }
}

package dev.versus.model;

import dev.versus.config.SiteConfig;
import dev.versus.config.Source;
import dev.versus.config.SubjectRef;
import dev.versus.content.Document;
import dev.versus.content.Fields;
import dev.versus.content.Kind;
import dev.versus.content.SourceTree;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns loaded documents and the configuration into the immutable {@link Site}: reads each
 * kind's front matter, checks every reference and cross-link, and computes backlinks.
 */
public final class ModelAssembler {
  private final boolean drafts;

  /** @param drafts whether {@code draft: true} articles are published (the {@code --drafts} flag) */
  public ModelAssembler(boolean drafts) {
    this.drafts = drafts;
  }

  public Site assemble(SourceTree tree, SiteConfig config, Diagnostics diags) {
    Set<String> unpublished = new HashSet<>();
    List<Document> docs = new ArrayList<>();
    for (Document d : tree.documents()) {
      if (d.kind() == Kind.ARTICLE && !drafts && ArticleReader.isDraft(d)) unpublished.add(d.path());
      else docs.add(d);
    }
    List<String> sourceIds = config.sources().stream().map(Source::id).toList();
    List<String> subjectSlugs = config.subjects().stream().map(SubjectRef::slug).toList();

    List<Subject> subjects = subjects(docs, config, sourceIds, diags);
    List<Criterion> criteria = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    List<Faq> faqs = new ArrayList<>();
    Optional<Home> home = Optional.empty();
    // criteria that failed to load still count as known, so their one error is not echoed by every reference
    List<String> criterionSlugs = tree.slugs(Kind.CRITERION);
    for (Document d : docs) {
      switch (d.kind()) {
        case CRITERION -> criteria.add(CriterionReader.read(d, config, diags));
        case ARTICLE -> articles.add(ArticleReader.read(d, sourceIds, diags));
        case FAQ -> faqs.add(FaqReader.read(d, criterionSlugs, subjectSlugs, diags));
        case INDEX -> home = Optional.of(home(d, config, diags));
        case SUBJECT -> { }
      }
    }
    List<String> groupKeys = config.groups().stream().map(g -> g.key()).toList();
    criteria.sort(Comparator.comparingInt((Criterion c) -> groupKeys.indexOf(c.group()))
        .thenComparingInt(Criterion::order).thenComparing(Criterion::title));
    articles.sort(Comparator.comparing(Article::date).reversed().thenComparing(Article::title));
    faqs.sort(Comparator.comparingInt(Faq::order).thenComparing(Faq::question));

    Map<String, Document> byPath = new HashMap<>();
    docs.forEach(d -> byPath.put(d.path(), d));
    Map<String, Set<String>> routeAnchors = new HashMap<>();
    for (String r : FixedAnchors.ROUTES) {
      routeAnchors.put(r, FixedAnchors.forRoute(r, criterionSlugs, groupKeys,
          faqs.stream().map(Faq::slug).toList(), sourceIds));
    }
    routeAnchors.put("", FixedAnchors.BY_KIND.get(Kind.INDEX));
    LinkResolver resolver = new LinkResolver(byPath, tree.allFiles(), unpublished, tree.failed(), routeAnchors, diags);
    List<CrossLink> links = new ArrayList<>();
    for (Document d : docs) links.addAll(resolver.resolveAll(d));

    Map<String, String> articleTitles = new LinkedHashMap<>();
    articles.forEach(a -> articleTitles.put(a.slug(), a.title()));
    // backlinks read in the site's article order (newest first), then in reading order
    List<String> articleOrder = List.copyOf(articleTitles.keySet());
    links.sort(Comparator.comparingInt((CrossLink l) -> l.fromKind() == Kind.ARTICLE ? articleOrder.indexOf(l.fromSlug()) : -1));
    return new Site(config, home, subjects, List.copyOf(criteria), List.copyOf(articles), List.copyOf(faqs),
        List.copyOf(links), backlinks(links, Kind.CRITERION, articleTitles), backlinks(links, Kind.SUBJECT, articleTitles),
        Citations.of(subjects, criteria, articles));
  }

  private static List<Subject> subjects(List<Document> docs, SiteConfig config, List<String> sourceIds, Diagnostics diags) {
    Map<String, Document> files = new LinkedHashMap<>();
    docs.stream().filter(d -> d.kind() == Kind.SUBJECT).forEach(d -> files.put(d.slug(), d));
    List<Subject> out = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (SubjectRef ref : config.subjects()) {
      listed.add(ref.slug());
      Document d = files.get(ref.slug());
      if (d == null) {
        diags.error(ref.pos(), "subject `" + ref.slug() + "` has no file: create subjects/" + ref.slug()
            + ".md or remove it from `subjects`");
      } else {
        out.add(SubjectReader.read(d, new HashSet<>(sourceIds), diags));
      }
    }
    for (Document d : files.values()) {
      if (!listed.contains(d.slug())) {
        diags.error(Position.of(d.path()), "subject file " + d.path() + " is not listed in site.yaml: add `" + d.slug()
            + "` to `subjects` there (it sets the column order), or delete the file");
      }
    }
    return List.copyOf(out);
  }

  private static Home home(Document d, SiteConfig config, Diagnostics diags) {
    Fields f = new Fields(d.frontMatter(), diags, Set.of("title"));
    f.warnUnknown();
    return new Home(f.text("title", config.title()), d.body());
  }

  private static Map<String, List<Backlink>> backlinks(List<CrossLink> links, Kind kind, Map<String, String> titles) {
    Map<String, List<Backlink>> out = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (CrossLink l : links) {
      if (l.fromKind() != Kind.ARTICLE || !(l.target() instanceof Target.Page p) || p.kind() != kind) continue;
      // one entry per article section: several links in one section are one discussion
      if (!seen.add(p.slug() + "|" + l.fromSlug() + "|" + l.ref().sectionId())) continue;
      out.computeIfAbsent(p.slug(), k -> new ArrayList<>()).add(new Backlink(l.fromSlug(),
          titles.getOrDefault(l.fromSlug(), l.fromSlug()), l.ref().sectionId(), l.ref().sectionTitle(), l.ref().excerpt()));
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }
}

package dev.versus.model;

import dev.versus.config.SiteConfig;
import dev.versus.config.Source;
import dev.versus.content.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole guide, validated and cross-linked: the single immutable value the render stage reads.
 * Lists are in display order; maps are keyed by slug (or source id), {@code linksByDocument} by
 * the source path of the document that wrote the links (the same list objects from one
 * assembly to the next while a document is unchanged). {@code updated} is the guide's date for the feed
 * and sitemap: {@link #newest} or, for a guide that states no date, the date of the build
 * ({@code SOURCE_DATE_EPOCH} when set, see reproducible-builds.org/specs/source-date-epoch/).
 * {@code evidence}: the claims of every body and what they say of each cell; {@code history}: what changed in
 * the matrix from one recorded edition to the next, and since the latest.
 */
public record Site(SiteConfig config, Optional<Home> home, List<Subject> subjects, List<Criterion> criteria,
    List<Article> articles, List<Faq> faqs, List<CrossLink> links,
    Map<String, List<Backlink>> criterionBacklinks, Map<String, List<Backlink>> subjectMentions,
    Map<String, List<Citation>> citations, Map<String, List<CrossLink>> linksByDocument, java.time.LocalDate updated,
    Evidence evidence, History history) {

  /** A site without recorded editions. */
  public Site(SiteConfig config, Optional<Home> home, List<Subject> subjects, List<Criterion> criteria,
      List<Article> articles, List<Faq> faqs, List<CrossLink> links,
      Map<String, List<Backlink>> criterionBacklinks, Map<String, List<Backlink>> subjectMentions,
      Map<String, List<Citation>> citations, Map<String, List<CrossLink>> linksByDocument, java.time.LocalDate updated,
      Evidence evidence) {
    this(config, home, subjects, criteria, articles, faqs, links, criterionBacklinks, subjectMentions, citations,
        linksByDocument, updated, evidence, History.none());
  }

  /**
   * The newest date the guide itself states: an article's {@code updated} or {@code date}, a criterion's
   * {@code reviewed}. Empty for a guide with none; {@link #updated} then falls back to the build's date.
   */
  public static Optional<java.time.LocalDate> newest(List<Article> articles, List<Criterion> criteria) {
    java.util.stream.Stream<java.time.LocalDate> dates = java.util.stream.Stream.concat(
        articles.stream().map(a -> a.updated().orElse(a.date())), criteria.stream().flatMap(c -> c.reviewed().stream()));
    return dates.max(java.util.Comparator.naturalOrder());
  }

  /** When the page of {@code criterion} last changed as far as the guide says: its review, else the guide's date. */
  public java.time.LocalDate updated(Criterion criterion) {
    return criterion.reviewed().orElse(updated);
  }

  public Optional<Subject> subject(String slug) {
    return subjects.stream().filter(s -> s.slug().equals(slug)).findFirst();
  }

  public Optional<Criterion> criterion(String slug) {
    return criteria.stream().filter(c -> c.slug().equals(slug)).findFirst();
  }

  public Optional<Source> source(String id) {
    return config.source(id);
  }

  /** Links written by one document, in the order they appear. */
  public List<CrossLink> linksFrom(Kind kind, String slug) {
    return links.stream().filter(l -> l.fromKind() == kind && l.fromSlug().equals(slug)).toList();
  }

  /** The criteria an article links, in site order: its "related criteria". */
  public List<Criterion> criteriaLinkedBy(Kind kind, String slug) {
    return criteriaLinked(linksFrom(kind, slug));
  }

  /** The criteria among {@code links} (one document's links, e.g. from an index by document), in site order. */
  public List<Criterion> criteriaLinked(List<CrossLink> links) {
    java.util.Set<String> targets = new java.util.HashSet<>();
    for (CrossLink l : links) {
      if (l.target() instanceof Target.Page p && p.kind() == Kind.CRITERION) targets.add(p.slug());
    }
    if (targets.isEmpty()) return List.of();
    return criteria.stream().filter(c -> targets.contains(c.slug())).toList();
  }
}

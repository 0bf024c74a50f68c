package dev.versus.config;

import java.util.List;
import java.util.Optional;

/**
 * The guide as site.yaml describes it: title, base URL, subject order, matrix groups and the
 * named scales of levels (at least one, in site.yaml's order). {@code basePath} is base_url's
 * path ("/" or "/guide/"), used to root links. {@code unsafeHtml} ({@code unsafe_html: true}) keeps scripts
 * and event handlers in raw HTML. {@code profiles}: the readers' situations of
 * {@code profiles} (possibly none), in site.yaml's order; {@code dataLicense}: the licence of the open data
 * ({@code data_license}, such as "CC BY 4.0"; empty when the guide states none). {@code staleAfter}: {@code stale_after}, the months after
 * which a claim's {@code checked} or a criterion's {@code reviewed} date is stale (0: never).
 * {@code outputs}: how much the feed, the print view and the search index carry ({@code feed}, {@code print}, {@code search}).
 * {@code catalogue}: the listed pair pages and featured subjects of a guide with many subjects ({@link Catalogue}).
 */
public record SiteConfig(String title, String description, String baseUrl, String basePath, String language,
    List<SubjectRef> subjects, List<Group> groups, List<Scale> scales, List<Author> authors, List<Source> sources,
    boolean unsafeHtml, List<Profile> profiles, String dataLicense,
    int staleAfter, Outputs outputs, Catalogue catalogue) {

  /** The scale named {@code name} in {@code scales} (or {@code default}, from a {@code legend}). */
  public Optional<Scale> scale(String name) {
    return scales.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public Optional<Source> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The same configuration served from another base URL (the preview server, the test gates). */
  public SiteConfig withBaseUrl(String url) {
    String normalized = ConfigLoader.normalizeBaseUrl(url);
    return new SiteConfig(title, description, normalized, ConfigLoader.pathOf(normalized), language,
        subjects, groups, scales, authors, sources, unsafeHtml, profiles, dataLicense, staleAfter, outputs, catalogue);
  }
}

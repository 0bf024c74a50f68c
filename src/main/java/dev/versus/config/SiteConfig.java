package dev.versus.config;

import java.util.List;
import java.util.Optional;

/**
 * The guide as site.yaml describes it: title, base URL, subject order, matrix groups and the
 * legend of levels. {@code basePath} is base_url's path ("/" or "/guide/"), used to root links.
 * {@code unsafeHtml} ({@code unsafe_html: true}) keeps scripts and event handlers in raw HTML.
 */
public record SiteConfig(String title, String description, String baseUrl, String basePath, String language,
    List<SubjectRef> subjects, List<Group> groups, List<Level> legend, List<Author> authors, List<Source> sources,
    boolean unsafeHtml) {

  public Optional<Level> level(String key) {
    return legend.stream().filter(l -> l.key().equals(key)).findFirst();
  }

  public Optional<Source> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The same configuration served from another base URL (the preview server, the test gates). */
  public SiteConfig withBaseUrl(String url) {
    String normalized = ConfigLoader.normalizeBaseUrl(url);
    return new SiteConfig(title, description, normalized, ConfigLoader.pathOf(normalized), language,
        subjects, groups, legend, authors, sources, unsafeHtml);
  }
}

package dev.versus.web;

/**
 * Links to routes of a site published at {@code baseUrl}: rooted at its path ({@code basePath},
 * "/" or "/guide/") so the site works from a sub-path; absolute only where a link leaves the page
 * (canonical, Open Graph, sitemap, feed, open data).
 */
public record Links(String baseUrl, String basePath) {

  /** The link to {@code route} from any page of the site. */
  public String href(String route) {
    return basePath + route;
  }

  /** The link to the page of {@code kind} for {@code slugs}. */
  public String href(PageKind kind, String... slugs) {
    return href(kind.route(slugs));
  }

  /** The absolute URL of {@code route}. */
  public String absolute(String route) {
    return baseUrl + route;
  }
}

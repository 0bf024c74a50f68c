package dev.versus.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a site's base URL ({@code base_url} in site.yaml, {@code --base-url} on the command line) may be: the
 * scheme {@code http} or {@code https}, a host, an optional port and an optional path, such as
 * {@code https://example.org/guide/}; the path gets a final {@code /} if it has none. Every page's URL is the
 * base URL followed by the page's path, so a query, a fragment or a user name would end up in the middle of
 * every canonical URL, sitemap entry and feed link ({@code https://example.org/guide/?ref=newsletter/criteria/speed/},
 * the kind of fault of zerocracy/pages-action#831) and are refused, as is any other scheme.
 */
public final class BaseUrl {
  /** The accepted forms, as every message about a base URL says them. */
  public static final String FORMS = "a base URL is http or https, a host, an optional port and an optional path, "
      + "such as https://example.org/guide/";

  private BaseUrl() {}

  /** What is wrong with {@code url} (already stripped) as a base URL, for a message; empty when it is one. */
  public static Optional<String> problem(String url) {
    URI u;
    try {
      u = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("`" + url + "` is not a valid URL (" + e.getReason() + "): " + FORMS);
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("`" + url + "` " + (scheme.isEmpty() ? "has no scheme" : "has the scheme `" + u.getScheme() + ":`")
          + ": " + FORMS);
    }
    if (u.getRawUserInfo() != null) {
      return Optional.of("`" + url + "` has a user name before its host, which every page's URL would repeat: " + FORMS);
    }
    if (u.getHost() == null) return Optional.of("`" + url + "` has no host: " + FORMS);
    if (u.getRawQuery() != null) {
      return Optional.of("`" + url + "` has a query (`?" + u.getRawQuery() + "`), which would end up in the middle of every page's URL: " + FORMS);
    }
    if (u.getRawFragment() != null) {
      return Optional.of("`" + url + "` has a fragment (`#" + u.getRawFragment() + "`), which would end up in the middle of every page's URL: "
          + FORMS);
    }
    return Optional.empty();
  }
}

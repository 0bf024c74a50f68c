package dev.versus.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * An address on another site that a guide publishes as a link (a source's {@code url} in sources.yaml, a
 * subject's {@code website} in its front matter or in data/subjects.csv): an absolute {@code http} or
 * {@code https} URL with a host. Anything else is refused, since the page would make a link of it: a
 * {@code javascript:} URL runs script when clicked (OWASP's XSS advice: allow only known-safe schemes in an
 * {@code href}), and a relative one points into the guide itself.
 */
public final class WebUrl {
  private WebUrl() {}

  /** What is wrong with {@code url} (already stripped) as a link to another site, for a message; empty when nothing is. */
  public static Optional<String> problem(String url) {
    try {
      URI u = new URI(url);
      if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
        return Optional.of("`" + url + "` is not an absolute http(s) URL such as https://example.org/guide/");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("`" + url + "` is not a valid URL: " + e.getReason());
    }
  }
}

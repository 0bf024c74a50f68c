package dev.versus.config;

import java.net.IDN;
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
 * the kind of fault of zerocracy/pages-action#831) and are refused, as is any other scheme. So is every other
 * form that would publish URLs a reader or crawler cannot use as written: a port outside 1 to 65535, a path
 * with {@code .}, {@code ..} or empty segments (two URLs for one page), and characters outside ASCII, which
 * sitemaps and feeds do not accept (RFC 3986); the message gives the form to write.
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
    if (!url.chars().allMatch(c -> c < 0x80)) {
      // sitemaps, feeds and HTTP want URLs in ASCII (RFC 3986): the path percent-encoded, the host in Punycode
      Optional<String> ascii = ascii(u);
      return Optional.of("`" + url + "` has characters outside ASCII, which sitemaps and feeds do not accept in a URL"
          + ascii.map(a -> ": write `" + a + "`").orElse("") + "; " + FORMS);
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("`" + url + "` " + (scheme.isEmpty() ? "has no scheme" : "has the scheme `" + u.getScheme() + ":`")
          + ": " + FORMS);
    }
    if (u.getRawUserInfo() != null) {
      return Optional.of("`" + url + "` has a user name before its host, which every page's URL would repeat: " + FORMS);
    }
    if (u.getHost() == null) {
      // java.net.URI leaves the host out when the authority is no host name (RFC 3986 reg-name as DNS takes it)
      String authority = u.getRawAuthority();
      return Optional.of(authority == null || authority.isEmpty() ? "`" + url + "` has no host: " + FORMS
          : "`" + url + "` has `" + authority + "` where its host goes, which is not a host name (letters, digits and `-`"
              + " between dots; no `_`, RFC 1123): " + FORMS);
    }
    if (u.getPort() != -1 && (u.getPort() < 1 || u.getPort() > 65535)) {
      return Optional.of("`" + url + "` has the port " + u.getPort() + ", which no server listens on (a port is 1 to 65535): " + FORMS);
    }
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    String normal = u.normalize().getRawPath().replaceAll("/{2,}", "/");
    if (!normal.equals(path)) {
      // "." and ".." segments or an empty one ("//") give each page two URLs, and browsers resolve them away
      String fixed = u.getScheme() + "://" + u.getRawAuthority() + (normal.startsWith("/") ? normal : "/" + normal);
      return Optional.of("`" + url + "` has `.`, `..` or empty segments in its path: write `" + fixed + "`; " + FORMS);
    }
    if (u.getRawQuery() != null) {
      return Optional.of("`" + url + "` has a query (`?" + u.getRawQuery() + "`), which would end up in the middle of every page's URL: " + FORMS);
    }
    if (u.getRawFragment() != null) {
      return Optional.of("`" + url + "` has a fragment (`#" + u.getRawFragment() + "`), which would end up in the middle of every page's URL: "
          + FORMS);
    }
    return Optional.empty();
  }

  /** {@code u} written in ASCII: its host in Punycode (IDNA), its path percent-encoded; empty when it cannot be. */
  private static Optional<String> ascii(URI u) {
    try {
      String authority = u.getRawAuthority() == null ? "" : u.getRawAuthority();
      int colon = authority.lastIndexOf(':');
      String host = colon > 0 && !authority.endsWith("]") ? authority.substring(0, colon) : authority;
      String port = host.length() < authority.length() ? authority.substring(host.length()) : "";
      String path = new URI(null, null, u.getPath(), null).toASCIIString();
      return Optional.of(u.getScheme() + "://" + IDN.toASCII(host) + port + path);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

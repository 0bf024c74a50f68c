package dev.versus.render;

import dev.versus.content.Kind;
import dev.versus.content.UrlPath;
import dev.versus.model.Target;

/**
 * Every URL of the site. Routes are relative to the site root ("criteria/orm/"); links are
 * rooted at base_url's path so the site works from a sub-path; absolute URLs only for canonical,
 * Open Graph, sitemap and feed.
 */
public record Urls(String baseUrl, String basePath) {

  public static String route(Kind kind, String slug) {
    return switch (kind) {
      case INDEX -> "";
      case SUBJECT -> "subjects/" + slug + "/";
      case CRITERION -> "criteria/" + slug + "/";
      case ARTICLE -> "articles/" + slug + "/";
      case FAQ -> "faq/" + slug + "/";
    };
  }

  /** The output file of a route: pretty URLs, {@code dir/index.html}. */
  public static String file(String route) {
    return route.isEmpty() || route.endsWith("/") ? route + "index.html" : route;
  }

  public String href(String route) {
    return basePath + route;
  }

  public String href(Kind kind, String slug) {
    return href(route(kind, slug));
  }

  public String absolute(String route) {
    return baseUrl + route;
  }

  /** The link for a resolved author link. */
  public String href(Target target) {
    if (target instanceof Target.Page p) return href(p.kind(), p.slug()) + anchor(p.anchor());
    if (target instanceof Target.Route r) return href(r.path()) + anchor(r.anchor());
    if (target instanceof Target.Asset a) return href(UrlPath.encode(a.path().substring(1)));
    return ((Target.External) target).url();
  }

  private static String anchor(String a) {
    return a.isEmpty() ? "" : "#" + UrlPath.encode(a);
  }
}

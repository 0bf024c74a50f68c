package dev.versus.render;

import dev.versus.content.Kind;
import dev.versus.content.UrlPath;
import dev.versus.model.Target;
import dev.versus.web.Links;
import dev.versus.web.PageKind;

/**
 * Every URL of the site, from the route table ({@link PageKind}). Routes are relative to the site
 * root ("criteria/orm/"); links are rooted at base_url's path so the site works from a sub-path;
 * absolute URLs only for canonical, Open Graph, sitemap and feed.
 */
public record Urls(String baseUrl, String basePath) {

  /** The same site's links for the stages that know no content kinds or link targets. */
  public Links links() {
    return new Links(baseUrl, basePath);
  }

  public String href(String route) {
    return basePath + route;
  }

  public String href(PageKind kind, String... slugs) {
    return href(kind.route(slugs));
  }

  public String href(Kind kind, String slug) {
    return href(kind.route(slug));
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

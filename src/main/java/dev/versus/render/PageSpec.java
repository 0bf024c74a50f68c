package dev.versus.render;

import dev.versus.render.page.PageModel;
import dev.versus.render.page.Refs.Link;
import java.util.List;

/**
 * A page to render: its route, the template, its kind (for the summary and the sitemap), the
 * head metadata, the breadcrumbs and the page's own template variables ({@code model}).
 */
public record PageSpec(String route, String template, String kind, String title, String description,
    List<String> keywords, List<Link> breadcrumbs, PageModel model) {

  /** A page without keywords. */
  static PageSpec of(String route, String template, String kind, String title, String description, List<Link> breadcrumbs,
      PageModel model) {
    return new PageSpec(route, template, kind, title, description, List.of(), breadcrumbs, model);
  }

  /** The file the page is written to. */
  public String file() {
    return file(route);
  }

  static String file(String route) {
    return dev.versus.web.Routes.file(route);
  }
}

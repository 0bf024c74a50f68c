package dev.versus.render;

import java.util.List;
import java.util.Map;

/**
 * A page to render: its route, the template, its kind (for the summary and the sitemap), the
 * head metadata and the page's own template variables.
 */
public record PageSpec(String route, String template, String kind, String title, String description,
    List<String> keywords, List<Map<String, Object>> breadcrumbs, Map<String, Object> vars) {

  /** The file the page is written to. */
  public String file() {
    return file(route);
  }

  static String file(String route) {
    return dev.versus.web.Routes.file(route);
  }
}

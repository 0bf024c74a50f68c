package dev.versus.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A page before it is built: its route and template, the named values it reads (its entry in the
 * dependency record) and its spec, built only when the page is rendered.
 */
record PagePlan(String route, String template, Map<String, Object> inputs, Supplier<PageSpec> spec) {

  /** The file the page is written to. */
  String file() {
    return PageSpec.file(route);
  }

  /**
   * A rough measure of the page's work: the values it reads, a list counting as its length. The pages that read
   * every article (the feed, the print view, the lists of articles) measure thousands; an article page, tens.
   */
  int weight() {
    int weight = 0;
    for (Object v : inputs.values()) weight += v instanceof java.util.Collection<?> c ? Math.max(1, c.size()) : 1;
    return weight;
  }
}

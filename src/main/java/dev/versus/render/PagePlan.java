package dev.versus.render;

import java.util.Map;
import java.util.function.Function;

/**
 * A page before it is built: its route and template, the named values it reads (its entry in the
 * dependency record) and its spec, built only when the page is rendered (given the print view's sections of the
 * last build, which only the print pages read).
 */
record PagePlan(String route, String template, Map<String, Object> inputs, Function<PrintSections, PageSpec> spec) {

  /**
   * How much the page reads, to start the heaviest pages first: one per input, a list counting its entries (the
   * feed's {@code feed:entries} and the print view's {@code feed:articles} hold many articles).
   */
  int weight() {
    return inputs.values().stream().mapToInt(v -> v instanceof java.util.Collection<?> c ? Math.max(1, c.size()) : 1).sum();
  }

  /** The file the page is written to. */
  String file() {
    return PageSpec.file(route);
  }
}

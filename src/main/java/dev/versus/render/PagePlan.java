package dev.versus.render;

import java.util.Map;
import java.util.function.Function;

/**
 * A page before it is built: its route and template, the named values it reads (its entry in the
 * dependency record) and its spec, built only when the page is rendered (given the print view's sections of the
 * last build, which only the print pages read).
 */
record PagePlan(String route, String template, Map<String, Object> inputs, Function<PrintSections, PageSpec> spec) {

  /** The file the page is written to. */
  String file() {
    return PageSpec.file(route);
  }
}

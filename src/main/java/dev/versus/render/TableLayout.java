package dev.versus.render;

import dev.versus.matrix.Matrix;
import dev.versus.matrix.Row;
import dev.versus.matrix.Slice;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.web.PageKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the comparison table is published, decided once per build from the matrix: the whole table or its
 * parts by group ({@link Slice}), the page each criterion's row is on, and the pairs with a pair page
 * ({@link Matrix#pairs}). Every page that links a row or a pair reads it from here.
 */
record TableLayout(Matrix full, List<Slice> slices, Map<String, String> rowRoutes, List<List<Subject>> pairs) {

  static TableLayout of(Site site, Matrix full) {
    List<Slice> slices = Slice.of(full, Slice.MAX_CELLS);
    Map<String, String> rows = new HashMap<>();
    for (Slice s : slices) {
      String route = s.whole() ? PageKind.COMPARE.route() : ComparePages.partRoute(s);
      for (Row r : s.matrix().rows()) rows.put(r.criterion().slug(), route);
    }
    return new TableLayout(full, slices, Map.copyOf(rows), Matrix.pairs(site.subjects(), site.config().catalogue().pairs()));
  }

  /** The route of the page that shows {@code criterion}'s row (the comparison page when it is not in the table). */
  String rowRoute(String criterion) {
    return rowRoutes.getOrDefault(criterion, PageKind.COMPARE.route());
  }
}

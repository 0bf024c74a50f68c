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
 * ({@link Matrix#pairs}); and how the pages listing one line per criterion (a subject's verdicts, the criteria index,
 * what cites each source) are split ({@code lines}, {@link Slice#lines}; one whole slice when they fit one page)
 * with the slice each criterion's line is in ({@code lineOf}). Every page that links a row or a pair reads it from here.
 */
record TableLayout(Matrix full, List<Slice> slices, Map<String, String> rowRoutes, List<List<Subject>> pairs,
    List<Slice> lines, Map<String, Slice> lineOf) {

  static TableLayout of(Site site, Matrix full) {
    List<Slice> slices = Slice.of(full, Slice.MAX_CELLS);
    List<Slice> lines = Slice.lines(full, Slice.MAX_LINES);
    Map<String, Slice> lineOf = new HashMap<>();
    for (Slice s : lines) {
      for (Row r : s.matrix().rows()) lineOf.put(r.criterion().slug(), s);
    }
    Map<String, String> rows = new HashMap<>();
    for (Slice s : slices) {
      String route = s.whole() ? PageKind.COMPARE.route() : ComparePages.partRoute(s);
      for (Row r : s.matrix().rows()) rows.put(r.criterion().slug(), route);
    }
    return new TableLayout(full, slices, Map.copyOf(rows), Matrix.pairs(site.subjects(), site.config().catalogue().pairs()),
        lines, Map.copyOf(lineOf));
  }

  /** Whether the pages that list one line per criterion are split into parts. */
  boolean linesSplit() {
    return lines.size() > 1;
  }

  /** The route of the page that shows {@code criterion}'s row (the comparison page when it is not in the table). */
  String rowRoute(String criterion) {
    return rowRoutes.getOrDefault(criterion, PageKind.COMPARE.route());
  }
}

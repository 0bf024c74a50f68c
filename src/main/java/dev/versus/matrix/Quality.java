package dev.versus.matrix;

import dev.versus.model.CellEvidence;
import dev.versus.model.Evidence;
import java.util.Optional;

/**
 * How much of the matrix is known and how well it is backed (issue 28, item 4), over every cell of the full
 * matrix (each criterion times each subject): {@code answered} cells have an answer, {@code unknown} ones say the
 * answer is not known, {@code unanswered} ones have no verdict (the three add up to {@code cells}); {@code backed}
 * cells have at least one claim with a {@code checked} date, {@code stale} ones are stale ({@link CellEvidence#stale}: last
 * checked, by their newest claim or else their criterion's {@code reviewed}, before {@code stale_after}). The
 * idea is caniuse's and MDN's browser-compat-data's: a reader trusts a table that says how much of it is filled in.
 */
public record Quality(int cells, int answered, int unknown, int unanswered, int backed, int stale) {

  /** The figures of {@code full} (the site's full matrix), the passages of {@code evidence} backing its cells. */
  public static Quality of(Matrix full, Evidence evidence) {
    int cells = 0, answered = 0, unknown = 0, backed = 0, stale = 0;
    for (Row r : full.rows()) {
      for (Cell c : r.cells()) {
        cells++;
        if (c.known()) answered++;
        if (c.unknown()) unknown++;
        Optional<CellEvidence> e = evidence.cell(r.criterion().slug(), c.subject().slug());
        if (e.map(x -> x.claims().stream().anyMatch(k -> k.checked().isPresent())).orElse(false)) backed++;
        // the cell's own state, which every page shows ("last checked", compare.json's stale): its newest
        // claim's date, else the criterion's reviewed; not "some claim is old", which a fresh claim answers
        if (e.map(CellEvidence::stale).orElse(false)) stale++;
      }
    }
    return new Quality(cells, answered, unknown, cells - answered - unknown, backed, stale);
  }

  /**
   * The shares of {@code cells} that are answered, unknown and unanswered, as fractions from 0 to 1 in that order:
   * the widths of the stacked bar that draws them (all 0 for a matrix without cells).
   */
  public java.util.List<Double> shares() {
    return java.util.List.of(fraction(answered), fraction(unknown), fraction(unanswered));
  }

  private double fraction(int n) {
    return cells == 0 ? 0 : (double) n / cells;
  }
}

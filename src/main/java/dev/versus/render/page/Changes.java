package dev.versus.render.page;

import dev.versus.render.page.Cells.Side;
import dev.versus.render.page.Refs.Link;
import java.util.List;

/** What changed in the matrix, edition by edition: the changes page, the feed's entries, a criterion's history. */
public final class Changes {
  private Changes() {}

  /**
   * One recorded edition's changes ({@code name} empty for the changes since the latest edition): its title,
   * date (human and ISO), its anchor on the changes page and its URL there (also absolute, for the feed), the
   * criteria added and removed (linked while the guide has them), every other cell that changed, and how many
   * cells changed in all ({@code count}).
   */
  public record EditionView(String name, String title, String date, String dateIso, String anchor, String url,
      String absoluteUrl, List<Link> added, List<Link> removed, List<CellChange> cells, int count) {}

  /**
   * A cell whose answer changed: its criterion (linked while the guide has it; empty {@code criterionUrl} when
   * not), its subject, how ({@code added}, {@code changed}, {@code removed}), and the answers before and after
   * as the table shows them (a missing side as the table shows a cell without a verdict).
   */
  public record CellChange(String criterion, String criterionUrl, String subject, String kind, Side from, Side to) {}
}

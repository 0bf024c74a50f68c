package dev.versus.render.page;

import dev.versus.render.page.Cells.Cell;
import dev.versus.render.page.Cells.Value;
import dev.versus.render.page.Refs.CriterionRef;
import dev.versus.render.page.Refs.ProfileRef;
import dev.versus.render.page.Refs.SubjectRef;
import java.util.List;

/** The comparison table and what is read from it: its legend, counts, who is ahead, a profile's ranking. */
public final class Tables {
  private Tables() {}

  /** The comparison table: subject columns, grouped rows, how many rows and how many of them differ. */
  public record Table(List<SubjectRef> columns, List<TableGroup> groups, int rowCount, long differing) {

    /** The same table with each row replaced by {@code f} of it (the print view adds anchors). */
    public Table mapRows(java.util.function.UnaryOperator<TableRow> f) {
      return new Table(columns, groups.stream().map(g -> new TableGroup(g.key(), g.title(), g.rows().stream().map(f).toList()))
          .toList(), rowCount, differing);
    }

    /** The rows whose cells show notes, in table order: the notes listed under the table. */
    public List<TableRow> notedRows() {
      return groups.stream().flatMap(g -> g.rows().stream()).filter(r -> !r.notes().isEmpty()).toList();
    }
  }

  /** The rows of one group (a group of site.yaml, or a standing on a sorted table). */
  public record TableGroup(String key, String title, List<TableRow> rows) {}

  /**
   * A row: its cells in column order; {@code differs} and {@code contested} (some cell leads) as the whole
   * row has them; {@code answers} each cell's answer class, space-separated (equal answers share a number).
   * In print, {@code anchor} is the criterion's section and {@code rowId} the row's id (first part only);
   * both empty on the web. {@code notes}: the criterion's notes its cells show, by number. {@code standings}: where
   * each cell stands (the ordinal of {@code matrix.Standing}, space-separated), which the comparison page's
   * script sorts the rows by when the reader puts one subject first.
   */
  public record TableRow(CriterionRef criterion, List<Cell> cells, boolean differs, boolean contested, String answers,
      String anchor, String rowId, List<Cells.NoteText> notes, String standings) {

    /**
     * The same row with the print view's {@code anchor}, {@code rowId} and cells ({@code printed}, which cite
     * endnotes), their note marks linking the section's notes.
     */
    public TableRow inPrint(String anchor, String rowId, List<Cell> printed) {
      return new TableRow(criterion, printed.stream().map(c -> c.withMarks(m -> new Cells.NoteMark(m.number(), m.key(),
          "#" + anchor + "-" + dev.versus.web.Anchors.note(m.key())))).toList(), differs, contested, answers, anchor, rowId, notes,
          standings);
    }
  }

  /** A printed part of the table: its columns' {@code matrix}, its number from 1 and how many there are. */
  public record TablePart(Table matrix, int part, int parts) {}

  /** A scale of the legend with its levels; {@code showName} unless it is the single scale of an old {@code legend:}. */
  public record LegendScale(String name, boolean showName, List<Value> levels) {}

  /** A subject's count of leading and level criteria, linking its subject page's {@code #ahead}. */
  public record Tally(SubjectRef subject, int leads, int level, String url) {}

  /** Where {@code subject} is ahead of {@code other}: each criterion with both cells, in table order. */
  public record Ahead(SubjectRef subject, SubjectRef other, List<AheadRow> rows) {}

  /** One criterion where a subject is ahead: its cell ({@code mine}) and the other's. */
  public record AheadRow(CriterionRef criterion, Cell mine, Cell theirs) {}

  /** A profile's ranking, best first. */
  public record Score(ProfileRef profile, List<Ranked> ranking) {}

  /**
   * A subject's place in a profile's ranking: whether it has a score at all ({@code scored}: false when it has a known
   * answer on none of the weighed criteria), its score out of 100 rounded, how many of the cells that count
   * are disputed, the criteria that gained and lost it the most points, and the weighed criteria it has no
   * answer on ({@code unscored}: they take no part in its score); {@code bar} the score's bar length in units of 100
   * (one decimal, as text). Without a score, {@code score} is 0 and {@code bar} empty, neither to be shown.
   */
  public record Ranked(SubjectRef subject, int rank, boolean scored, long score, long disputed, List<Share> gains, List<Share> losses,
      List<CriterionRef> unscored, String bar) {}

  /** A subject and the ranked criteria it has no answer on, so cannot be scored on (the /choose/ page). */
  public record Unscored(SubjectRef subject, List<CriterionRef> criteria) {}

  /** A criterion's share of a score: {@code points} out of 100 with one decimal, as text. */
  public record Share(CriterionRef criterion, String points, boolean disputed) {}

  /**
   * The matrix's data-quality figures in words ({@code sentence}: "46 of 48 cells answered, 1 unknown; 31 backed by a
   * dated passage, 2 due for a check.") and as one stacked bar: its {@code segments}, answered, unknown and
   * unanswered in that order, each as long as its share of the cells.
   */
  public record Quality(String sentence, List<Segment> segments) {}

  /** One segment of a stacked bar 100 units wide: its {@code kind} (the class that paints it), where it starts and its length. */
  public record Segment(String kind, String x, String width) {}
}

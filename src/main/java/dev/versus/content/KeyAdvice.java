package dev.versus.content;

import dev.versus.diag.Position;

/**
 * How to give a key a verdict, subject or criterion lacks, in the words of the place it was written: front
 * matter is told {@code add `unit: "%"`}, a row of a {@code data/} table (issue 25's matrix from CSV, where
 * a key is a column and YAML syntax means nothing) is told to fill that row's column, and to name the column
 * in the header when the table has none. The model's readers take the map's position, so one hint serves
 * both forms of the same fact.
 */
public final class KeyAdvice {
  private KeyAdvice() {}

  /** Whether {@code at} is in one of the CSV tables of {@code data/} rather than in front matter. */
  public static boolean inTable(Position at) {
    return at.file().endsWith(".csv");
  }

  /**
   * Whether {@code verdict} is a row of {@code data/cells.csv} whose verdict columns are all empty: it gives no
   * verdict (a missing cell, as compare.csv writes one), yet the row is there, so the warning names it and says to
   * fill it rather than to add it. An empty map in front matter ({@code tea: {}}) is no such row.
   */
  public static boolean blankRow(YNode verdict) {
    return verdict instanceof YNode.Map m && m.entries().isEmpty() && inTable(m.pos());
  }

  /**
   * The error for a required {@code key} the map at {@code at} lacks: in front matter, {@code add `key: ...`};
   * in a table, fill the row's column, or for a criterion row's {@code verdicts} (which are rows of
   * {@code data/cells.csv}, not a column) add those rows.
   */
  public static String missing(Position at, String key) {
    if (!inTable(at)) return "missing required key `" + key + "`: " + add(at, key, "...", "");
    if (at.file().equals(MatrixTables.CRITERIA) && key.equals("verdicts")) {
      return "this criterion has no verdicts: add its rows to " + MatrixTables.CELLS + ", one per subject, each with this row's"
          + " `slug` as its `criterion`";
    }
    return "missing required field `" + key + "`: " + add(at, key, "...", "");
  }

  /**
   * What to do so the map at {@code at} gives {@code key}: {@code add `key: yaml`} in front matter; in a
   * table, fill this row's {@code key} column ({@code with} saying with what, when not empty), naming the
   * column in the header if need be.
   */
  public static String add(Position at, String key, String yaml, String with) {
    if (!inTable(at)) return "add `" + key + ": " + yaml + "`";
    return "fill this row's `" + key + "` column" + (with.isEmpty() ? "" : " with " + with) + " (name `" + key
        + "` in the header row if it has no such column)";
  }
}

package dev.versus.matrix;

/**
 * Where one subject stands on one row: it {@code LEADS} (its cell is among the leading cells), all
 * are {@code LEVEL}, it {@code TRAILS} (another subject leads), or the row is {@code UNRANKED} for
 * it (a text criterion, no verdict of its own, or nobody to compare with). The order is the order
 * of a table sorted by that subject: where it is best first.
 */
public enum Standing {
  LEADS, LEVEL, TRAILS, UNRANKED;

  /** Lowercase, for group keys and URLs. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

package dev.versus.content;

import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.diag.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The header row of a CSV table of {@code data/} ({@link CsvTable}): which of the file's known columns each field
 * names, in any order, other names ignored (so compare.csv reads as data/cells.csv), and the errors of a header
 * that is missing, names a column twice or lacks a required one, each at its field.
 */
final class CsvHeader {
  private CsvHeader() {}

  /**
   * Reads {@code header}, the first record of {@code path} (field {@code i} at {@code fieldAt.apply(i)}), into
   * {@code columns} (each known column's field index); false after an error: no column known (no header), a column
   * named twice, a required one missing.
   */
  static boolean read(String path, List<String> header, IntFunction<Position> fieldAt, List<String> known,
      List<String> required, Map<String, Integer> columns, Diagnostics diags) {
    String example = String.join(",", known);
    if (header.stream().noneMatch(known::contains)) {
      noHeader(path, header, fieldAt, known, required, example, diags);
      return false;
    }
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (!known.contains(name)) continue; // another tool's column, such as compare.csv's titles
      Integer first = columns.putIfAbsent(name, i);
      if (first != null) {
        diags.error(fieldAt.apply(i), "column `" + name + "` is named twice in the header (first in column "
            + fieldAt.apply(first).column() + "); remove one of them");
        return false;
      }
    }
    boolean ok = true;
    for (String name : required) {
      if (columns.containsKey(name)) continue;
      diags.error(fieldAt.apply(0), "missing column `" + name + "` in the header" + Suggest.didYouMean(name, header)
          + ": the header must name " + String.join(", ", required) + "; the columns are " + example);
      ok = false;
    }
    return ok;
  }

  /**
   * The error for a first line that names none of the columns. Most often it is the first row of data, the header
   * left out: a hint drawn from a data field ({@code values}, a criterion, "did you mean `value`?") would mislead,
   * so the error says the header is missing and lists this file's columns. Only when most of its fields are each
   * a typo away from a column is the line taken for a misspelt header, and its first such field is hinted at.
   */
  private static void noHeader(String path, List<String> first, IntFunction<Position> fieldAt, List<String> known,
      List<String> required, String example, Diagnostics diags) {
    long filled = first.stream().filter(f -> !f.isEmpty()).count();
    List<Integer> near = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) if (Suggest.closest(first.get(i), known).isPresent()) near.add(i);
    String columns = "the columns of " + path + " are " + String.join(", ", known) + ", in any order ("
        + String.join(" and ", required.stream().map(c -> "`" + c + "`").toList()) + (required.size() == 1 ? " is" : " are")
        + " required)";
    if (near.size() * 2 > filled) {
      int i = near.get(0);
      diags.error(fieldAt.apply(i), "the header names none of the columns: `" + first.get(i) + "` is not one"
          + Suggest.didYouMean(first.get(i), known) + "; " + columns);
    } else {
      diags.error(fieldAt.apply(0), "no header row: the first line names none of the columns, so it is a row of data without"
          + " its header; add the header above it, such as `" + example + "`: " + columns);
    }
  }
}

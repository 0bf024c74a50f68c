package dev.versus.content;

import dev.versus.diag.Diagnostics;
import dev.versus.diag.Suggest;
import java.util.List;
import java.util.Locale;

/**
 * The files of {@code data/} that nothing reads. The folder is documented (docs/content-model.md, "The folder")
 * to hold the three tables of a matrix from CSV ({@link MatrixTables}) and nothing else, so any other file there
 * is most likely one of them misnamed ({@code cell.csv}, {@code Cells.csv}, {@code criterion.csv}) and would
 * otherwise be skipped in silence. The names are exact, since other tools write them: such a file is named in a
 * warning, with the near table name when there is one, never read in its place. A warning, not an error: the
 * guide builds without the file, as it does beside a Markdown file outside the content folders.
 */
final class DataFolder {
  private static final String FOLDER = "data/";
  /** The tables' names inside the folder, in the documented order. */
  private static final List<String> NAMES = List.of(MatrixTables.SUBJECTS, MatrixTables.CRITERIA, MatrixTables.CELLS)
      .stream().map(t -> t.substring(FOLDER.length())).toList();

  private DataFolder() {}

  /** Whether {@code file} (relative to the guide) is in {@code data/} but none of the three tables. */
  static boolean isUnread(String file) {
    return file.startsWith(FOLDER) && !MatrixTables.is(file);
  }

  /** The warning for a file {@link #isUnread}, at its start: the names read, and "did you mean" for a near one. */
  static void warnUnread(String file, Diagnostics diags) {
    // a table in a subfolder (data/old/cells.csv) is hinted at by its own name; a name differing in case is near too
    String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    String near = Suggest.closest(name, NAMES).map(n -> "; did you mean `" + FOLDER + n + "`?").orElse("");
    diags.warning(file, 1, 1, "`" + file + "` is not read" + near + ": " + FOLDER + " holds the matrix tables, read by these"
        + " names only: " + String.join(", ", NAMES) + "; rename the file, or keep it outside " + FOLDER);
  }
}

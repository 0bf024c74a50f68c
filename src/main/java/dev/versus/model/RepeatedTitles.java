package dev.versus.model;

import dev.versus.content.Document;
import dev.versus.content.YNode;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Two subjects, or two criteria, with one title: an error at the second one's {@code title}, naming the first's file
 * and line. A subject's title heads its column (and names its pair pages, "Flask vs Flask"), a criterion's heads its
 * row, its page and its field in the weighing form; readers then cannot tell the two apart anywhere, so no page built
 * from them is right (two FAQ entries asking one question, by contrast, are each still answered: a warning). Titles
 * are compared as a reader sees them: letter case and runs of white space aside, punctuation counted ({@code C} and
 * {@code C++} differ).
 */
final class RepeatedTitles {
  private RepeatedTitles() {}

  /**
   * Reports each repeated title among {@code subjects} (site.yaml's order) and among {@code criteria} (the table's),
   * at the title in the document {@code byPath} holds for each.
   */
  static void check(List<Subject> subjects, List<Criterion> criteria, Map<String, Document> byPath, Diagnostics diags) {
    check("subject", subjects, Subject::path, Subject::title, byPath, diags);
    check("criterion", criteria, Criterion::path, Criterion::title, byPath, diags);
  }

  private static <T> void check(String kind, List<T> items, Function<T, String> path, Function<T, String> title,
      Map<String, Document> byPath, Diagnostics diags) {
    Map<String, Position> seen = new HashMap<>();
    for (T item : items) {
      String key = title.apply(item).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      Position at = titleAt(byPath.get(path.apply(item)), path.apply(item));
      Position first = seen.putIfAbsent(key, at);
      if (first == null) continue;
      diags.error(at, "the " + kind + " title `" + title.apply(item) + "` is also the title of " + first.file() + " (line "
          + first.line() + "): readers could not tell the two " + (kind.equals("subject") ? "columns" : "rows")
          + " apart; give each " + kind + " a title of its own");
    }
  }

  /** Where {@code d}'s title is written (a table's cell for a matrix from CSV), else the file's start. */
  private static Position titleAt(Document d, String path) {
    if (d == null) return Position.of(path);
    return d.frontMatter().get("title") instanceof YNode.Scalar s ? s.pos() : d.frontMatter().pos();
  }
}

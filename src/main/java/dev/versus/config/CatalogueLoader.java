package dev.versus.config;

import dev.versus.content.Fields;
import dev.versus.content.YNode;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.diag.Suggest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads site.yaml's {@code pairs} and {@code featured} into a {@link Catalogue}: an unknown subject is an
 * error at its position with a "did you mean", a pair of one subject with itself an error, and a pair or
 * a featured subject given twice a warning (the repeat changes nothing).
 */
final class CatalogueLoader {
  private CatalogueLoader() {}

  static Catalogue load(YNode.Map site, Fields f, List<SubjectRef> subjects, Diagnostics diags) {
    List<String> order = subjects.stream().map(SubjectRef::slug).toList();
    sharedPairPages(subjects, diags);
    List<List<String>> pairs = new ArrayList<>();
    Map<List<String>, Position> seen = new HashMap<>();
    for (YNode pair : f.has("pairs") ? items(site, "pairs", diags) : List.<YNode>of()) {
      if (!(pair instanceof YNode.Seq two) || two.items().size() != 2
          || !two.items().stream().allMatch(i -> i instanceof YNode.Scalar s && !s.isNull())) {
        diags.error(pair.pos(), "a pair in `pairs` is a list of two subjects, such as `[" + String.join(", ",
            order.subList(0, Math.min(2, order.size()))) + "]`");
        continue;
      }
      YNode.Scalar a = (YNode.Scalar) two.items().get(0);
      YNode.Scalar b = (YNode.Scalar) two.items().get(1);
      if (!known(a, order, diags) | !known(b, order, diags)) continue;
      if (a.value().equals(b.value())) {
        diags.error(b.pos(), "pair `[" + a.value() + ", " + b.value() + "]` compares `" + a.value()
            + "` with itself: a pair page needs two different subjects");
        continue;
      }
      // a pair page's route and columns follow site.yaml's subject order, whichever way the pair is written
      List<String> key = order.indexOf(a.value()) < order.indexOf(b.value()) ? List.of(a.value(), b.value())
          : List.of(b.value(), a.value());
      Position first = seen.putIfAbsent(key, pair.pos());
      if (first != null) {
        diags.warning(pair.pos(), "pair `[" + key.get(0) + ", " + key.get(1) + "]` is listed twice in `pairs` (first at "
            + first.lineFrom(pair.pos()) + "); delete this one");
      } else {
        pairs.add(key);
      }
    }
    List<String> featured = new ArrayList<>();
    for (YNode.Scalar s : f.has("featured") ? f.scalars("featured", false) : List.<YNode.Scalar>of()) {
      if (!known(s, order, diags)) continue;
      if (featured.contains(s.value())) {
        diags.warning(s.pos(), "subject `" + s.value() + "` is listed twice in `featured`; delete this one");
      } else {
        featured.add(s.value());
      }
    }
    return new Catalogue(List.copyOf(pairs), List.copyOf(featured));
  }

  /**
   * Two pairs whose pair pages would have one address, {@code compare/a-vs-b-vs-c/} for {@code a} with {@code b-vs-c}
   * and for {@code a-vs-b} with {@code c}: the second page took the first one's place without a word (and the pair
   * links led to it). An error at the later subject, naming both pairs; every pair is checked, listed or not.
   */
  private static void sharedPairPages(List<SubjectRef> subjects, Diagnostics diags) {
    Map<String, String> pages = new HashMap<>();
    for (int j = 1; j < subjects.size(); j++) {
      for (int i = 0; i < j; i++) {
        String a = subjects.get(i).slug();
        String b = subjects.get(j).slug();
        String first = pages.putIfAbsent(a + "-vs-" + b, "`" + a + "` and `" + b + "`");
        if (first != null && !first.equals("`" + a + "` and `" + b + "`")) {
          diags.error(subjects.get(j).pos(), "subjects `" + a + "` and `" + b + "` would have the same pair page as " + first
              + ", compare/" + a + "-vs-" + b + "/: rename one of these subjects (a slug with `vs` as one of its words makes"
              + " such clashes)");
        }
      }
    }
  }

  private static List<YNode> items(YNode.Map site, String key, Diagnostics diags) {
    YNode node = site.get(key);
    if (node instanceof YNode.Seq seq) return seq.items();
    diags.error(node.pos(), "`" + key + "` must be a list of pairs, such as `[[django, flask], [django, fastapi]]`");
    return List.of();
  }

  private static boolean known(YNode.Scalar s, List<String> subjects, Diagnostics diags) {
    if (subjects.contains(s.value())) return true;
    String hint = Suggest.didYouMean(s.value(), subjects);
    // "did you mean `x`?" ends a sentence: the list of subjects starts the next one
    diags.error(s.pos(), "unknown subject `" + s.value() + "`" + hint + (hint.isEmpty() ? "; t" : " T")
        + "he subjects are site.yaml's `subjects`" + (subjects.size() > 12 ? "" : ": " + String.join(", ", subjects)));
    return false;
  }
}

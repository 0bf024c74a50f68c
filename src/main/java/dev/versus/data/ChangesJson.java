package dev.versus.data;

import dev.versus.model.Answer;
import dev.versus.model.History;
import dev.versus.web.Json;
import dev.versus.web.Links;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code changes.json}: what changed in the matrix in each recorded edition, in date order, and since the latest
 * ({@code unreleased}), described by {@code changes.schema.json} beside it. Each change names its criterion and
 * subject by slug, says whether the cell was {@code added}, {@code changed} or {@code removed}, and gives the
 * answer before and after as compare.json writes an answer: a level's key, a number, or the text ({@code null}
 * where there was none; {@code {"unknown": reason}} for an answer not known). A criterion added or removed shows as each of its cells added or removed.
 */
final class ChangesJson {
  private ChangesJson() {}

  static String json(History history, Links links) {
    Map<String, Object> root = OpenData.map(
        "editions", history.editions().stream().map(e -> OpenData.map("name", e.name(),
            "date", e.date().map(Object::toString).orElseThrow(), "changes", changes(e))).toList(),
        "unreleased", changes(history.unreleased()));
    return Json.write(root) + "\n";
  }

  private static List<Object> changes(History.Changes changes) {
    return changes.changes().stream().<Object>map(c -> OpenData.map("criterion", c.criterion(), "subject", c.subject(),
        "change", c.kind().key(), "from", written(c.from()), "to", written(c.to()))).toList();
  }

  /**
   * An answer as compare.json writes it: the one of level, value and text it has; an unknown answer as
   * {@code {"unknown": "<reason>"}}, so it is never mistaken for a text.
   */
  private static Object written(Optional<Answer> answer) {
    return answer.map(a -> a instanceof Answer.Unknown u ? OpenData.map("unknown", u.reason())
        : OpenData.answer(a).values().stream().filter(v -> v != null).findFirst().orElse(null)).orElse(null);
  }
}

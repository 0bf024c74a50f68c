package dev.versus.model;

import dev.versus.config.Level;
import dev.versus.config.Scale;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.diag.Suggest;
import java.util.List;
import java.util.Optional;

/**
 * A level as a verdict or a claim writes it, looked up on its criterion's scale. A key that is not
 * on that scale is an error listing the scale's keys. When the key is a level of another scale of the
 * site, the error names that scale and suggests nothing: the nearest key of this scale would be a
 * different answer, not the same answer spelt right.
 */
final class LevelLookup {
  private LevelLookup() {}

  /**
   * The level {@code key} of {@code scale}, or empty after an error at {@code at}; {@code all} are the
   * site's scales, in site.yaml's order.
   */
  static Optional<Level> find(String key, Scale scale, List<Scale> all, Position at, Diagnostics diags) {
    Optional<Level> level = scale.level(key);
    if (level.isPresent()) return level;
    List<String> elsewhere = all.stream().filter(s -> !s.name().equals(scale.name()) && s.level(key).isPresent())
        .map(s -> "`" + s.name() + "`").toList();
    String known = String.join(", ", scale.keys());
    if (!elsewhere.isEmpty()) {
      diags.error(at, "unknown level `" + key + "` on scale `" + scale.name() + "`: `" + key + "` belongs to scale"
          + (elsewhere.size() == 1 ? " " : "s ") + String.join(", ", elsewhere) + "; this criterion is on scale `"
          + scale.name() + "`, whose levels are " + known);
    } else {
      diags.error(at, "unknown level `" + key + "` on scale `" + scale.name() + "`"
          + Suggest.didYouMean(key, scale.keys()) + "; known: " + known);
    }
    return Optional.empty();
  }
}

package dev.versus.config;

import dev.versus.content.Fields;
import dev.versus.content.YNode;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.diag.Suggest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads site.yaml's {@code profiles}: a map from profile key to {@code title}, {@code description} and
 * weights under {@code groups} and {@code criteria}. Group keys are checked here against {@code groups};
 * criterion slugs are checked by the model stage, which knows the criteria.
 */
final class ProfileLoader {
  static final Set<String> KEYS = Set.of("title", "description", "groups", "criteria");
  /** Weights above this are almost surely a typo (a percentage, an extra zero). */
  static final double MAX_WEIGHT = 100;

  private ProfileLoader() {}

  static List<Profile> profiles(Fields site, List<Group> groups, Diagnostics diags) {
    List<Profile> out = new ArrayList<>();
    site.map("profiles", false).ifPresent(m -> {
      for (YNode.Entry e : m.entries().values()) {
        String key = e.key().value();
        if (!Keys.check("profile key", key, "the page's URL, /choose/<key>/", e.key().pos(), diags)) continue;
        Optional<Fields> of = Fields.of(e.value(), "profile `" + key + "`", diags, KEYS);
        if (of.isEmpty()) continue;
        Fields p = of.get();
        p.warnUnknown();
        Optional<String> title = p.text("title", true);
        Optional<String> description = p.text("description", true);
        Map<String, Position> groupPositions = new LinkedHashMap<>();
        Map<String, Double> groupWeights = weights(p, "groups", key, diags, groupPositions);
        List<String> known = groups.stream().map(Group::key).toList();
        for (var g : groupPositions.entrySet()) {
          if (!known.contains(g.getKey())) {
            diags.error(g.getValue(), "unknown group `" + g.getKey() + "` in profile `" + key + "`"
                + Suggest.didYouMean(g.getKey(), known) + "; known groups: " + String.join(", ", known));
            groupWeights.remove(g.getKey());
          }
        }
        Map<String, Position> criterionPositions = new LinkedHashMap<>();
        Map<String, Double> criterionWeights = weights(p, "criteria", key, diags, criterionPositions);
        if (!p.has("groups") && !p.has("criteria")) {
          diags.error(p.keyPos("title"), "profile `" + key + "` weighs nothing: add `groups: {<group>: 3}` or "
              + "`criteria: {<criterion>: 3}` (a weight from 0 up; anything not named counts 1)");
          continue;
        }
        if (title.isPresent() && description.isPresent()) {
          out.add(new Profile(key, title.get(), description.get(), groupWeights, criterionWeights, criterionPositions, e.key().pos()));
        }
      }
    });
    return List.copyOf(out);
  }

  /** The {@code name: weight} entries under {@code key}, each a number from 0 to {@link #MAX_WEIGHT}. */
  private static Map<String, Double> weights(Fields p, String key, String profile, Diagnostics diags, Map<String, Position> positions) {
    Map<String, Double> out = new LinkedHashMap<>();
    p.map(key, false).ifPresent(m -> {
      for (YNode.Entry e : m.entries().values()) {
        String name = e.key().value();
        if (!(e.value() instanceof YNode.Scalar s) || s.isNull()) {
          diags.error(e.value().pos(), "the weight of `" + name + "` in profile `" + profile + "` must be a number such as `2`, found "
              + e.value().kind());
          continue;
        }
        try {
          BigDecimal w = new BigDecimal(s.value().strip());
          if (w.signum() < 0 || w.doubleValue() > MAX_WEIGHT) {
            diags.error(s.pos(), "the weight of `" + name + "` in profile `" + profile + "` is " + s.value()
                + ": use a number from 0 (does not count) to " + (int) MAX_WEIGHT + "; anything not named counts 1");
            continue;
          }
          out.put(name, w.doubleValue());
          positions.put(name, e.key().pos());
        } catch (NumberFormatException ex) {
          diags.error(s.pos(), "the weight of `" + name + "` in profile `" + profile + "` is `" + s.value()
              + "`, not a number: write a number such as `2` (0 leaves it out, anything not named counts 1)");
        }
      }
    });
    return out;
  }
}

package dev.versus.config;

import dev.versus.diag.Position;
import java.util.Map;

/**
 * A reader's situation from site.yaml's {@code profiles} ("Building a REST API"): a key (its URL,
 * {@code /choose/<key>/}), a title, a one-line description, and how much each criterion counts.
 * A criterion's weight is its entry in {@code criteria}, else its group's in {@code groups}, else 1;
 * weights are numbers from 0 (the criterion does not count) up. {@code pos} is where the profile is
 * written, for diagnostics about the criteria it names.
 */
public record Profile(String key, String title, String description, Map<String, Double> groups,
    Map<String, Double> criteria, Map<String, Position> criterionPositions, Position pos) {
  /** The weight of a criterion nobody weighed. */
  public static final double DEFAULT_WEIGHT = 1;

  public Profile {
    groups = Map.copyOf(groups);
    criteria = Map.copyOf(criteria);
    criterionPositions = Map.copyOf(criterionPositions);
  }

  /** How much criterion {@code slug} of group {@code group} counts in this profile. */
  public double weight(String slug, String group) {
    Double own = criteria.get(slug);
    if (own != null) return own;
    return groups.getOrDefault(group, DEFAULT_WEIGHT);
  }
}

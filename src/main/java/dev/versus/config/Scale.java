package dev.versus.config;

import java.util.List;
import java.util.Optional;

/**
 * A named, ordered list of levels, best first: one entry of site.yaml's {@code scales} (or the
 * old {@code legend}, read as the scale {@link #DEFAULT}). A criterion on this scale gives each
 * subject one of these levels; a level earlier in the list is ahead of a later one.
 */
public record Scale(String name, List<Level> levels) {
  /** The name of the one scale a site.yaml {@code legend:} defines. */
  public static final String DEFAULT = "default";

  public Scale {
    levels = List.copyOf(levels);
  }

  public Optional<Level> level(String key) {
    return levels.stream().filter(l -> l.key().equals(key)).findFirst();
  }

  /** The level keys in order, as hints list them. */
  public List<String> keys() {
    return levels.stream().map(Level::key).toList();
  }
}

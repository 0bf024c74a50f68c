package dev.versus.matrix;

import dev.versus.config.Level;
import dev.versus.config.SiteConfig;
import java.util.Locale;

/**
 * The colour tier of a level, what the theme paints it with: the first level of its scale is
 * {@link #BEST}, the last {@link #WORST}, any level between {@link #MID}; a level of a one-level
 * scale, or of a scale site.yaml does not list, is {@link #BEST}.
 */
public enum Tier {
  BEST, MID, WORST;

  /** The tier of {@code level} on its scale as {@code config} defines it. */
  public static Tier of(Level level, SiteConfig config) {
    return of(level.rank(), scaleLength(level, config));
  }

  /** How many levels the scale of {@code level} has in {@code config}: 1 for a scale it does not list. */
  static int scaleLength(Level level, SiteConfig config) {
    return config.scale(level.scale()).map(s -> s.levels().size()).orElse(1);
  }

  /** The tier of rank {@code rank} (0 is the best) on a scale of {@code levels} levels. */
  public static Tier of(int rank, int levels) {
    if (rank == 0) return BEST;
    return rank == levels - 1 ? WORST : MID;
  }

  /** The name the theme's classes use: {@code best}, {@code mid} or {@code worst} ({@code tier-best}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}

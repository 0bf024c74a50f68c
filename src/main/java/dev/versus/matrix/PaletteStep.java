package dev.versus.matrix;

import dev.versus.config.Level;
import dev.versus.config.SiteConfig;

/**
 * The palette step of a level, the finer colour the theme paints it with ({@code step-N} in versus.css and
 * print.css): the level's place on a palette of {@link #STEPS} colours, the best level of its scale at 0, the
 * worst at {@code STEPS - 1}, the levels between spread evenly and rounded to the nearest step. So every level
 * of a scale of up to {@code STEPS} levels has a colour of its own (a four-level scale gets steps 0, 4, 8 and
 * 12); a longer scale shares some. A level of a one-level scale, or of a scale site.yaml does not list, is 0,
 * as its {@link Tier} is the best.
 */
public final class PaletteStep {
  /** How many colours the theme's level palette has: {@code step-0} (best) to {@code step-12} (worst). */
  public static final int STEPS = 13;

  private PaletteStep() {}

  /** The step of {@code level} on its scale as {@code config} defines it. */
  public static int of(Level level, SiteConfig config) {
    return of(level.rank(), Tier.scaleLength(level, config));
  }

  /** The step of rank {@code rank} (0 is the best) on a scale of {@code levels} levels, 0 to {@code STEPS - 1}. */
  public static int of(int rank, int levels) {
    return levels <= 1 ? 0 : Math.round(rank * (STEPS - 1f) / (levels - 1));
  }
}

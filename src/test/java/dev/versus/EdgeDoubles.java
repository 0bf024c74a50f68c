package dev.versus;

import java.util.random.RandomGenerator;

/**
 * Random doubles for property tests of arithmetic: the edges (the largest and smallest finite doubles of
 * both signs, subnormals, negative zero, 1.7e308 as the public report wrote it) as often as ordinary
 * numbers, and any finite bit pattern; never NaN or an infinity, which no text an author writes reads as.
 */
public final class EdgeDoubles {
  private static final double[] EDGES = {0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE,
      Double.MIN_NORMAL, -Double.MIN_NORMAL, 1.7e308, -1.7e308, Math.nextDown(Double.MIN_NORMAL), 1, -1, 1e-300, 1e300};

  private EdgeDoubles() {}

  /** One double: an edge, a subnormal, an ordinary number or any finite bit pattern, each a quarter of the time. */
  public static double next(RandomGenerator random) {
    return switch (random.nextInt(4)) {
      case 0 -> EDGES[random.nextInt(EDGES.length)];
      case 1 -> (random.nextBoolean() ? 1 : -1) * Double.MIN_VALUE * random.nextLong(1, 1L << 52);
      case 2 -> random.nextDouble(-1000, 1000);
      default -> {
        double d;
        do {
          d = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(d));
        yield d;
      }
    };
  }
}

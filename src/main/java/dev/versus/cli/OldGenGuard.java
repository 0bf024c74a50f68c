package dev.versus.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * Collects the old generation of the serial GC when it has doubled since the last full collection, so a
 * build's peak memory follows what it holds, not what it has promoted.
 *
 * <p>Why: the launcher runs builds with the serial GC and an 8 MB young generation (a small guide's build
 * then stays near its live set). A page's working set (its view records, its output buffer) outlives a
 * young collection and is promoted, and becomes garbage in the old generation. JDK 17's serial GC collected
 * the old generation once it had grown since the last collection; JDK 25's grows it up to the maximum heap
 * (a quarter of the RAM) first: a 100 x 1,000 catalogue peaked at 2.6 GiB of RSS for a live set of
 * 400 to 600 MB (docs/performance.md, issue 25). This puts JDK 17's rule back, from outside the GC: a usage
 * threshold on the old generation's pool ({@link MemoryPoolMXBean#setUsageThreshold}) at twice its size
 * after the last full collection, at least {@link #FLOOR}, and a full collection when it is crossed. A
 * guide whose old generation stays under the floor (1,000 articles: about 100 MB) never sees one.
 */
final class OldGenGuard implements NotificationListener {
  /** No full collection below this old-generation size: small builds keep the GC's own schedule. */
  static final long FLOOR = 256L << 20;

  private final MemoryPoolMXBean pool;

  private OldGenGuard(MemoryPoolMXBean pool) {
    this.pool = pool;
  }

  /**
   * Watches the old generation of this JVM's serial GC ({@code Tenured Gen}); empty, and nothing done, under
   * any other GC (G1 and the others collect their old regions on their own schedule).
   */
  static Optional<OldGenGuard> install() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getName().equals("Tenured Gen") && p.isUsageThresholdSupported()) {
        OldGenGuard guard = new OldGenGuard(p);
        p.setUsageThreshold(Math.max(FLOOR, 2 * p.getUsage().getUsed()));
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener(guard,
            n -> n.getType().equals(MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED), null);
        return Optional.of(guard);
      }
    }
    return Optional.empty();
  }

  /** The threshold was crossed: collect, then wait for the old generation to double again. */
  @Override
  public void handleNotification(Notification notification, Object handback) {
    System.gc();
    pool.setUsageThreshold(Math.max(FLOOR, 2 * pool.getUsage().getUsed()));
  }

  /** Stops watching (a long-running process that built once, such as a test). */
  void remove() {
    try {
      ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).removeNotificationListener(this);
    } catch (javax.management.ListenerNotFoundException e) {
      // already removed: nothing to do
    }
    pool.setUsageThreshold(0);
  }
}

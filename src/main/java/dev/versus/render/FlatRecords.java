package dev.versus.render;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;

/** Which record classes {@link InputDigest} writes inline, inside their parent's bytes, rather than digesting each on its own. */
final class FlatRecords {
  private FlatRecords() {}

  /**
   * Whether every component of record class {@code type} is a leaf type, an enum, a flat record or a sealed interface
   * whose every kind is a flat record (a link's {@code Target}): such a record is written inline, each record in it
   * under its own class's name, rather than digested on its own. Digesting each resolved link and its target apart
   * (a hash and two buffers each) was most of the digest stage of a repeat build (JFR, 4,000 articles).
   */
  static boolean isFlat(Class<?> type) {
    return isFlat(type, new HashSet<>());
  }

  /** {@link #isFlat(Class)}, {@code within} the records being asked about already: one met again is no flat part. */
  private static boolean isFlat(Class<?> type, Set<Class<?>> within) {
    if (!within.add(type)) return false;
    for (RecordComponent rc : type.getRecordComponents()) {
      Class<?> c = rc.getType();
      boolean leaf = c.isPrimitive() || c == String.class || c.isEnum() || Number.class.isAssignableFrom(c)
          || c == Boolean.class || java.time.temporal.TemporalAccessor.class.isAssignableFrom(c);
      if (!leaf && !isFlatPart(c, within)) return false;
    }
    return true;
  }

  /** Whether component type {@code c} is a flat record or a sealed interface of flat records only. */
  private static boolean isFlatPart(Class<?> c, Set<Class<?>> within) {
    if (c.isRecord()) return isFlat(c, new HashSet<>(within));
    if (!c.isInterface() || !c.isSealed()) return false;
    for (Class<?> kind : c.getPermittedSubclasses()) {
      if (!kind.isRecord() || !isFlat(kind, new HashSet<>(within))) return false;
    }
    return true;
  }
}

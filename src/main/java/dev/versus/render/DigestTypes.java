package dev.versus.render;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What {@link InputDigest} knows of each class it meets: how the walk treats its values ({@link Shape}), the bytes
 * that name it, a record's accessors and an enum's constants, each made once. A class is found by comparing
 * references along a short array (a build's values are of a few dozen classes, the last one asked first), not by a
 * hash: under C1 (the launcher's JIT for builds) {@code Object.hashCode} of a class, which a {@code HashMap} or a
 * {@code ClassValue} asks for, is a call into the VM, and three such look-ups per value written were a third of a
 * repeat build's digest stage (JFR, 4,000 articles). Not thread-safe: one per digest, which is.
 */
final class DigestTypes {
  /** A leaf (written as its type and text), a record of leaves (written inline), or any other compound. */
  enum Shape { LEAF, FLAT, COMPOUND }

  /** One class's facts; the bytes are made when first asked. */
  static final class Type {
    final Class<?> type;
    final Shape shape;
    private byte[] tag;
    private byte[] recordTag;
    private Method[] accessors;
    private byte[][] constants;

    private Type(Class<?> type) {
      this.type = type;
      this.shape = isLeaf(type) ? Shape.LEAF : type.isRecord() && FlatRecords.isFlat(type) ? Shape.FLAT : Shape.COMPOUND;
    }

    /** A leaf type's name as a text: its UTF-8 length and bytes ({@code enum } before an enum's). */
    byte[] tag() {
      if (tag == null) tag = encoded(type.isEnum() ? "enum " + type.getName() : type.getName());
      return tag;
    }

    /** A record's tag and name, each as a text: what every record written begins with. */
    byte[] recordTag() {
      if (recordTag == null) recordTag = concat(encoded("record"), encoded(type.getName()));
      return recordTag;
    }

    /**
     * A record's component accessors in declaration order, made accessible: {@code getRecordComponents} returns new
     * objects on every call, and a new accessor's first call builds its method handle. Null when they cannot be had.
     */
    Method[] accessors() {
      if (accessors != null) return accessors;
      RecordComponent[] components = type.getRecordComponents();
      Method[] made = new Method[components.length];
      try {
        for (int i = 0; i < components.length; i++) {
          made[i] = components[i].getAccessor();
          made[i].setAccessible(true);
        }
      } catch (RuntimeException e) {
        return null;
      }
      accessors = made;
      return made;
    }

    /** The bytes of {@code e}, a constant of this class, as {@code make} gives them, made once per constant. */
    byte[] constant(Enum<?> e, java.util.function.Function<Enum<?>, byte[]> make) {
      if (constants == null) constants = new byte[e.getDeclaringClass().getEnumConstants().length][];
      byte[] known = constants[e.ordinal()];
      if (known == null) known = constants[e.ordinal()] = make.apply(e);
      return known;
    }
  }

  private Type[] types = new Type[32];
  private int count;
  private Type last;

  /** The facts of {@code type}. */
  Type of(Class<?> type) {
    Type hit = last;
    if (hit != null && hit.type == type) return hit;
    for (int i = 0; i < count; i++) {
      if (types[i].type == type) return last = types[i];
    }
    Type made = new Type(type);
    if (count == types.length) types = Arrays.copyOf(types, 2 * count);
    types[count++] = made;
    return last = made;
  }

  /** Whether a class's values are leaves: strings, numbers, booleans, chars, enums, paths, dates and times, URIs. */
  private static boolean isLeaf(Class<?> type) {
    return type == String.class || Number.class.isAssignableFrom(type) || type == Boolean.class || type == Character.class
        || Enum.class.isAssignableFrom(type) || Path.class.isAssignableFrom(type)
        || java.time.temporal.TemporalAccessor.class.isAssignableFrom(type) || type == java.net.URI.class;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** {@code s} as its UTF-8 length (four bytes, big-endian) and bytes. */
  static byte[] encoded(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int n = b.length;
    byte[] out = new byte[n + 4];
    out[0] = (byte) (n >>> 24);
    out[1] = (byte) (n >>> 16);
    out[2] = (byte) (n >>> 8);
    out[3] = (byte) n;
    System.arraycopy(b, 0, out, 4, n);
    return out;
  }
}

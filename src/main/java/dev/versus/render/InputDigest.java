package dev.versus.render;

import dev.versus.content.Hash128;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A content digest (128 bits, {@link Hash128}) of a page's input values that is the same in every run of Versus, so
 * the dependency record of one build can be compared with the next build's in another process (the
 * persistent build cache). Java's own {@code hashCode} cannot serve: an enum's is its identity, and
 * {@code Map.of}'s iteration order changes from run to run.
 *
 * <p>The value graph is written out canonically and hashed: records by their components, Versus's other
 * classes by their fields, lists and ordered maps in order, the collections whose order Java does not define
 * ({@code HashMap}, {@code Set.of}...) as their sorted elements, and leaves by their type and text. Collections
 * and records holding more than leaves are digested once and stand in their parents as their digest, so a
 * value shared by many pages (a criterion every article links to) is read once per build. A value of any
 * other type (a JDK class with hidden state) makes the digest {@link Optional#empty() unknown}: such a page is
 * always rendered, never wrongly kept. Two values digest alike only when they are equal in every field a
 * page can read.
 */
final class InputDigest {
  private static final Set<String> UNORDERED = Set.of("java.util.HashMap", "java.util.HashSet",
      "java.util.ImmutableCollections$MapN", "java.util.ImmutableCollections$Map1",
      "java.util.ImmutableCollections$SetN", "java.util.ImmutableCollections$Set12",
      "java.util.concurrent.ConcurrentHashMap");

  /** Digests of the collections, records and objects met so far, by identity: shared values are read once. */
  private final Map<Object, byte[]> memo;
  /**
   * The parts of known values that stand as their whole's digest and their place in it, by identity: a body's links
   * ({@code Body#links}), each a value that body's file alone decides (see {@link #InputDigest(Map)}).
   */
  private final Map<Object, byte[]> parts;
  /** The tags {@link #text(ByteArrayOutputStream, String, String)} would write, and two texts, encoded once. */
  private static final byte[] OPT = DigestTypes.encoded("opt");
  private static final byte[] MAP = DigestTypes.encoded("map");
  private static final byte[] COLL = DigestTypes.encoded("coll");
  private static final byte[] ZERO = DigestTypes.encoded("0");
  private static final byte[] ONE = DigestTypes.encoded("1");
  private static final byte[] NULL = DigestTypes.concat(DigestTypes.encoded("null"), DigestTypes.encoded(""));
  /** Texts longer than this are hashed on their own, once per string object. */
  private static final int LONG_TEXT = 512;
  /** What the walk knows of each class met, found without a hash ({@link DigestTypes}). */
  private final DigestTypes types = new DigestTypes();
  /** The facts of {@code String}, the most common leaf. */
  private final DigestTypes.Type string = types.of(String.class);

  InputDigest() {
    this(Map.of());
  }

  /**
   * A digest that takes {@code known} (by identity) as the digest of those values without reading them: the
   * bodies whose digest the load stage knows from their file's bytes ({@code LoadCache#bodyDigests}).
   */
  InputDigest(Map<?, byte[]> known) {
    // sized for a build's values: a body and its page's own few compounds each, so the maps are not rehashed as they grow
    memo = new IdentityHashMap<>(8 * known.size());
    memo.putAll(known);
    parts = new IdentityHashMap<>(8 * known.size());
    // a known body's links: each stands as the body's digest and its place, and a page's resolved links (whose refs are
    // these very objects) are not read again, which was most of a repeat build's digest stage (JFR, 4,000 articles)
    known.forEach((value, digest) -> {
      if (!(value instanceof dev.versus.content.Body b)) return;
      for (int i = 0; i < b.links().size(); i++) {
        byte[] part = Arrays.copyOf(digest, digest.length + 4);
        for (int k = 0; k < 4; k++) part[digest.length + k] = (byte) (i >>> (24 - 8 * k));
        parts.put(b.links().get(i), part);
      }
    });
  }

  /** Thrown inside the walk at a value this cannot read. */
  private static final class Unreadable extends Exception {
    Unreadable() {
      super(null, null, false, false);
    }
  }

  /** The digest of {@code value}, or empty when it holds a value of a type this cannot read. */
  synchronized Optional<byte[]> of(Object value) {
    try {
      return Optional.of(digest(value));
    } catch (Unreadable e) {
      return Optional.empty();
    }
  }

  private byte[] digest(Object v) throws Unreadable {
    byte[] known = memo.get(v);
    if (known != null) return known;
    ByteArrayOutputStream out = new DigestBytes();
    write(out, v, true);
    byte[] d = Hash128.of(out.toByteArray());
    if (shape(v) != DigestTypes.Shape.LEAF) memo.put(v, d);
    return d;
  }

  /** Writes {@code v}'s canonical form; a compound below the top stands as its digest. */
  private void write(ByteArrayOutputStream out, Object v, boolean top) throws Unreadable {
    DigestTypes.Shape shape = shape(v);
    if (shape == DigestTypes.Shape.LEAF) {
      leaf(out, v);
      return;
    }
    Class<?> type = v.getClass();
    boolean inline = top || shape == DigestTypes.Shape.FLAT;
    // only a body's links stand as parts: other values are not looked up (an identity hash is a call into the VM under C1)
    byte[] part = inline && !top && v instanceof dev.versus.content.LinkRef ? parts.get(v) : null;
    if (part != null) {
      out.write('@');
      out.writeBytes(part);
      return;
    }
    if (!inline) {
      out.write('#');
      out.writeBytes(digest(v));
      return;
    }
    if (v instanceof Optional<?> o) {
      out.writeBytes(OPT);
      out.writeBytes(o.isPresent() ? ONE : ZERO);
      if (o.isPresent()) write(out, o.get(), false);
    } else if (v instanceof Map<?, ?> m) {
      List<byte[]> entries = new ArrayList<>(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        ByteArrayOutputStream entry = new DigestBytes();
        write(entry, e.getKey(), false);
        write(entry, e.getValue(), false);
        entries.add(entry.toByteArray());
      }
      items(out, MAP, entries, UNORDERED.contains(type.getName()));
    } else if (v instanceof Collection<?> c) {
      List<byte[]> items = new ArrayList<>(c.size());
      for (Object item : c) {
        ByteArrayOutputStream one = new DigestBytes();
        write(one, item, false);
        items.add(one.toByteArray());
      }
      items(out, COLL, items, UNORDERED.contains(type.getName()));
    } else if (v instanceof dev.versus.content.Body b) {
      // written as the record it was (a body read back from the cache decodes its texts only when asked): the same bytes
      out.writeBytes(types.of(type).recordTag());
      for (Object c : java.util.Arrays.asList(b.html(), b.headings(), b.ids(), b.links(), b.words(), b.claims(), b.active(),
          b.written(), b.text())) {
        write(out, c, false);
      }
    } else if (type.isRecord()) {
      DigestTypes.Type record = types.of(type);
      java.lang.reflect.Method[] accessors = record.accessors();
      if (accessors == null) throw new Unreadable();
      out.writeBytes(record.recordTag());
      for (java.lang.reflect.Method accessor : accessors) write(out, component(accessor, v), false);
    } else if (type.getName().startsWith("dev.versus.")) {
      fields(out, type, v);
    } else {
      throw new Unreadable();
    }
  }

  /** A class of Versus that is no record ({@code UiStrings}): its fields, its superclasses' too, by name. */
  private void fields(ByteArrayOutputStream out, Class<?> type, Object v) throws Unreadable {
    text(out, "object", type.getName());
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Field[] fields = c.getDeclaredFields();
      Arrays.sort(fields, java.util.Comparator.comparing(Field::getName));
      for (Field f : fields) {
        if (Modifier.isStatic(f.getModifiers())) continue;
        try {
          f.setAccessible(true);
          write(out, f.get(v), false);
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new Unreadable();
        }
      }
    }
  }

  private static Object component(java.lang.reflect.Method accessor, Object v) throws Unreadable {
    try {
      return accessor.invoke(v);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new Unreadable();
    }
  }

  private static void items(ByteArrayOutputStream out, byte[] tag, List<byte[]> items, boolean sort) {
    if (sort) items.sort(Arrays::compare);
    out.writeBytes(tag);
    out.writeBytes(encoded(String.valueOf(items.size())));
    for (byte[] item : items) sized(out, item);
  }

  /** {@code bytes} after their length (four bytes, big-endian). */
  private static void sized(ByteArrayOutputStream out, byte[] bytes) {
    int n = bytes.length;
    out.write(n >>> 24);
    out.write(n >>> 16);
    out.write(n >>> 8);
    out.write(n);
    out.writeBytes(bytes);
  }

  /** What {@code v} is to the walk: null and strings are leaves; any other class is looked up ({@link DigestTypes}). */
  private DigestTypes.Shape shape(Object v) {
    if (v == null || v instanceof String) return DigestTypes.Shape.LEAF;
    return types.of(v.getClass()).shape;
  }

  private void leaf(ByteArrayOutputStream out, Object v) {
    if (v instanceof String s && s.length() > LONG_TEXT) {
      // a body's HTML and the same HTML as written are often one string: hashed once, then by identity
      byte[] d = memo.computeIfAbsent(s, k -> Hash128.of(s.getBytes(StandardCharsets.UTF_8)));
      out.write('$');
      out.writeBytes(d);
    } else if (v == null) out.writeBytes(NULL);
    // the few constants of Versus's enums recur in every link (its kinds): each one's bytes are made once
    else if (v instanceof Enum<?> e) out.writeBytes(types.of(e.getClass()).constant(e, k -> textBytes(k.getDeclaringClass(), k.name())));
    else if (v instanceof String s) text(out, string, s);
    else text(out, types.of(v.getClass()), v.toString());
  }

  /** The bytes {@link #text(ByteArrayOutputStream, DigestTypes.Type, String)} writes. */
  private byte[] textBytes(Class<?> type, String text) {
    ByteArrayOutputStream out = new DigestBytes();
    text(out, types.of(type), text);
    return out.toByteArray();
  }

  /** A tag and a text, each as its UTF-8 length and bytes, so no two sequences of them write the same bytes. */
  private static void text(ByteArrayOutputStream out, String tag, String text) {
    out.writeBytes(encoded(tag));
    out.writeBytes(encoded(text));
  }

  /** {@link #text} of a leaf's type name (the same bytes), encoded once per type: every leaf writes one. */
  private void text(ByteArrayOutputStream out, DigestTypes.Type type, String text) {
    out.writeBytes(type.tag());
    // encoded straight into the buffer: no copy of the text's bytes in between
    sized(out, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] encoded(String s) {
    return DigestTypes.encoded(s);
  }

}

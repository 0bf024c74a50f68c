package dev.versus.render;

import dev.versus.content.Hash128;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
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
  private final Map<Object, byte[]> memo = new IdentityHashMap<>();
  /**
   * The parts of known values that stand as their whole's digest and their place in it, by identity: a body's links
   * ({@code Body#links}), each a value that body's file alone decides (see {@link #InputDigest(Map)}).
   */
  private final Map<Object, byte[]> parts = new IdentityHashMap<>();
  /** Texts longer than this are hashed on their own, once per string object. */
  private static final int LONG_TEXT = 512;
  /** Whether a record class holds only leaves (then it is written inline, never digested on its own). */
  private final Map<Class<?>, Boolean> flat = new HashMap<>();
  /** Each record type's tag and name as {@link #text} writes them, encoded once: every record written begins with them. */
  private final Map<Class<?>, byte[]> recordTags = new HashMap<>();
  /** Each enum constant as {@link #leaf} writes it (an enum's equality is its identity). */
  private final Map<Enum<?>, byte[]> constants = new HashMap<>();
  /** Each leaf type's name as {@link #text} writes it, encoded once. */
  private final Map<Class<?>, byte[]> tags = new HashMap<>();
  /**
   * The accessors of each record class met, made accessible once: {@code getRecordComponents} returns new
   * objects on every call, and a new accessor's first call builds its method handle, which was most of the
   * digest stage (JFR, a repeat build of 1,000 articles).
   */
  private final Map<Class<?>, java.lang.reflect.Method[]> accessors = new HashMap<>();
  /** Buffers free for {@link #digest} to write a value into: one per level of nesting at most. */
  private final java.util.ArrayDeque<DigestBytes> spare = new java.util.ArrayDeque<>();

  InputDigest() {
    this(Map.of());
  }

  /**
   * A digest that takes {@code known} (by identity) as the digest of those values without reading them: the
   * bodies whose digest the load stage knows from their file's bytes ({@code LoadCache#bodyDigests}).
   */
  InputDigest(Map<?, byte[]> known) {
    memo.putAll(known);
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
    // a buffer per level of nesting, reused: a new one per value, grown by doubling and copied out, was most of the
    // digest stage's allocation (about 130 of a repeat build's 650 MB at 4,000 articles, JFR)
    DigestBytes out = spare.isEmpty() ? new DigestBytes() : spare.pop();
    byte[] d;
    try {
      write(out, v, true);
      d = out.hash();
    } finally {
      out.reset();
      spare.push(out);
    }
    if (!isLeaf(v)) memo.put(v, d);
    return d;
  }

  /** Writes {@code v}'s canonical form; a compound below the top stands as its digest. */
  private void write(DigestBytes out, Object v, boolean top) throws Unreadable {
    if (isLeaf(v)) {
      leaf(out, v);
      return;
    }
    Class<?> type = v.getClass();
    boolean inline = top || (type.isRecord() && flat.computeIfAbsent(type, FlatRecords::isFlat));
    byte[] part = inline && !top ? parts.get(v) : null;
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
      text(out, "opt", o.isPresent() ? "1" : "0");
      if (o.isPresent()) write(out, o.get(), false);
    } else if (v instanceof Map<?, ?> m) {
      boolean sort = UNORDERED.contains(type.getName());
      List<byte[]> entries = new ArrayList<>(sort ? m.size() : 0);
      if (!sort) text(out, "map", String.valueOf(m.size()));
      for (Map.Entry<?, ?> e : m.entrySet()) {
        DigestBytes entry = sort ? new DigestBytes() : out;
        int at = sort ? 0 : out.startSized();
        write(entry, e.getKey(), false);
        write(entry, e.getValue(), false);
        if (sort) entries.add(entry.toByteArray());
        else out.endSized(at);
      }
      if (sort) items(out, "map", entries);
    } else if (v instanceof Collection<?> c) {
      // in order, each item is written in place after its length: the bytes of items() without a buffer per item
      boolean sort = UNORDERED.contains(type.getName());
      List<byte[]> items = new ArrayList<>(sort ? c.size() : 0);
      if (!sort) text(out, "coll", String.valueOf(c.size()));
      for (Object item : c) {
        DigestBytes one = sort ? new DigestBytes() : out;
        int at = sort ? 0 : out.startSized();
        write(one, item, false);
        if (sort) items.add(one.toByteArray());
        else out.endSized(at);
      }
      if (sort) items(out, "coll", items);
    } else if (v instanceof dev.versus.content.Body b) {
      // written as the record it was (a body read back from the cache decodes its texts only when asked): the same bytes
      out.writeBytes(recordTags.computeIfAbsent(type, t -> DigestBytes.concat(DigestBytes.encoded("record"), DigestBytes.encoded(t.getName()))));
      for (Object c : java.util.Arrays.asList(b.html(), b.headings(), b.ids(), b.links(), b.words(), b.claims(), b.active(),
          b.written(), b.text())) {
        write(out, c, false);
      }
    } else if (type.isRecord()) {
      out.writeBytes(recordTags.computeIfAbsent(type, t -> DigestBytes.concat(DigestBytes.encoded("record"), DigestBytes.encoded(t.getName()))));
      for (java.lang.reflect.Method accessor : accessors(type)) write(out, component(accessor, v), false);
    } else if (type.getName().startsWith("dev.versus.")) {
      fields(out, type, v);
    } else {
      throw new Unreadable();
    }
  }

  /** A class of Versus that is no record ({@code UiStrings}): its fields, its superclasses' too, by name. */
  private void fields(DigestBytes out, Class<?> type, Object v) throws Unreadable {
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

  /** Record class {@code type}'s component accessors in declaration order, accessible; made once per class. */
  private java.lang.reflect.Method[] accessors(Class<?> type) throws Unreadable {
    java.lang.reflect.Method[] known = accessors.get(type);
    if (known != null) return known;
    RecordComponent[] components = type.getRecordComponents();
    java.lang.reflect.Method[] made = new java.lang.reflect.Method[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        made[i] = components[i].getAccessor();
        made[i].setAccessible(true);
      }
    } catch (RuntimeException e) {
      throw new Unreadable();
    }
    accessors.put(type, made);
    return made;
  }

  /** The arguments of an accessor's call: one array for all (a call of {@code invoke(v)} makes a new empty one). */
  private static final Object[] NO_ARGUMENTS = {};

  private static Object component(java.lang.reflect.Method accessor, Object v) throws Unreadable {
    try {
      return accessor.invoke(v, NO_ARGUMENTS);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new Unreadable();
    }
  }

  /** A collection whose order Java does not define: its items' bytes sorted, each after its length. */
  private static void items(DigestBytes out, String tag, List<byte[]> items) {
    items.sort(Arrays::compare);
    text(out, tag, String.valueOf(items.size()));
    for (byte[] item : items) out.sized(item);
  }

  private static boolean isLeaf(Object v) {
    return v == null || v instanceof String || LEAF_TYPES.get(v.getClass());
  }

  /**
   * Whether a class's values are leaves (numbers, booleans, chars, enums, paths, dates and times, URIs), asked once per
   * class: every value written is asked, and under C1 the chain of {@code instanceof} against interfaces was the
   * largest single line of a repeat build's digest stage (JFR, 4,000 articles).
   */
  private static final ClassValue<Boolean> LEAF_TYPES = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return Number.class.isAssignableFrom(type) || type == Boolean.class || type == Character.class
          || Enum.class.isAssignableFrom(type) || Path.class.isAssignableFrom(type)
          || java.time.temporal.TemporalAccessor.class.isAssignableFrom(type) || type == java.net.URI.class;
    }
  };

  private void leaf(DigestBytes out, Object v) {
    if (v instanceof String s && s.length() > LONG_TEXT) {
      // a body's HTML and the same HTML as written are often one string: hashed once, then by identity
      byte[] d = memo.get(s);
      if (d == null) memo.put(s, d = Hash128.of(s.getBytes(StandardCharsets.UTF_8)));
      out.write('$');
      out.writeBytes(d);
    } else if (v == null) text(out, "null", "");
    // the few constants of Versus's enums recur in every link (its kinds): each one's bytes are made once
    else if (v instanceof Enum<?> e) out.writeBytes(constants.computeIfAbsent(e, k -> textBytes(e.getDeclaringClass(), e.name())));
    else text(out, v.getClass(), v.toString());
  }

  /** The bytes {@link #text(DigestBytes, Class, String)} writes. */
  private byte[] textBytes(Class<?> type, String text) {
    DigestBytes out = new DigestBytes();
    text(out, type, text);
    return out.toByteArray();
  }

  /** A tag and a text, each as its UTF-8 length and bytes, so no two sequences of them write the same bytes. */
  private static void text(DigestBytes out, String tag, String text) {
    out.writeBytes(DigestBytes.encoded(tag));
    out.writeBytes(DigestBytes.encoded(text));
  }

  /** {@link #text} of a leaf's type name (the same bytes), encoded once per type: every leaf writes one. */
  private void text(DigestBytes out, Class<?> type, String text) {
    out.writeBytes(tags.computeIfAbsent(type, t -> DigestBytes.encoded(t.isEnum() ? "enum " + t.getName() : t.getName())));
    // encoded straight into the buffer: no copy of the text's bytes in between
    out.sized(text.getBytes(StandardCharsets.UTF_8));
  }

}

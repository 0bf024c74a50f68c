package dev.versus.content;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load stage's part of the persistent build cache: every content document as parsed (front matter,
 * Markdown HTML and the facts read off it, with the file's own diagnostics), by its path and the hash
 * of its bytes ({@link Hash128}), with the file's stat when read ({@link FileStat}). Parsing the Markdown and
 * reading its facts is nearly all of the load stage, so a document whose bytes did not change is read back
 * instead; a file whose stat is still the recorded one (and was recorded clean) is not even read or hashed.
 * The YAML files and editions are small and always parsed. Safe from several threads (the load stage parses in
 * parallel). {@link #none()} caches nothing.
 *
 * <p>Once the load is over ({@link #settle}), only the shards it changed keep their documents' bytes, to be
 * written again: at 4,000 articles the others are 60 MB that would otherwise live through the whole build.
 */
public final class LoadCache {
  /** One document as parsed from bytes whose digest is {@code hash}; {@code encoded} is its {@link DocumentCodec} form. */
  private record Entry(byte[] hash, ByteReader.Slice encoded, FileStat stat) {
    Entry restated(FileStat now) {
      return new Entry(hash, encoded, now);
    }
  }

  /** The clock of a load that could not read the file system's time: no stat it records is clean. */
  public static final long NO_CLOCK = FileStat.NO_CLOCK;

  private final boolean enabled;
  /** The file-system time this load began at ({@link FileStat}'s clock), in nanoseconds. */
  private final long clock;
  private Map<String, Entry> before;
  private final Map<String, Entry> now = new ConcurrentHashMap<>();
  private final AtomicInteger parsed = new AtomicInteger();
  private final AtomicInteger hashed = new AtomicInteger();
  /** The shards ({@link CacheFile#shard}) whose documents this load changed: one parsed, restated or gone. */
  private final Set<Integer> changedShards = ConcurrentHashMap.newKeySet();
  private final Map<Object, byte[]> bodies = Collections.synchronizedMap(new IdentityHashMap<>());

  private LoadCache(boolean enabled, Map<String, Entry> before, long clock) {
    this.enabled = enabled;
    this.before = before;
    this.clock = clock;
  }

  /** A cache that keeps nothing: every document is parsed. */
  public static LoadCache none() {
    return new LoadCache(false, Map.of(), FileStat.NO_CLOCK);
  }

  /** An empty cache that records what this load parses, to be {@link #payload saved}; no stat is clean. */
  public static LoadCache empty() {
    return new LoadCache(true, Map.of(), FileStat.NO_CLOCK);
  }

  /** The cache a {@link #payload} wrote; an exception when the payload does not read as one (then it is not trusted at all). */
  public static LoadCache of(ByteReader.Slice payload) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    ByteReader in = payload.reader();
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      String path = in.readString();
      byte[] hash = in.readBytes(16);
      FileStat stat = in.readBoolean() ? new FileStat(in.readLong(), in.readLong(), in.readString(), in.readBoolean()) : null;
      int length = in.readInt();
      entries.put(path, new Entry(hash, in.slice(length), stat));
    }
    if (in.available() != 0) throw new IOException("trailing bytes");
    return new LoadCache(true, entries, FileStat.NO_CLOCK);
  }

  /**
   * The cache of every document of {@code shards}, each read by {@link #of(ByteReader.Slice)} from one shard's file,
   * for a load that began at file-system time {@code clock} (nanoseconds, {@link #NO_CLOCK} if unknown).
   */
  public static LoadCache of(List<LoadCache> shards, long clock) {
    Map<String, Entry> entries = new HashMap<>();
    shards.forEach(s -> entries.putAll(s.before));
    return new LoadCache(true, entries, clock);
  }

  /**
   * Parses {@code file} of {@code source} (a file inside the guide, not reached through a link out of it) with
   * {@code loader}, or reads it back when its bytes are those cached. {@code attrs}: what the walk read of the file,
   * or null (a symbolic link's are its own, not the file's): with them, a file whose stat is the recorded one is not read.
   */
  ContentLoader.Loaded<?> parse(ContentLoader loader, Path source, String file, BasicFileAttributes attrs) {
    if (!enabled || !ContentLoader.isContent(file)) return loader.parseInside(source, file);
    FileStat stat = attrs == null || !attrs.isRegularFile() ? null : FileStat.of(attrs, clock);
    Entry old = before.get(file);
    if (old != null && stat != null && old.stat() != null && stat.sameAs(old.stat())) {
      Optional<ContentLoader.Loaded<?>> cached = decode(old.encoded());
      if (cached.isPresent()) {
        now.put(file, old);
        return known(file, old.hash(), cached.get());
      }
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(source.resolve(file));
    } catch (IOException | UncheckedIOException e) {
      return loader.parseInside(source, file);
    }
    byte[] hash = Hash128.of(bytes);
    hashed.incrementAndGet();
    if (old != null && Arrays.equals(old.hash(), hash)) {
      Optional<ContentLoader.Loaded<?>> cached = decode(old.encoded());
      if (cached.isPresent()) {
        // touched, or recorded while it could still change unseen: the same bytes, recorded with the stat of now
        Entry entry = old.restated(stat);
        if (!java.util.Objects.equals(stat, old.stat())) changedShards.add(CacheFile.shard(file));
        now.put(file, entry);
        return known(file, hash, cached.get());
      }
    }
    ContentLoader.Loaded<?> loaded = loader.parseDocument(source, file, bytes);
    parsed.incrementAndGet();
    changedShards.add(CacheFile.shard(file));
    encode(loaded).ifPresent(encoded -> now.put(file, new Entry(hash, ByteReader.Slice.of(encoded), stat)));
    return known(file, hash, loaded);
  }

  /** {@code loaded}, its body's digest noted: a body is made from its file's path and bytes alone (this cache's key). */
  private ContentLoader.Loaded<?> known(String file, byte[] hash, ContentLoader.Loaded<?> loaded) {
    if (loaded.value().orElse(null) instanceof Document d) {
      byte[] path = ("body of " + file + "\n").getBytes(StandardCharsets.UTF_8);
      byte[] key = Arrays.copyOf(path, path.length + hash.length);
      System.arraycopy(hash, 0, key, path.length, hash.length);
      bodies.put(d.body(), Hash128.of(key));
    }
    return loaded;
  }

  /**
   * Ends the load: notes the shards holding a document gone since the last build, and forgets the bytes of every
   * other shard's documents, which no later step reads ({@link #payload(int)} writes only changed shards).
   */
  void settle() {
    for (String path : before.keySet()) {
      if (!now.containsKey(path)) changedShards.add(CacheFile.shard(path));
    }
    before = Map.of();
    now.keySet().removeIf(path -> !changedShards.contains(CacheFile.shard(path)));
  }

  /**
   * The digest of every body this load read back or parsed, by identity (an {@link IdentityHashMap}):
   * a body is a function of its file's path and bytes and of the Versus version, so their hash stands for all
   * it holds, and neither the render stage's digests ({@code Dependencies#digests(Map)}) nor the search index's
   * ({@code SearchIndex#digests}) need read its text.
   */
  public Map<Object, byte[]> bodyDigests() {
    synchronized (bodies) {
      return new IdentityHashMap<>(bodies);
    }
  }

  /** How many documents this load parsed rather than read back. */
  public int parsed() {
    return parsed.get();
  }

  /** How many content files this load read and hashed: the others it knew by their stat ({@link FileStat}). */
  public int hashed() {
    return hashed.get();
  }

  /** Whether this load changed the documents of shard {@code shard}: one parsed, restated or gone ({@link #settle}d). */
  public boolean changed(int shard) {
    return changedShards.contains(shard);
  }

  /** The documents of this load, to be read back by {@link #of(ByteReader.Slice)}: every shard must have {@link #changed}. */
  public byte[] payload() throws IOException {
    return payload(path -> true);
  }

  /** The documents of this load in shard {@code shard} ({@link CacheFile#shard}), which it {@link #changed}. */
  public byte[] payload(int shard) throws IOException {
    return payload(path -> CacheFile.shard(path) == shard);
  }

  private byte[] payload(java.util.function.Predicate<String> paths) throws IOException {
    Map<String, Entry> sorted = new TreeMap<>();
    now.forEach((path, entry) -> {
      if (paths.test(path)) sorted.put(path, entry);
    });
    // sized for what it will hold (a shard is megabytes): no doubling through arrays that are garbage at once
    long size = 4;
    for (Map.Entry<String, Entry> e : sorted.entrySet()) size += 3L * e.getKey().length() + 128 + e.getValue().encoded().length();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(size, Integer.MAX_VALUE - 16));
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(sorted.size());
    for (Map.Entry<String, Entry> e : sorted.entrySet()) {
      CacheFile.writeString(out, e.getKey());
      out.write(e.getValue().hash());
      FileStat stat = e.getValue().stat();
      out.writeBoolean(stat != null);
      if (stat != null) {
        out.writeLong(stat.size());
        out.writeLong(stat.modified());
        CacheFile.writeString(out, stat.key());
        out.writeBoolean(stat.clean());
      }
      out.writeInt(e.getValue().encoded().length());
      e.getValue().encoded().writeTo(out);
    }
    return bytes.toByteArray();
  }

  private static Optional<ContentLoader.Loaded<?>> decode(ByteReader.Slice encoded) {
    try {
      ByteReader in = encoded.reader();
      ContentLoader.Loaded<?> loaded = DocumentCodec.read(in);
      return in.available() == 0 ? Optional.of(loaded) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // checked by the file's checksum, so only a codec out of step with its records gets here: parse again
      return Optional.empty();
    }
  }

  private static Optional<byte[]> encode(ContentLoader.Loaded<?> loaded) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
      DocumentCodec.write(new DataOutputStream(bytes), loaded);
      return Optional.of(bytes.toByteArray());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}

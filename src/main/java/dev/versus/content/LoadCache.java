package dev.versus.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The load stage's part of the persistent build cache: every content document as parsed (front matter,
 * Markdown HTML and the facts read off it, with the file's own diagnostics), by its path and the hash
 * of its bytes ({@link Hash128}). Parsing the Markdown and reading its facts is nearly all of the load stage, so a document
 * whose bytes did not change is read back instead. The YAML files and editions are small and always
 * parsed. Safe from several threads (the load stage parses in parallel). {@link #none()} caches nothing.
 */
public final class LoadCache {
  /** One document as parsed from bytes whose digest is {@code hash}; {@code encoded} is its {@link DocumentCodec} form. */
  private record Entry(byte[] hash, byte[] encoded) {}

  private final boolean enabled;
  private final Map<String, Entry> before;
  private final Map<String, Entry> now = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger parsed = new java.util.concurrent.atomic.AtomicInteger();
  /** The shards ({@link CacheFile#shard}) holding a document this load parsed. */
  private final Set<Integer> parsedShards = ConcurrentHashMap.newKeySet();
  private final Map<Object, byte[]> bodies = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  private LoadCache(boolean enabled, Map<String, Entry> before) {
    this.enabled = enabled;
    this.before = before;
  }

  /** A cache that keeps nothing: every document is parsed. */
  public static LoadCache none() {
    return new LoadCache(false, Map.of());
  }

  /** An empty cache that records what this load parses, to be {@link #payload saved}. */
  public static LoadCache empty() {
    return new LoadCache(true, Map.of());
  }

  /** The cache a {@link #payload} wrote; an exception when the payload does not read as one (then it is not trusted at all). */
  public static LoadCache of(byte[] payload) throws IOException {
    Map<String, Entry> entries = new java.util.HashMap<>();
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      String path = CacheFile.readString(in);
      byte[] hash = new byte[16];
      in.readFully(hash);
      int length = in.readInt();
      if (length < 0 || length > in.available()) throw new IOException("entry of " + length + " bytes");
      byte[] encoded = new byte[length];
      in.readFully(encoded);
      entries.put(path, new Entry(hash, encoded));
    }
    if (in.available() != 0) throw new IOException("trailing bytes");
    return new LoadCache(true, entries);
  }

  /** The cache of every document of {@code shards}, each read by {@link #of(byte[])} from one shard's file. */
  public static LoadCache of(java.util.List<LoadCache> shards) {
    Map<String, Entry> entries = new java.util.HashMap<>();
    shards.forEach(s -> entries.putAll(s.before));
    return new LoadCache(true, entries);
  }

  /** Parses {@code file} of {@code source} with {@code loader}, or reads it back when its bytes are those cached. */
  ContentLoader.Loaded<?> parse(ContentLoader loader, Path source, String file) {
    if (!enabled || !ContentLoader.isContent(file) || LinksOut.leaves(LinksOut.realPath(source), source, file)) {
      return loader.parse(source, file);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(source.resolve(file));
    } catch (IOException | UncheckedIOException e) {
      return loader.parse(source, file);
    }
    byte[] hash = Hash128.of(bytes);
    Entry old = before.get(file);
    if (old != null && Arrays.equals(old.hash(), hash)) {
      Optional<ContentLoader.Loaded<?>> cached = decode(old.encoded());
      if (cached.isPresent()) {
        now.put(file, old);
        return known(file, hash, cached.get());
      }
    }
    ContentLoader.Loaded<?> loaded = loader.parseDocument(source, file, bytes);
    parsed.incrementAndGet();
    parsedShards.add(CacheFile.shard(file));
    encode(loaded).ifPresent(encoded -> now.put(file, new Entry(hash, encoded)));
    return known(file, hash, loaded);
  }

  /** {@code loaded}, its body's digest noted: a body is made from its file's path and bytes alone (this cache's key). */
  private ContentLoader.Loaded<?> known(String file, byte[] hash, ContentLoader.Loaded<?> loaded) {
    if (loaded.value().orElse(null) instanceof Document d) {
      byte[] path = ("body of " + file + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] key = Arrays.copyOf(path, path.length + hash.length);
      System.arraycopy(hash, 0, key, path.length, hash.length);
      bodies.put(d.body(), Hash128.of(key));
    }
    return loaded;
  }

  /**
   * The digest of every body this load read back or parsed, by identity (an {@link java.util.IdentityHashMap}):
   * a body is a function of its file's path and bytes and of the Versus version, so their hash stands for all
   * it holds, and the render stage's digests need not read its text ({@code Dependencies#digests(Map)}).
   */
  public Map<Object, byte[]> bodyDigests() {
    synchronized (bodies) {
      return new java.util.IdentityHashMap<>(bodies);
    }
  }

  /** How many documents this load parsed rather than read back. */
  public int parsed() {
    return parsed.get();
  }

  /** Whether this load found anything to change in the cache: a document parsed, or one gone. */
  public boolean changed() {
    return parsed.get() > 0 || !now.keySet().equals(before.keySet());
  }

  /** Whether this load changed the documents of shard {@code shard}: one parsed, or one gone. */
  public boolean changed(int shard) {
    if (parsedShards.contains(shard)) return true;
    for (String path : before.keySet()) {
      if (CacheFile.shard(path) == shard && !now.containsKey(path)) return true;
    }
    return false;
  }

  /** The documents of this load, to be read back by {@link #of(byte[])}: those gone since are dropped. */
  public byte[] payload() throws IOException {
    return payload(path -> true);
  }

  /** The documents of this load in shard {@code shard} ({@link CacheFile#shard}), as {@link #payload()} writes them. */
  public byte[] payload(int shard) throws IOException {
    return payload(path -> CacheFile.shard(path) == shard);
  }

  private byte[] payload(java.util.function.Predicate<String> paths) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    Map<String, Entry> sorted = new TreeMap<>();
    now.forEach((path, entry) -> {
      if (paths.test(path)) sorted.put(path, entry);
    });
    out.writeInt(sorted.size());
    for (Map.Entry<String, Entry> e : sorted.entrySet()) {
      CacheFile.writeString(out, e.getKey());
      out.write(e.getValue().hash());
      out.writeInt(e.getValue().encoded().length);
      out.write(e.getValue().encoded());
    }
    return bytes.toByteArray();
  }

  private static Optional<ContentLoader.Loaded<?>> decode(byte[] encoded) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded));
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

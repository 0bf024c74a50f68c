package dev.versus.pipeline;

import dev.versus.content.ByteReader;
import dev.versus.content.CacheFile;
import dev.versus.content.EveryCore;
import dev.versus.content.LoadCache;
import dev.versus.render.PrintSections;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The persistent build cache of {@code versus build}: the folder {@code .versus-cache/} in the guide
 * (hidden, so never read as content; {@code versus init}'s {@code .gitignore} names it) with these files.
 * {@code load-NN.bin} (16 shards by path, {@link CacheFile#shard}: an edit writes one again) hold every content document
 * as parsed, by the hash of its bytes and with its file's stat ({@link LoadCache}; {@code clock}, an empty file written
 * as each load begins, gives the file system's time to compare a stat with),
 * under the Versus version and commit; {@code pages.bin} the digest of every page's inputs and the file it
 * wrote ({@link PageRecord}), under the version, the configuration, the theme and the output folder, and
 * {@code print-NN.bin} (16 shards) the print view's article sections ({@link PrintSections}) under the same key. A file
 * that is damaged, truncated or made for another build is discarded with a note and the build runs cold
 * ({@link CacheFile}); files are written atomically, and only after the site was published.
 */
final class BuildCache {
  /** The cache's folder, in the guide's source folder. */
  static final String FOLDER = ".versus-cache";
  private static final String LOAD = "load";
  private static final String PAGES = "pages.bin";
  private static final String PRINT = "print";
  private static final String CLOCK = "clock";

  private final Path folder;
  private final String version;
  /**
   * The files this build found damaged or made for another build: {@link #save} writes each again even when
   * nothing in it changed (a shard of no document), or every later build would discard it with a note again.
   */
  private final java.util.Set<String> rejected = java.util.concurrent.ConcurrentHashMap.newKeySet();

  BuildCache(Path source) {
    this.folder = source.resolve(FOLDER);
    this.version = version();
  }

  /**
   * The documents the last build parsed, or an empty cache (with a note saying why, unless there was none), for a
   * load beginning now: the shards are read on every core, after the file system's clock ({@link #clock}).
   */
  LoadCache load(List<String> notes) {
    long clock = clock();
    record Shard(LoadCache cache, List<String> notes) {}
    List<Integer> indexes = java.util.stream.IntStream.range(0, CacheFile.SHARDS).boxed().toList();
    List<Shard> shards = EveryCore.map(indexes, i -> {
      List<String> own = new java.util.ArrayList<>();
      return new Shard(read(shard(LOAD, i), version, LoadCache::of, LoadCache.empty(), (name, why) -> own.add(why)), own);
    });
    Map<String, List<String>> rejections = new java.util.LinkedHashMap<>();
    for (int i = 0; i < shards.size(); i++) {
      for (String why : shards.get(i).notes()) rejections.computeIfAbsent(why, w -> new java.util.ArrayList<>()).add(shard(LOAD, i));
    }
    rejections.forEach((why, names) -> notes.add(discarded(names, why)));
    return LoadCache.of(shards.stream().map(Shard::cache).toList(), clock);
  }

  /**
   * The file system's time now, in nanoseconds: the modification time it gives the file {@code clock} written
   * into the cache's folder (made if need be). A source file's time is compared with this one, never with the
   * system's clock, which a network file system need not share ({@code dev.versus.content.FileStat}). Without a
   * folder that can be written, {@link LoadCache.NO_CLOCK}: every file is then read and hashed.
   */
  private long clock() {
    try {
      Files.createDirectories(folder);
      Path stamp = folder.resolve(CLOCK);
      Files.write(stamp, new byte[0]);
      return Files.getLastModifiedTime(stamp).to(java.util.concurrent.TimeUnit.NANOSECONDS);
    } catch (IOException | RuntimeException e) {
      return LoadCache.NO_CLOCK;
    }
  }

  /** The file of shard {@code i} of the cache named {@code name} ({@code load} to {@code load-00.bin}...). */
  private static String shard(String name, int i) {
    // String.format("%s-%02d.bin") for a shard number (never negative), without the Formatter: its first use loads
    // the locale's number formats, a few milliseconds of every repeat build (JFR)
    return name + (i < 10 ? "-0" : "-") + i + ".bin";
  }

  /** The page record the last build left for a build of key {@code key} ({@link #pageKey}), or an empty one. */
  PageRecord pages(String key, List<String> notes) {
    return read(PAGES, version + "; " + key, payload -> PageRecord.of(payload.copy()), PageRecord.empty(),
        (name, why) -> notes.add(discarded(List.of(name), why)));
  }

  /**
   * The print view's article sections the last build of key {@code key} made, for a build whose pages have
   * {@code digests} ({@link PrintSections}), or an empty record.
   */
  PrintSections printSections(String key, Map<String, String> digests, List<String> notes) {
    List<PrintSections> shards = new java.util.ArrayList<>();
    Map<String, List<String>> rejections = new java.util.LinkedHashMap<>();
    for (int i = 0; i < CacheFile.SHARDS; i++) {
      shards.add(read(shard(PRINT, i), version + "; " + key, payload -> PrintSections.of(payload, digests),
          PrintSections.empty(digests), (name, why) -> rejections.computeIfAbsent(why, w -> new java.util.ArrayList<>()).add(name)));
    }
    // one note per reason: an edit of site.yaml makes every shard another build's, which is one fact, not sixteen
    rejections.forEach((why, names) -> notes.add(discarded(names, why)));
    return PrintSections.of(shards, digests);
  }

  /** How a payload is read back; an exception when it does not read whole. */
  private interface Reader<T> {
    T read(ByteReader.Slice payload) throws IOException;
  }

  /**
   * The content of cache file {@code name} if it is whole and made under {@code key}, else {@code empty}, with
   * {@code onRejected} told the file's name and why (a missing file is not told).
   */
  private <T> T read(String name, String key, Reader<T> reader, T empty, java.util.function.BiConsumer<String, String> onRejected) {
    CacheFile.Read read = CacheFile.read(folder.resolve(name), key);
    if (read.ok()) {
      try {
        return reader.read(read.payload());
      } catch (IOException | RuntimeException e) {
        read = new CacheFile.Read(null, "damaged (" + e.getMessage() + ")");
      }
    }
    if (!read.missing()) {
      rejected.add(name);
      onRejected.accept(name, read.rejected());
    }
    return empty;
  }

  /** Saves what a published build loaded and wrote; a cache that cannot be written is only a note (the site is built). */
  void save(LoadCache load, String key, PageRecord pages, PrintSections print, List<String> notes) {
    try {
      for (int i = 0; i < CacheFile.SHARDS; i++) {
        Path loadFile = folder.resolve(shard(LOAD, i));
        if (load.changed(i) || !Files.isRegularFile(loadFile) || rejected.contains(shard(LOAD, i))) {
          CacheFile.write(loadFile, version, load.payload(i));
        }
        if (print.changed(i) || rejected.contains(shard(PRINT, i))) {
          CacheFile.write(folder.resolve(shard(PRINT, i)), version + "; " + key, print.payload(i));
        }
      }
      CacheFile.write(folder.resolve(PAGES), version + "; " + key, pages.payload());
      // the single files of the cache before it was split: no build reads them any more
      for (String old : List.of("load.bin", "print.bin")) Files.deleteIfExists(folder.resolve(old));
    } catch (IOException | RuntimeException e) {
      notes.add("build cache not saved (" + e.getMessage() + "): the next build runs cold");
    }
  }

  /**
   * What every page of a build depends on besides its own inputs: the configuration ({@code site.yaml},
   * {@code sources.yaml}, the command's options) and the theme (every file of its templates, static files and
   * UI strings, along the chain of {@code themeRoots}, by their bytes and names in the theme: never by the theme's folder,
   * which the launcher and {@code java -jar} name differently), as a digest, with the output folder they were written to.
   */
  static String pageKey(BuildOptions options, List<Path> themeRoots) {
    MessageDigest md = sha256();
    for (String f : List.of("site.yaml", "sources.yaml")) file(md, options.source().resolve(f), f);
    // the theme by its bytes below, not by where it is (--theme's path): the same theme from another folder renders alike
    md.update((options.out().toAbsolutePath().normalize() + "|" + options.baseUrl() + "|" + options.drafts() + "|"
        + options.pdf()).getBytes(StandardCharsets.UTF_8));
    for (Path root : themeRoots) {
      for (String part : List.of("templates", "static", "i18n", "theme.yaml")) {
        Path dir = root.resolve(part);
        if (!Files.exists(dir)) continue;
        try (Stream<Path> s = Files.walk(dir)) {
          s.filter(Files::isRegularFile).sorted().forEach(p -> file(md, p, root.relativize(p).toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    // named as a note about a cache made for another build shows them ({@code CacheFile#difference}); 128 bits of the digest
    return "out " + options.out().toAbsolutePath().normalize() + "; site.yaml, sources.yaml, options and theme "
        + HexFormat.of().formatHex(md.digest(), 0, 16);
  }

  private static void file(MessageDigest md, Path p, String name) {
    md.update(name.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    try {
      if (Files.isRegularFile(p)) md.update(sha256().digest(Files.readAllBytes(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The note for cache files {@code files} (shards of one kind, in order) discarded for {@code why}: one line, the
   * shards named as a range when all of them are ({@code load-00.bin to load-15.bin}).
   */
  private static String discarded(List<String> files, String why) {
    String named = files.size() == CacheFile.SHARDS && files.size() > 1
        ? files.get(0) + " to " + files.get(files.size() - 1) : String.join(", ", files);
    return "build cache " + FOLDER + "/" + named + " discarded: " + why + "; building without "
        + (files.size() == 1 ? "it" : "them");
  }

  /** The Versus version and git commit Maven wrote into the jar: a cache is read only by the build that wrote it. */
  private static String version() {
    Properties p = new Properties();
    try (InputStream in = BuildCache.class.getResourceAsStream("/versus-version.txt")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      // an unreadable stamp: "unknown", as --version prints
    }
    return version(p, CodeDigest.location());
  }

  /**
   * The identity of the code a cache was made by: the version and commit of {@code stamp}, and when the commit names
   * no one code (uncommitted changes, {@code -dirty}, or no git, {@code unknown}) the digest of the code at
   * {@code code} ({@link CodeDigest}); code that cannot be read gets an identity of its own, so no cache is trusted.
   */
  static String version(Properties stamp, Optional<Path> code) {
    String commit = stamp.getProperty("commit", "unknown");
    String named = "versus " + stamp.getProperty("version", "unknown") + " commit " + commit;
    if (CodeDigest.named(commit)) return named;
    return named + " code " + code.flatMap(CodeDigest::of).orElseGet(() -> "unread " + java.util.UUID.randomUUID());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every Java runtime", e);
    }
  }
}

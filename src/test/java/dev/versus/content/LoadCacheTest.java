package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load stage's cache gives back every document equal to a fresh parse (front matter with positions,
 * HTML, facts and diagnostics), on the repository's own guide and on the fixtures that carry claims, raw
 * HTML and broken files; only an edited file is parsed again.
 */
class LoadCacheTest {
  @Test
  void documentsReadBackEqualTheParsedOnes(@TempDir Path dir) throws IOException {
    for (Path guide : java.util.List.of(TestSites.repo().resolve("content"), TestSites.fixture("three", dir))) {
      ContentLoader loader = new ContentLoader(new Markdown());
      LoadCache first = LoadCache.empty();
      Diagnostics coldDiags = new Diagnostics();
      SourceTree cold = loader.load(guide, coldDiags, first);
      LoadCache second = LoadCache.of(ByteReader.Slice.of(first.payload()));
      Diagnostics warmDiags = new Diagnostics();
      SourceTree warm = loader.load(guide, warmDiags, second);
      assertEquals(0, second.parsed(), "every document read back from the cache");
      assertEquals(cold.documents(), warm.documents());
      assertEquals(coldDiags.sorted(), warmDiags.sorted());
    }
  }

  /**
   * A body read back keeps its texts as the cache's bytes and decodes them when asked (a new string each time, where a
   * parsed body gives its own): asked late, after the load settled, in any order and again, they are the parsed ones.
   */
  @Test
  void aBodyReadBackDecodesItsTextsWhenAskedAndGivesTheParsedOnes(@TempDir Path dir) throws IOException {
    Path guide = TestSites.repo().resolve("content");
    ContentLoader loader = new ContentLoader(new Markdown());
    LoadCache first = LoadCache.empty();
    List<Document> cold = loader.load(guide, new Diagnostics(), first).documents();
    List<Document> warm = loader.load(guide, new Diagnostics(), LoadCache.of(ByteReader.Slice.of(first.payload()))).documents();
    assertEquals(cold.size(), warm.size());
    for (int i = 0; i < cold.size(); i++) {
      Body parsed = cold.get(i).body();
      Body read = warm.get(i).body();
      assertSame(parsed.html(), parsed.html());
      org.junit.jupiter.api.Assertions.assertNotSame(read.html(), read.html(), "decoded on each use, never kept");
      assertEquals(parsed.text(), read.text());
      // counted from the bytes, never decoded: the search index splits its parts by it
      assertEquals(parsed.text().length(), read.textLength());
      assertEquals(parsed.text().length(), parsed.textLength());
      assertEquals(parsed.written(), read.written());
      assertEquals(parsed.html(), read.html());
      assertEquals(parsed.links(), read.links());
      assertEquals(parsed, read);
      assertEquals(parsed.hashCode(), read.hashCode());
    }
  }

  @Test
  void anEditedFileIsParsedAgain(@TempDir Path dir) throws IOException {
    Path guide = TestSites.fixture("three", dir);
    ContentLoader loader = new ContentLoader(new Markdown());
    LoadCache first = LoadCache.empty();
    loader.load(guide, new Diagnostics(), first);
    java.nio.file.Path article = guide.resolve("articles").toFile().listFiles()[0].toPath();
    TestSites.append(article, "\nOne more line.\n");
    LoadCache second = LoadCache.of(ByteReader.Slice.of(first.payload()));
    SourceTree warm = loader.load(guide, new Diagnostics(), second);
    assertEquals(1, second.parsed());
    assertEquals(new ContentLoader(new Markdown()).load(guide, new Diagnostics()).documents(), warm.documents());
  }

  @Test
  void aFileWhoseStatIsTheRecordedOneIsNotReadAndEveryOtherChangeIsSeen(@TempDir Path dir) throws IOException {
    Path guide = TestSites.fixture("three", dir);
    List<Path> articles = articles(guide);
    // written a minute before the loads begin: older than their clock, so each stat is recorded clean
    Instant past = Instant.now().minusSeconds(60);
    try (java.util.stream.Stream<Path> s = Files.walk(guide)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(f, FileTime.from(past));
    }
    ContentLoader loader = new ContentLoader(new Markdown());
    LoadCache first = LoadCache.of(List.of(), clockNow());
    loader.load(guide, new Diagnostics(), first);
    Shards shards = new Shards();

    LoadCache unchanged = shards.next(first);
    assertEquals(cold(guide), loader.load(guide, new Diagnostics(), unchanged).documents());
    assertEquals(0, unchanged.hashed(), "no file read: every stat is the recorded one");

    // the same size, and a time in the same second (only its nanoseconds differ): read, hashed, parsed
    Path edited = articles.get(0);
    TestSites.sameSizeEdit(edited);
    Files.setLastModifiedTime(edited, FileTime.from(past.plusNanos(1000)));
    // touched: a new time, the same bytes: read and hashed, not parsed
    Path touched = articles.get(1);
    Files.setLastModifiedTime(touched, FileTime.from(past.plusSeconds(1)));
    LoadCache second = shards.next(unchanged);
    assertEquals(cold(guide), loader.load(guide, new Diagnostics(), second).documents());
    assertEquals(2, second.hashed());
    assertEquals(1, second.parsed());
    assertTrue(second.changed(CacheFile.shard(guide.relativize(touched).toString())), "the new stat is recorded");

    LoadCache third = shards.next(second);
    loader.load(guide, new Diagnostics(), third);
    assertEquals(0, third.hashed(), "the touched file is known by its new stat");

    Files.delete(articles.get(2));
    Files.writeString(guide.resolve("articles/added.md"), "---\ntitle: Added\ndate: 2024-01-01\n---\nNew.\n");
    LoadCache fourth = shards.next(third);
    assertEquals(cold(guide), loader.load(guide, new Diagnostics(), fourth).documents());
    assertEquals(1, fourth.parsed(), "only the added file");
    assertTrue(fourth.changed(CacheFile.shard(guide.relativize(articles.get(2)).toString())), "the deleted file's shard");
  }

  @Test
  void aFileWrittenAsTheLoadBeganIsHashedAgainEvenWithTheRecordedStat(@TempDir Path dir) throws IOException {
    // git's racy clean case: a write in the clock's tick of the recording load, which may leave size and time as recorded
    Path guide = TestSites.fixture("three", dir);
    Path racy = articles(guide).get(0);
    long clock = clockNow();
    FileTime tick = FileTime.from(clock, java.util.concurrent.TimeUnit.NANOSECONDS);
    Files.setLastModifiedTime(racy, tick);
    ContentLoader loader = new ContentLoader(new Markdown());
    LoadCache first = LoadCache.of(List.of(), clock);
    loader.load(guide, new Diagnostics(), first);
    Shards shards = new Shards();
    // edited in place (same file, same size) and given the recorded time again
    TestSites.sameSizeEdit(racy);
    Files.setLastModifiedTime(racy, tick);
    LoadCache second = shards.next(first);
    assertEquals(cold(guide), loader.load(guide, new Diagnostics(), second).documents());
    assertEquals(1, second.parsed(), "the edit is seen");
  }

  /** The documents a load without a cache gives. */
  private static List<Document> cold(Path guide) {
    return new ContentLoader(new Markdown()).load(guide, new Diagnostics()).documents();
  }

  /**
   * The cache files as the build cache keeps them: a shard's file is written again only when a load changed it
   * ({@link LoadCache#changed}), and a settled cache holds the documents of those shards alone.
   */
  private static final class Shards {
    private final Map<Integer, byte[]> files = new TreeMap<>();

    /** Saves what {@code last} changed, and reads every shard back for a load beginning now. */
    LoadCache next(LoadCache last) throws IOException {
      for (int i = 0; i < CacheFile.SHARDS; i++) {
        if (last.changed(i)) files.put(i, last.payload(i));
      }
      List<LoadCache> read = new java.util.ArrayList<>();
      for (byte[] f : files.values()) read.add(LoadCache.of(ByteReader.Slice.of(f)));
      return LoadCache.of(read, clockNow());
    }
  }

  private static long clockNow() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private static List<Path> articles(Path guide) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.list(guide.resolve("articles"))) {
      return s.sorted().toList();
    }
  }

  @Test
  void theHashIsMurmurHash3x64of128Bits() {
    // the reference's value for this text, seed 0, as Guava's Murmur3_128HashFunctionTest prints it
    byte[] h = Hash128.of("The quick brown fox jumps over the lazy dog".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("6c1b07bc7bbc4be347939ac4a93c437a", java.util.HexFormat.of().formatHex(h));
    assertEquals(16, Hash128.of(new byte[0]).length);
  }

  @Test
  void aPayloadThatDoesNotReadWholeIsRefused() throws IOException {
    LoadCache empty = LoadCache.empty();
    byte[] payload = empty.payload();
    assertThrows(IOException.class, () -> LoadCache.of(ByteReader.Slice.of(java.util.Arrays.copyOf(payload, payload.length + 3))));
  }
}

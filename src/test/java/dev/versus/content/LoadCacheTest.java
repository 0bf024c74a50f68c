package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
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
      LoadCache second = LoadCache.of(first.payload());
      Diagnostics warmDiags = new Diagnostics();
      SourceTree warm = loader.load(guide, warmDiags, second);
      assertEquals(0, second.parsed(), "every document read back from the cache");
      assertEquals(cold.documents(), warm.documents());
      assertEquals(coldDiags.sorted(), warmDiags.sorted());
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
    LoadCache second = LoadCache.of(first.payload());
    SourceTree warm = loader.load(guide, new Diagnostics(), second);
    assertEquals(1, second.parsed());
    assertEquals(new ContentLoader(new Markdown()).load(guide, new Diagnostics()).documents(), warm.documents());
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
    assertThrows(IOException.class, () -> LoadCache.of(java.util.Arrays.copyOf(payload, payload.length + 3)));
  }
}

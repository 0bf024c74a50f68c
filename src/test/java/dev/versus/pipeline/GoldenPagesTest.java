package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole pages of the fixture compared with golden copies: any change to their HTML is a reviewed change. */
class GoldenPagesTest {
  private static final Path GOLDEN = TestSites.repo().resolve("src/test/resources/golden");

  @TempDir
  static Path tmp;
  static Path out;

  @BeforeAll
  static void build() {
    out = tmp.resolve("site");
    assertEquals(List.of(), TestSites.build(TestSites.fixture("three", tmp), out).diagnostics());
  }

  /** The page with asset version hashes masked: a stylesheet edit is not a change of the page's HTML. */
  private static String page(String file) {
    return TestSites.read(out.resolve(file)).replaceAll("\\?v=[0-9a-f]{10}", "?v=HASH");
  }

  @Test
  void comparePage() {
    Golden.assertMatches(GOLDEN.resolve("compare.html"), page("compare/index.html"));
  }

  @Test
  void articlePage() {
    Golden.assertMatches(GOLDEN.resolve("article-morning.html"), page("articles/morning/index.html"));
  }
}

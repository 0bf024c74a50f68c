package dev.versus.build;

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

  @Test
  void comparePage() {
    Golden.assertMatches(GOLDEN.resolve("compare.html"), TestSites.read(out.resolve("compare/index.html")));
  }

  @Test
  void articlePage() {
    Golden.assertMatches(GOLDEN.resolve("article-morning.html"), TestSites.read(out.resolve("articles/morning/index.html")));
  }
}

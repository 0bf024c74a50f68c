package dev.versus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.content.YamlParser;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's {@code pairs} and {@code featured} (issue 25), and each of their problems at its position. */
class CatalogueTest {
  private static final String HEAD = """
      title: T
      description: D
      base_url: https://example.org/
      subjects: [tea, coffee, cocoa]
      groups: [{key: g, title: G}]
      legend: [{key: yes, label: "Yes"}, {key: no, label: "No"}]
      """;

  private record Loaded(Optional<SiteConfig> config, List<String> diagnostics) {}

  private static Loaded load(String rest) {
    Diagnostics diags = new Diagnostics();
    var yaml = YamlParser.parse("site.yaml", HEAD + rest, 1, diags);
    Optional<SiteConfig> config = ConfigLoader.load(yaml, Optional.empty(), diags);
    return new Loaded(config, diags.sorted().stream().map(Diagnostic::format).toList());
  }

  @Test
  void pairsFollowTheSubjectOrderAndFeaturedKeepsItsOwn() {
    Loaded l = load("pairs: [[cocoa, tea], [coffee, cocoa]]\nfeatured: [cocoa, tea]\n");
    assertEquals(List.of(), l.diagnostics());
    Catalogue c = l.config().orElseThrow().catalogue();
    assertEquals(List.of(List.of("tea", "cocoa"), List.of("coffee", "cocoa")), c.pairs());
    assertEquals(List.of("cocoa", "tea"), c.featured());
  }

  @Test
  void withoutTheKeysNothingIsListed() {
    assertEquals(Catalogue.NONE, load("").config().orElseThrow().catalogue());
  }

  @Test
  void anUnknownSubjectInAPairIsAnErrorWithADidYouMean() {
    assertEquals(List.of("site.yaml:7:15: error: unknown subject `cofee`; did you mean `coffee`? The subjects are site.yaml's "
        + "`subjects`: tea, coffee, cocoa"), load("pairs: [[tea, cofee]]\n").diagnostics());
  }

  @Test
  void aPairOfOneSubjectWithItselfIsAnError() {
    assertEquals(List.of("site.yaml:7:15: error: pair `[tea, tea]` compares `tea` with itself: a pair page needs two different subjects"),
        load("pairs: [[tea, tea]]\n").diagnostics());
  }

  @Test
  void aPairOfOneOrThreeSubjectsIsAnError() {
    assertEquals(List.of("site.yaml:7:9: error: a pair in `pairs` is a list of two subjects, such as `[tea, coffee]`",
        "site.yaml:7:16: error: a pair in `pairs` is a list of two subjects, such as `[tea, coffee]`"),
        load("pairs: [[tea], [tea, coffee, cocoa]]\n").diagnostics());
  }

  @Test
  void pairsThatAreNotAListAreAnError() {
    assertEquals(List.of("site.yaml:7:8: error: `pairs` must be a list of pairs, such as `[[django, flask], [django, fastapi]]`"),
        load("pairs: tea\n").diagnostics());
  }

  @Test
  void aPairGivenTwiceInEitherOrderIsAWarningAndCountsOnce() {
    Loaded l = load("pairs:\n  - [tea, coffee]\n  - [coffee, tea]\n");
    assertEquals(List.of("site.yaml:9:5: warning: pair `[tea, coffee]` is listed twice in `pairs` (first at line 8); delete this one"),
        l.diagnostics());
    assertEquals(List.of(List.of("tea", "coffee")), l.config().orElseThrow().catalogue().pairs());
  }

  @Test
  void anUnknownOrRepeatedFeaturedSubjectIsReported() {
    assertEquals(List.of("site.yaml:7:12: error: unknown subject `coco`; did you mean `cocoa`? The subjects are site.yaml's "
        + "`subjects`: tea, coffee, cocoa", "site.yaml:7:23: warning: subject `tea` is listed twice in `featured`; delete this one"),
        load("featured: [coco, tea, tea]\n").diagnostics());
  }

  /**
   * Subjects {@code a}, {@code a-vs-b}, {@code b-vs-c} and {@code c}: the pairs a with b-vs-c and a-vs-b with c both
   * had the page compare/a-vs-b-vs-c/, and the second replaced the first without a word (5 pair pages for 6 pairs).
   * The guide now fails at the subject of the second pair, naming both pairs, and publishes nothing.
   */
  @Test
  void twoPairsWithOnePairPageAreAnErrorNamingBoth(@TempDir Path tmp) throws Exception {
    dev.versus.InlineGuide guide = dev.versus.InlineGuide.titled("Pairs", "Four subjects.", "https://example.org/")
        .subjects("a: A: First.", "a-vs-b: AB: Second.", "b-vs-c: BC: Third.", "c: C: Fourth.")
        .groups("g: G").legend("yes: Yes: ●: Has it", "no: No: ○: Lacks it").sources("s1: S")
        .home("Pairs", "Four.")
        .criterion("c1: One: Has it?", "g", 1, "verdicts:\n  a: {level: \"yes\", summary: s, sources: [s1]}\n"
            + "  a-vs-b: {level: \"no\", summary: s, sources: [s1]}\n  b-vs-c: {level: \"yes\", summary: s, sources: [s1]}\n"
            + "  c: {level: \"no\", summary: s, sources: [s1]}", "Text.");
    Path source = guide.write(tmp.resolve("guide"));
    var r = dev.versus.TestSites.build(source, tmp.resolve("site"));
    assertEquals(List.of("site.yaml:4:31: error: subjects `a-vs-b` and `c` would have the same pair page as `a` and `b-vs-c`,"
        + " compare/a-vs-b-vs-c/: rename one of these subjects (a slug with `vs` as one of its words makes such clashes)"),
        r.diagnostics().stream().map(Diagnostic::format).toList());
    assertEquals(false, Files.exists(tmp.resolve("site")), "nothing published");
  }
}

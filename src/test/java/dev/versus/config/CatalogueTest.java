package dev.versus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.content.YamlParser;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}

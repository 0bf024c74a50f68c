package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.versus.config.ConfigLoader;
import dev.versus.config.SiteConfig;
import dev.versus.content.Body;
import dev.versus.content.Document;
import dev.versus.content.Kind;
import dev.versus.content.Markdown;
import dev.versus.content.YNode;
import dev.versus.content.YamlParser;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Parsing of each criterion type (a level on a scale, a number, text) and every error a typed
 * criterion can have, with its exact {@code file:line:col} message. The front matter of each case
 * starts at line 2 of {@code criteria/c.md}, as after the opening {@code ---}.
 */
class TypedCriterionTest {
  private static final String SITE = """
      title: T
      description: D
      base_url: https://example.org/
      subjects: [a, b]
      groups: [{key: g, title: G}]
      scales:
        support:
          - {key: built-in, label: "Built in", symbol: "●"}
          - {key: none, label: "Not included", symbol: "○"}
        ease:
          - {key: gentle, label: "Gentle"}
          - {key: moderate, label: "Moderate"}
          - {key: steep, label: "Steep"}
      """;

  /** A criterion read from front matter, and the diagnostics of reading it (formatted). */
  record Read(Criterion criterion, List<String> diagnostics) {}

  /** Reads {@code frontMatter} as criteria/c.md of a guide with subjects a and b and the scales above. */
  static Read read(String frontMatter) {
    Diagnostics diags = new Diagnostics();
    YNode site = YamlParser.parse("site.yaml", SITE, 1, diags).orElseThrow();
    SiteConfig config = ConfigLoader.load(Optional.of(site), Optional.empty(), diags).orElseThrow();
    assertEquals(List.of(), diags.sorted(), "the site.yaml of these cases is valid");
    YNode.Map fm = (YNode.Map) YamlParser.parse("criteria/c.md", frontMatter, 2, diags).orElseThrow();
    Document doc = new Document("criteria/c.md", Kind.CRITERION, "c", fm, Body.of("criteria/c.md", "<p>x</p>"));
    Criterion c = CriterionReader.read(doc, config, Markdown::new, diags);
    return new Read(c, diags.sorted().stream().map(Diagnostic::format).toList());
  }

  static String head(String type) {
    return "title: C\ngroup: g\nquestion: Q?\n" + type;
  }

  @Test
  void aLevelCriterionWithoutScaleUsesTheFirstScale() {
    Read r = read(head("") + "verdicts:\n  a: {level: built-in, summary: S}\n  b: {level: none, summary: S}\n");
    assertEquals(List.of(), r.diagnostics());
    Measure.OnScale m = assertInstanceOf(Measure.OnScale.class, r.criterion().measure());
    assertEquals("support", m.scale().name());
    Answer.OfLevel a = assertInstanceOf(Answer.OfLevel.class, r.criterion().verdicts().get(0).answer());
    assertEquals("built-in", a.level().key());
    assertEquals(0, a.level().rank());
  }

  @Test
  void aLevelCriterionOnANamedScale() {
    Read r = read(head("scale: ease\n") + "verdicts:\n  a: {level: steep, summary: S}\n  b: {level: gentle, summary: S}\n");
    assertEquals(List.of(), r.diagnostics());
    assertEquals("ease", ((Measure.OnScale) r.criterion().measure()).scale().name());
    Answer.OfLevel a = assertInstanceOf(Answer.OfLevel.class, r.criterion().verdicts().get(0).answer());
    assertEquals(2, a.level().rank());
    assertEquals("ease", a.level().scale());
  }

  @Test
  void aNumberCriterionKeepsUnitDirectionAndTheValueAsWritten() {
    Read r = read(head("type: number\nunit: \"%\"\nbetter: lower\n")
        + "verdicts:\n  a: {value: 12.10, summary: S}\n  b: {value: \"7\", summary: S}\n");
    assertEquals(List.of(), r.diagnostics());
    assertEquals(new Measure.Numeric("%", Measure.Better.LOWER), r.criterion().measure());
    Answer.OfValue a = assertInstanceOf(Answer.OfValue.class, r.criterion().verdicts().get(0).answer());
    assertEquals("12.10", a.value().toPlainString());
    assertEquals(new BigDecimal("7"), ((Answer.OfValue) r.criterion().verdicts().get(1).answer()).value());
  }

  @Test
  void aTextCriterionNeedsNoSummary() {
    Read r = read(head("type: text\n") + "verdicts:\n  a: {text: \"BSD-3-Clause\"}\n  b: {text: \"2010\", summary: S}\n");
    assertEquals(List.of(), r.diagnostics());
    assertInstanceOf(Measure.Text.class, r.criterion().measure());
    assertEquals(new Answer.OfText("BSD-3-Clause"), r.criterion().verdicts().get(0).answer());
    assertEquals("", r.criterion().verdicts().get(0).summary());
    assertEquals(new Answer.OfText("2010"), r.criterion().verdicts().get(1).answer());
  }

  @Test
  void aLevelOffTheScaleListsItsKeysAndSuggestsTheClosest() {
    Read r = read(head("scale: ease\n") + "verdicts:\n  a: {level: gentel, summary: S}\n  b: {level: gentle, summary: S}\n");
    assertEquals(List.of(
        "criteria/c.md:7:14: error: unknown level `gentel` on scale `ease`; did you mean `gentle`?; known: gentle, moderate, steep"),
        r.diagnostics());
  }

  /** The nearest key of this scale would be another answer (`gentle` for `built-in`), so none is suggested. */
  @Test
  void aLevelOfAnotherScaleNamesThatScaleAndSuggestsNothing() {
    Read r = read(head("scale: ease\n") + "verdicts:\n  a: {level: built-in, summary: S}\n  b: {level: gentle, summary: S}\n");
    assertEquals(List.of("criteria/c.md:7:14: error: unknown level `built-in` on scale `ease`: `built-in` belongs to scale "
        + "`support`; this criterion is on scale `ease`, whose levels are gentle, moderate, steep"), r.diagnostics());
  }

  @Test
  void anUnknownScale() {
    Read r = read(head("scale: eas\n") + "verdicts:\n  a: {level: gentle, summary: S}\n");
    assertEquals(List.of("criteria/c.md:5:8: error: unknown scale `eas`; did you mean `ease`?; known: support, ease"),
        r.diagnostics().subList(0, 1));
  }

  @Test
  void anUnknownType() {
    Read r = read(head("type: numbr\n") + "verdicts:\n  a: {value: 1, summary: S}\n  b: {value: 2, summary: S}\n");
    assertEquals(List.of("criteria/c.md:5:7: error: unknown type `numbr`; did you mean `number`?; known: scale, number, text"),
        r.diagnostics());
  }

  @Test
  void aValueThatIsNotANumber() {
    Read r = read(head("type: number\nunit: \"%\"\nbetter: higher\n")
        + "verdicts:\n  a: {value: 12 %, summary: S}\n  b: {value: 3, summary: S}\n");
    assertEquals(List.of("criteria/c.md:9:14: error: `value` must be a number such as 12.16, found `12 %`: write digits "
        + "only, with a dot for decimals; the unit belongs in the criterion's `unit`"), r.diagnostics());
  }

  @Test
  void aNumberCriterionWithoutUnitOrBetter() {
    Read r = read(head("type: number\n") + "verdicts:\n  a: {value: 1, summary: S}\n  b: {value: 2, summary: S}\n");
    assertEquals(List.of(
        "criteria/c.md:5:1: error: a `type: number` criterion needs `better`: add `better: higher` or `better: lower` "
            + "(which values put a subject ahead)",
        "criteria/c.md:5:1: error: a `type: number` criterion needs a `unit`: add the unit its values are in, such as `unit: \"%\"`"),
        r.diagnostics());
  }

  @Test
  void aDirectionThatIsNeitherHigherNorLower() {
    Read r = read(head("type: number\nunit: ms\nbetter: faster\n") + "verdicts:\n  a: {value: 1, summary: S}\n  b: {value: 2, summary: S}\n");
    assertEquals(List.of("criteria/c.md:7:9: error: unknown direction `faster`; known: higher, lower"), r.diagnostics());
  }

  @Test
  void aLevelOnANumberCriterion() {
    Read r = read(head("type: number\nunit: ms\nbetter: lower\n") + "verdicts:\n  a: {level: built-in, summary: S}\n  b: {value: 2, summary: S}\n");
    assertEquals(List.of("criteria/c.md:9:7: error: `level` is for `type: scale` criteria, but this criterion is `type: number`: "
        + "write `value: ...` instead, or set `type: scale` on the criterion"), r.diagnostics());
  }

  @Test
  void aValueOnALevelCriterion() {
    Read r = read(head("scale: ease\n") + "verdicts:\n  a: {value: 3, summary: S}\n  b: {level: steep, summary: S}\n");
    assertEquals(List.of("criteria/c.md:7:7: error: `value` is for `type: number` criteria, but this criterion is `type: scale` "
        + "(on scale `ease`): write `level: ...` instead, or set `type: number` on the criterion"), r.diagnostics());
  }

  @Test
  void aUnitOnALevelCriterionOrAScaleOnANumberOne() {
    assertEquals(List.of("criteria/c.md:5:1: error: `unit` does not apply to a `type: scale` criterion: remove it, or set `type: number`"),
        read(head("unit: ms\n") + "verdicts:\n  a: {level: none, summary: S}\n  b: {level: none, summary: S}\n").diagnostics());
    assertEquals(List.of("criteria/c.md:6:1: error: `scale` does not apply to a `type: number` criterion: remove it, or leave out `type`"),
        read(head("type: number\nscale: ease\nunit: ms\nbetter: lower\n") + "verdicts:\n  a: {value: 1, summary: S}\n  b: {value: 1, summary: S}\n")
            .diagnostics());
  }
}

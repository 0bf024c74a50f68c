package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.config.Source;
import dev.versus.content.Body;
import dev.versus.diag.Position;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Facts the model computes once for every page: the numbering of sources, the FAQ's groups, a dispute's sides. */
class ModelFactsTest {
  private static Source source(String id) {
    return new Source(id, id, "", "https://example.org/" + id, Optional.empty(), Position.of("sources.yaml"));
  }

  private static Criterion criterion(String slug) {
    return new Criterion(slug, "criteria/" + slug + ".md", slug, "g", 0, "?", new Measure.Text(), List.of(),
        Body.of(slug, ""), Optional.empty());
  }

  private static Faq faq(String slug, String... criteria) {
    return new Faq(slug, "faq/" + slug + ".md", slug + "?", 0, List.of(criteria), List.of(), Body.of(slug, ""));
  }

  @Test
  void sourcesAreNumberedFromOneInTheFilesOrder() {
    SourceNumbers n = SourceNumbers.of(List.of(source("a"), source("b"), source("c"), source("d")));
    assertEquals(List.of(1, 2, 4), List.of(n.number("a"), n.number("b"), n.number("d")));
    assertEquals(0, n.number("unknown"));
  }

  @Test
  void aCitationListsEachKnownSourceOnceInBibliographyOrder() {
    SourceNumbers n = SourceNumbers.of(List.of(source("a"), source("b"), source("c"), source("d")));
    assertEquals(List.of("a", "b", "d"), n.inOrder(List.of("d", "a", "unknown", "b", "d")));
    assertEquals(List.of(), n.inOrder(List.of()));
  }

  @Test
  void questionsAreGroupedByTheirFirstCriterionInMatrixOrderWithTheGeneralOnesLast() {
    List<Criterion> criteria = List.of(criterion("speed"), criterion("price"), criterion("size"));
    List<Faq> faqs = List.of(faq("general"), faq("cheap", "price", "speed"), faq("fast", "speed"), faq("cost", "price"),
        faq("other"));
    List<FaqGroup> groups = FaqGroup.of(criteria, faqs);
    // no group for "size", which no question names first
    assertEquals(List.of("speed", "price", ""),
        groups.stream().map(g -> g.criterion().map(Criterion::slug).orElse("")).toList());
    assertEquals(List.of(List.of("fast"), List.of("cheap", "cost"), List.of("general", "other")),
        groups.stream().map(g -> g.faqs().stream().map(Faq::slug).toList()).toList());
  }

  @Test
  void withoutGeneralQuestionsThereIsNoGeneralGroup() {
    assertEquals(List.of(Optional.of(criterion("speed"))),
        FaqGroup.of(List.of(criterion("speed")), List.of(faq("fast", "speed"))).stream().map(FaqGroup::criterion).toList());
  }

  private static Claim claim(String id, Optional<Answer> grade) {
    return new Claim(id, dev.versus.content.Kind.ARTICLE, "a", "A", "c", "s", grade, List.of(), Optional.empty(), false,
        Position.of("articles/a.md"), "", "", id);
  }

  @Test
  void aDisputesSidesAreTheAnswersTheClaimsGiveWhenTheyDisagree() {
    Answer fair = new Answer.OfText("fair");
    Answer strong = new Answer.OfText("strong");
    Claim one = claim("one", Optional.of(fair));
    Claim two = claim("two", Optional.of(strong));
    CellEvidence found = new CellEvidence("c", "s", List.of(one, two), List.of(new CellEvidence.Side(fair, List.of(one)),
        new CellEvidence.Side(strong, List.of(two))), "", Optional.empty(), false);
    assertEquals(List.of(fair, strong), found.dispute().stream().map(CellEvidence.Side::grade).toList());
    assertTrue(found.disputed());
    // one side is no dispute; a note written by hand is one, with no sides found
    CellEvidence agreed = new CellEvidence("c", "s", List.of(one), List.of(new CellEvidence.Side(fair, List.of(one))), "",
        Optional.empty(), false);
    assertEquals(List.of(), agreed.dispute());
    assertFalse(agreed.disputed());
    CellEvidence written = new CellEvidence("c", "s", List.of(one), List.of(new CellEvidence.Side(fair, List.of(one))),
        "The survey disagrees.", Optional.empty(), false);
    assertEquals(List.of(), written.dispute());
    assertTrue(written.disputed());
  }
}

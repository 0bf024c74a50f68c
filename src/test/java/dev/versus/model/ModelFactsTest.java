package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.config.Source;
import dev.versus.content.Body;
import dev.versus.diag.Position;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Facts the model computes once for every page: the numbering of sources and the FAQ's groups. */
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
}

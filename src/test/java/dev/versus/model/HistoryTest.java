package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.config.Level;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What changed between editions, computed once: added, changed and removed cells, and since which edition a cell changed. */
class HistoryTest {
  private static final Measure PRICE = new Measure.Numeric("EUR", Measure.Better.LOWER);

  private static Edition edition(String name, String date, Map<String, Answer> price, Map<String, String> subjects) {
    return new Edition(name, Optional.ofNullable(date).map(LocalDate::parse), subjects,
        List.of(new Edition.Row("price", "Price", PRICE, price)));
  }

  private static Answer eur(String v) {
    return new Answer.OfValue(new BigDecimal(v));
  }

  private static List<String> kinds(History.Changes c) {
    return c.changes().stream().map(x -> x.subject() + ":" + x.kind().key()).toList();
  }

  @Test
  void editionsAreComparedInDateOrderAndTheGuideWithTheLatest() {
    Map<String, String> ab = new java.util.LinkedHashMap<>();
    ab.put("a", "A");
    ab.put("b", "B");
    // given out of order: 2025-06 comes after 2025-01 whatever the list says
    Edition june = edition("2025-06", "2025-06-01", Map.of("a", eur("2.0"), "b", eur("3")), ab);
    Edition january = edition("2025-01", "2025-01-01", Map.of("a", eur("2.00")), ab);
    Edition now = edition("", null, Map.of("b", eur("4")), ab);
    History h = History.of(List.of(june, january), now);
    assertEquals(List.of("2025-01", "2025-06"), h.editions().stream().map(History.Changes::name).toList());
    assertEquals(List.of("price"), h.editions().get(0).added().stream().map(History.CriterionName::slug).toList());
    // 2.00 and 2.0 are the same number: a is unchanged in 2025-06; b got an answer
    assertEquals(List.of("b:added"), kinds(h.editions().get(1)));
    assertEquals(List.of("a:removed", "b:changed"), kinds(h.unreleased()));
    assertEquals(List.of("2025-01", "2025-06"), h.changedSince("price", "b"));
    assertEquals(List.of("2025-01", "2025-06"), h.changedSince("price", "a"));
    assertEquals(List.of(), h.changedSince("price", "c"));
  }

  @Test
  void aCriterionTheGuideNoLongerHasIsRemovedWithItsCells() {
    Edition then = edition("2025-01", "2025-01-01", Map.of("a", new Answer.OfLevel(new Level("paid", "Paid", "$", "", 2, "s"))),
        Map.of("a", "A"));
    Edition now = new Edition("", Optional.empty(), Map.of("a", "A"), List.of());
    History.Changes c = History.of(List.of(then), now).unreleased();
    assertEquals(List.of("price"), c.removed().stream().map(History.CriterionName::slug).toList());
    assertEquals(List.of("a:removed"), kinds(c));
    assertEquals(List.of(), c.cells(), "a removed criterion's cells are not listed again as changed cells");
  }
}

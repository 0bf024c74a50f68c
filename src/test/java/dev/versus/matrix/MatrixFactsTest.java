package dev.versus.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.config.Group;
import dev.versus.config.Level;
import dev.versus.config.Scale;
import dev.versus.content.Body;
import dev.versus.model.Answer;
import dev.versus.model.Criterion;
import dev.versus.model.Measure;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Facts the matrix computes once for every page: colour tiers and palette steps, leaders, and the parts of a printed table. */
class MatrixFactsTest {
  private static final List<Subject> FOUR = List.of(subject("pg"), subject("my"), subject("lite"), subject("duck"));

  private static Subject subject(String slug) {
    return SmallGuides.subject(slug, slug);
  }

  /** A row of "share" in %: PostgreSQL 48.7 leads the whole row; SQLite's 33.1 is only the best of the second pair. */
  private static Matrix share() {
    List<String> values = List.of("48.7", "40.2", "33.1", "12.0");
    List<Verdict> verdicts = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      verdicts.add(new Verdict(FOUR.get(i).slug(), new Answer.OfValue(new BigDecimal(values.get(i))), "", List.of(), ""));
    }
    Criterion c = new Criterion("share", "criteria/share.md", "Share", "g", 0, "?", new Measure.Numeric("%", Measure.Better.HIGHER),
        List.copyOf(verdicts), Body.of("share", ""), Optional.empty());
    List<Cell> cells = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) cells.add(new Cell(FOUR.get(i), Optional.of(verdicts.get(i)), i == 0));
    Row row = new Row(c, List.copyOf(cells), true, false);
    return new Matrix(FOUR, List.of(new RowGroup(new Group("g", "G"), List.of(row))), List.of());
  }

  @Test
  void aPrintedPartMarksTheLeadersOfTheWholeRow() {
    List<Matrix> parts = share().parts(3);
    assertEquals(List.of(List.of("pg", "my"), List.of("lite", "duck")),
        parts.stream().map(m -> m.columns().stream().map(Subject::slug).toList()).toList());
    assertEquals(List.of(true, false), parts.get(0).rows().get(0).cells().stream().map(Cell::leads).toList());
    // SQLite is ahead of DuckDB, but not of the whole row: it does not lead
    assertEquals(List.of(false, false), parts.get(1).rows().get(0).cells().stream().map(Cell::leads).toList());
    assertTrue(parts.get(1).rows().get(0).differs());
    assertEquals(List.of("share"), parts.get(1).rows().stream().map(r -> r.criterion().slug()).toList());
  }

  @Test
  void aPairMarksTheLeadersOfTheWholeRow() {
    // the pair page of SQLite and DuckDB: SQLite is ahead of DuckDB, but PostgreSQL leads the row
    Matrix pair = share().pair(FOUR.subList(2, 4));
    assertEquals(List.of("lite", "duck"), pair.columns().stream().map(Subject::slug).toList());
    assertEquals(List.of(false, false), pair.rows().get(0).cells().stream().map(Cell::leads).toList());
    assertEquals(List.of(true, false), share().pair(List.of(FOUR.get(0), FOUR.get(3))).rows().get(0).cells().stream()
        .map(Cell::leads).toList());
    // who is ahead of whom is the same fact on the pair page as anywhere
    assertEquals(List.of("share"), pair.ahead(FOUR.get(2), FOUR.get(3)).criteria().stream().map(l -> l.criterion().slug()).toList());
  }

  @Test
  void aPairDiffersWhereItsTwoDiffer() {
    Matrix m = share();
    Row row = m.rows().get(0);
    // the same row where DuckDB answers as SQLite does: the whole row differs, the pair of them does not
    List<Cell> cells = new java.util.ArrayList<>(row.cells());
    cells.set(3, new Cell(FOUR.get(3), cells.get(2).verdict(), false));
    Matrix same = new Matrix(FOUR, List.of(new RowGroup(new Group("g", "G"), List.of(new Row(row.criterion(), cells, true, false)))),
        List.of());
    assertFalse(same.pair(FOUR.subList(2, 4)).rows().get(0).differs());
    assertTrue(same.pair(FOUR.subList(1, 3)).rows().get(0).differs());
  }

  @Test
  void aNarrowTableIsOnePartWithEveryColumn() {
    Matrix m = share();
    assertEquals(List.of(m), m.parts(4));
  }

  @Test
  void leadersAreLookedUpByCriterionAndSubject() {
    Leaders leaders = Leaders.of(share());
    assertTrue(leaders.leads("share", "pg"));
    assertFalse(leaders.leads("share", "lite"));
    assertFalse(leaders.leads("other", "pg"));
  }

  @Test
  void wideTablesAreSplitEvenlyInPartsOfAtMostThree() {
    assertEquals(List.of(List.of(1)), Matrix.chunks(List.of(1), 3));
    assertEquals(List.of(List.of(1, 2, 3)), Matrix.chunks(List.of(1, 2, 3), 3));
    assertEquals(List.of(List.of(1, 2), List.of(3, 4)), Matrix.chunks(List.of(1, 2, 3, 4), 3));
    assertEquals(List.of(List.of(1, 2, 3), List.of(4, 5)), Matrix.chunks(List.of(1, 2, 3, 4, 5), 3));
    assertEquals(List.of(List.of(1, 2, 3), List.of(4, 5), List.of(6, 7)), Matrix.chunks(List.of(1, 2, 3, 4, 5, 6, 7), 3));
  }

  @Test
  void aLevelsTierIsFirstLastOrBetween() {
    assertEquals(List.of(Tier.BEST, Tier.MID, Tier.MID, Tier.WORST),
        List.of(Tier.of(0, 4), Tier.of(1, 4), Tier.of(2, 4), Tier.of(3, 4)));
    assertEquals(Tier.BEST, Tier.of(0, 1));
    assertEquals(List.of(Tier.BEST, Tier.WORST), List.of(Tier.of(0, 2), Tier.of(1, 2)));
    assertEquals("worst", Tier.WORST.key());
  }

  @Test
  void aLevelsTierFollowsItsOwnScale() {
    Scale three = new Scale("three", List.of(new Level("a", "A", "", "", 0, "three"), new Level("b", "B", "", "", 1, "three"),
        new Level("c", "C", "", "", 2, "three")));
    dev.versus.config.SiteConfig config = SmallGuides.config(List.of(), List.of(three));
    assertEquals(Tier.MID, Tier.of(three.levels().get(1), config));
    assertEquals(Tier.WORST, Tier.of(three.levels().get(2), config));
    // a scale the configuration does not list counts as one level: its level is the best
    assertEquals(Tier.BEST, Tier.of(new Level("x", "X", "", "", 0, "gone"), config));
  }
  @Test
  void aLevelsPaletteStepSpreadsItsScaleOverThePalette() {
    assertEquals(List.of(0, 12), List.of(PaletteStep.of(0, 2), PaletteStep.of(1, 2)));
    assertEquals(List.of(0, 6, 12), List.of(PaletteStep.of(0, 3), PaletteStep.of(1, 3), PaletteStep.of(2, 3)));
    // four levels get four colours (the old tiers gave "Good" and "Fair" the same one)
    assertEquals(List.of(0, 4, 8, 12), List.of(PaletteStep.of(0, 4), PaletteStep.of(1, 4), PaletteStep.of(2, 4), PaletteStep.of(3, 4)));
    // six levels: 12/5 = 2.4 steps apart, rounded to the nearest step
    assertEquals(List.of(0, 2, 5, 7, 10, 12), java.util.stream.IntStream.range(0, 6).mapToObj(r -> PaletteStep.of(r, 6)).toList());
    // thirteen levels: one step each
    for (int rank = 0; rank < PaletteStep.STEPS; rank++) assertEquals(rank, PaletteStep.of(rank, PaletteStep.STEPS));
    assertEquals(0, PaletteStep.of(0, 1));
  }

  @Test
  void aLevelsPaletteStepFollowsItsOwnScale() {
    Scale five = new Scale("five", java.util.stream.IntStream.range(0, 5)
        .mapToObj(i -> new Level("l" + i, "L" + i, "", "", i, "five")).toList());
    dev.versus.config.SiteConfig config = SmallGuides.config(List.of(), List.of(five));
    assertEquals(List.of(0, 3, 6, 9, 12), five.levels().stream().map(l -> PaletteStep.of(l, config)).toList());
    assertEquals(0, PaletteStep.of(new Level("x", "X", "", "", 0, "gone"), config));
  }
}

package dev.versus.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.config.Group;
import dev.versus.config.Level;
import dev.versus.config.Scale;
import dev.versus.config.SiteConfig;
import dev.versus.content.Body;
import dev.versus.content.Kind;
import dev.versus.diag.Position;
import dev.versus.model.Answer;
import dev.versus.model.CellEvidence;
import dev.versus.model.Claim;
import dev.versus.model.Criterion;
import dev.versus.model.Evidence;
import dev.versus.model.Measure;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The facts issue 28 adds to the matrix: an unknown answer never leads, is never ahead and scores nothing
 * (item 1); the data-quality figures (item 4); the bars of number cells on their row's scale (item 6).
 */
class UnknownQualityBarsTest {
  private static final Scale SUPPORT = new Scale("support", List.of(level("yes", 0), level("partly", 1), level("no", 2)));
  private static final Measure SIZE = new Measure.Numeric("MB", Measure.Better.LOWER);

  private static Level level(String key, int rank) {
    return new Level(key, key, "", "", rank, "support");
  }

  private static Verdict lv(String subject, String key) {
    return new Verdict(subject, new Answer.OfLevel(SUPPORT.level(key).orElseThrow()), "s", List.of(), "");
  }

  private static Verdict unknown(String subject) {
    return new Verdict(subject, new Answer.Unknown("not measured"), "s", List.of(), "");
  }

  private static Verdict num(String subject, String value) {
    return new Verdict(subject, new Answer.OfValue(new BigDecimal(value)), "s", List.of(), "");
  }

  private static Criterion criterion(String slug, Measure m, Verdict... verdicts) {
    return new Criterion(slug, "criteria/" + slug + ".md", slug, "g", 0, "?", m, List.of(verdicts), Body.of(slug, ""), Optional.empty());
  }

  private static Subject subject(String slug) {
    return SmallGuides.subject(slug, slug.toUpperCase());
  }

  private static Site site(Evidence evidence, Criterion... criteria) {
    SiteConfig config = SmallGuides.config(List.of(new Group("g", "G")), List.of(SUPPORT));
    return SmallGuides.site(config, List.of(subject("a"), subject("b"), subject("c")), List.of(criteria), evidence);
  }

  private static Site site(Criterion... criteria) {
    return site(SmallGuides.noEvidence(), criteria);
  }

  @Test
  void anUnknownAnswerNeverLeadsEvenWhenItComesFirst() {
    // c unknown is listed with the best: it used to tie with anything in the comparison and could be taken as best
    Matrix m = Matrix.of(site(criterion("x", new Measure.OnScale(SUPPORT), unknown("a"), lv("b", "partly"), lv("c", "no"))));
    Row row = m.rows().get(0);
    assertEquals(List.of(false, true, false), row.cells().stream().map(Cell::leads).toList());
    assertTrue(row.differs());
    assertEquals(Standing.UNRANKED, row.standings().get(0));
    assertEquals(Standing.LEADS, row.standings().get(1));
    assertTrue(m.ahead(m.columns().get(0), m.columns().get(2)).criteria().isEmpty());
    assertTrue(m.ahead(m.columns().get(2), m.columns().get(0)).criteria().isEmpty());
  }

  @Test
  void aRowWhoseKnownAnswersTieIsNotLevelWhenOneIsUnknown() {
    Row row = Matrix.of(site(criterion("x", new Measure.OnScale(SUPPORT), lv("a", "yes"), lv("b", "yes"), unknown("c")))).rows().get(0);
    assertFalse(row.level());
    assertFalse(row.contested());
    assertEquals(List.of(0, 0, 1), row.answerClasses());
  }

  @Test
  void anUnknownAnswerScoresNothingAndIsListedAsUnscored() {
    Site site = site(criterion("x", new Measure.OnScale(SUPPORT), lv("a", "yes"), lv("b", "no"), unknown("c")));
    Points p = Points.of(site, Matrix.of(site));
    assertEquals(List.of(Optional.of(1.0), Optional.of(0.0), Optional.empty()), p.lines().get(0).points());
    assertEquals(List.of("x"), p.unanswered(site.subjects().get(2)).stream().map(Criterion::slug).toList());
  }

  @Test
  void qualityCountsAnsweredUnknownUnansweredBackedAndStaleCells() {
    Criterion x = criterion("x", new Measure.OnScale(SUPPORT), lv("a", "yes"), unknown("b"));
    Criterion y = criterion("y", SIZE, num("a", "1"), num("b", "2"), num("c", "3"));
    Claim dated = claim("x", "a", Optional.of(LocalDate.of(2026, 1, 1)), false);
    Claim undated = claim("y", "a", Optional.empty(), false);
    Claim stale = claim("y", "b", Optional.of(LocalDate.of(2020, 1, 1)), true);
    Evidence evidence = new Evidence(List.of(dated, undated, stale), Map.of(
        "x", Map.of("a", cell(dated)), "y", Map.of("a", cell(undated), "b", cell(stale))), List.of());
    Site site = site(evidence, x, y);
    Quality q = Quality.of(Matrix.of(site), site.evidence());
    // 6 cells: x/a, y/a, y/b, y/c answered; x/b unknown; x/c no verdict. Backed: x/a and y/b (y/a's claim has no date)
    assertEquals(new Quality(6, 4, 1, 1, 2, 1), q);
    assertEquals(List.of(4 / 6.0, 1 / 6.0, 1 / 6.0), q.shares());
    assertEquals(List.of(0.0, 0.0, 0.0), new Quality(0, 0, 0, 0, 0, 0).shares());
  }

  /**
   * "Due for a check" counts the cells each page marks stale (their last check, the newest claim's date or else the
   * criterion's {@code reviewed}, older than {@code stale_after}), not the cells with some stale claim: a criterion
   * reviewed too long ago marked every cell "last checked ... (stale)" while the figure said 0 (round-9 tester).
   */
  @Test
  void staleCountsTheCellsMarkedStale() {
    Criterion x = criterion("x", new Measure.OnScale(SUPPORT), lv("a", "yes"), lv("b", "no"));
    Claim old = claim("x", "b", Optional.of(LocalDate.of(2020, 1, 1)), true);
    Claim fresh = claim("x", "b", Optional.of(LocalDate.of(2026, 1, 1)), false);
    Optional<LocalDate> reviewed = Optional.of(LocalDate.of(2020, 1, 1));
    // a: no claim, its criterion reviewed too long ago: stale
    Site reviewedLongAgo = site(new Evidence(List.of(), Map.of("x", Map.of(
        "a", new CellEvidence("x", "a", List.of(), List.of(), "", reviewed, true))), List.of()), x);
    assertEquals(new Quality(3, 2, 0, 1, 0, 1), Quality.of(Matrix.of(reviewedLongAgo), reviewedLongAgo.evidence()));
    // b: an old claim and a fresh one: checked lately, not stale
    Site checkedLately = site(new Evidence(List.of(old, fresh), Map.of("x", Map.of(
        "b", new CellEvidence("x", "b", List.of(old, fresh), List.of(), "", fresh.checked(), false))), List.of()), x);
    assertEquals(new Quality(3, 2, 0, 1, 1, 0), Quality.of(Matrix.of(checkedLately), checkedLately.evidence()));
  }

  private static Claim claim(String criterion, String subject, Optional<LocalDate> checked, boolean stale) {
    return new Claim("claim-" + criterion + "-" + subject, Kind.CRITERION, criterion, criterion, criterion, subject,
        Optional.empty(), List.of(), checked, stale, Position.of("criteria/" + criterion + ".md"), "", "", "");
  }

  private static CellEvidence cell(Claim c) {
    return new CellEvidence(c.criterion(), c.subject(), List.of(c), List.of(), "", c.checked(), c.stale());
  }

  @Test
  void barsShareTheRowsScaleFromZeroAndSkipEveryOtherCell() {
    Matrix m = Matrix.of(site(criterion("size", SIZE, num("a", "10"), num("b", "40"), unknown("c")),
        criterion("x", new Measure.OnScale(SUPPORT), lv("a", "yes"), lv("b", "no"), lv("c", "no"))));
    Bars bars = Bars.of(m);
    assertEquals(Optional.of(0.25), bars.of("size", "a"));
    assertEquals(Optional.of(1.0), bars.of("size", "b"));
    assertEquals(Optional.empty(), bars.of("size", "c"));
    assertEquals(Optional.empty(), bars.of("x", "a"));
  }

  @Test
  void aRowOfNegativeValuesDrawsFromItsLowestAndEqualZerosDrawNothing() {
    Bars bars = Bars.of(Matrix.of(site(criterion("t", SIZE, num("a", "-30"), num("b", "-10"), num("c", "10")),
        criterion("z", SIZE, num("a", "0"), num("b", "0")))));
    // the scale runs from -30 to 10: -30 draws nothing, -10 half, 10 the whole
    assertEquals(List.of(Optional.of(0.0), Optional.of(0.5), Optional.of(1.0)),
        List.of(bars.of("t", "a"), bars.of("t", "b"), bars.of("t", "c")));
    assertEquals(Optional.of(0.0), bars.of("z", "a"));
  }

  @Test
  void aScoresBarIsItsShareOfAHundred() {
    assertEquals(0.5, new SubjectScore(subject("a"), java.util.OptionalDouble.of(50), 1, List.of(), List.of()).fraction().orElseThrow());
    assertEquals(1.0, new SubjectScore(subject("a"), java.util.OptionalDouble.of(100.0000001), 1, List.of(), List.of()).fraction().orElseThrow());
  }
}

package dev.versus.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.config.Group;
import dev.versus.config.Level;
import dev.versus.config.Profile;
import dev.versus.config.Scale;
import dev.versus.config.SiteConfig;
import dev.versus.content.Body;
import dev.versus.diag.Position;
import dev.versus.model.Answer;
import dev.versus.model.Criterion;
import dev.versus.model.Measure;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What cells are worth and how profiles rank subjects: levels by position, numbers normalized, text left out. */
class PointsTest {
  private static final Scale SUPPORT = new Scale("support", List.of(level("yes", 0), level("partly", 1), level("no", 2)));
  private static final double EPS = 1e-9;

  private static Level level(String key, int rank) {
    return new Level(key, key, "", "", rank, "support");
  }

  private static Verdict lv(String subject, String key) {
    return new Verdict(subject, new Answer.OfLevel(SUPPORT.level(key).orElseThrow()), "s", List.of(), "");
  }

  private static Verdict num(String subject, String value, String disputed) {
    return new Verdict(subject, new Answer.OfValue(new BigDecimal(value)), "s", List.of(), disputed);
  }

  private static Criterion criterion(String slug, String group, Measure m, Verdict... verdicts) {
    return new Criterion(slug, "criteria/" + slug + ".md", slug, group, 0, "?", m, List.of(verdicts), Body.of(slug, ""), Optional.empty());
  }

  private static Subject subject(String slug) {
    return SmallGuides.subject(slug, slug.toUpperCase());
  }

  /** a, b and c on: support (a yes, b partly, c no), cost in EUR lower is better (a 10, b 30 disputed, c 20), a text row, c without a verdict on speed. */
  private static Site site(Criterion... more) {
    List<Criterion> criteria = new ArrayList<>(List.of(
        criterion("support", "g1", new Measure.OnScale(SUPPORT), lv("a", "yes"), lv("b", "partly"), lv("c", "no")),
        criterion("cost", "g2", new Measure.Numeric("EUR", Measure.Better.LOWER), num("a", "10", ""), num("b", "30", "Prices vary."), num("c", "20", "")),
        criterion("note", "g2", new Measure.Text(), new Verdict("a", new Answer.OfText("x"), "", List.of(), ""),
            new Verdict("b", new Answer.OfText("y"), "", List.of(), "")),
        criterion("speed", "g2", new Measure.OnScale(SUPPORT), lv("a", "no"), lv("b", "yes"))));
    criteria.addAll(List.of(more));
    SiteConfig config = SmallGuides.config(List.of(new Group("g1", "One"), new Group("g2", "Two")), List.of(SUPPORT));
    return SmallGuides.site(config, List.of(subject("a"), subject("b"), subject("c")), criteria, SmallGuides.noEvidence());
  }

  private static Profile profile(Map<String, Double> groups, Map<String, Double> criteria) {
    return new Profile("p", "P", "d", groups, criteria, Map.of(), Position.of("site.yaml"));
  }

  @Test
  void levelsScoreByTheirPlaceOnTheScaleNumbersBetweenWorstAndBestTextIsLeftOutMissingHasNone() {
    Points p = Points.of(site(), Matrix.of(site()));
    assertEquals(List.of("support", "cost", "speed"), p.lines().stream().map(l -> l.criterion().slug()).toList());
    assertEquals(List.of(Optional.of(1.0), Optional.of(0.5), Optional.of(0.0)), p.lines().get(0).points());
    // lower is better: 10 is best (1), 30 worst (0), 20 halfway
    assertEquals(List.of(Optional.of(1.0), Optional.of(0.0), Optional.of(0.5)), p.lines().get(1).points());
    assertEquals(List.of(false, true, false), p.lines().get(1).disputed());
    assertEquals(List.of(Optional.of(0.0), Optional.of(1.0), Optional.empty()), p.lines().get(2).points(),
        "c has no verdict on speed: no points, not 0");
    assertEquals(List.of("speed"), p.unanswered(subject("c")).stream().map(Criterion::slug).toList());
    assertEquals(List.of(), p.unanswered(subject("a")));
  }

  @Test
  void noAnswerTakesNoPartInTheScore() {
    // support and speed count 1 each; c answered support "no" (0) and nothing on speed: scored on support alone
    List<SubjectScore> r = Points.of(site(), Matrix.of(site())).rank(c -> c.slug().equals("cost") ? 0 : 1);
    SubjectScore c = r.stream().filter(s -> s.subject().slug().equals("c")).findFirst().orElseThrow();
    assertEquals(0.0, c.score().orElseThrow(), EPS);
    assertEquals(List.of("support"), c.contributions().stream().map(x -> x.criterion().slug()).toList());
    assertEquals(100.0, c.contributions().get(0).lost(), EPS, "support is c's whole score");
    assertEquals(List.of("speed"), c.unscored().stream().map(Criterion::slug).toList());
    // speed alone: a (no) 0, b (yes) 100, c with nothing to score it on has no score (not 0) and comes last
    List<SubjectScore> speed = Points.of(site(), Matrix.of(site())).rank(x -> x.slug().equals("speed") ? 1 : 0);
    assertEquals(List.of("1 b 100", "2 a 0", "3 c none"), speed.stream().map(s -> s.rank() + " " + s.subject().slug() + " "
        + (s.score().isPresent() ? String.valueOf(Math.round(s.score().getAsDouble())) : "none")).toList());
    assertEquals(List.of(), speed.get(1).unscored());
    assertTrue(speed.get(2).fraction().isEmpty(), "no score, no bar");
    // only support and cost: c answered both, nothing is unscored; b's missing text row never counts
    SubjectScore c2 = Points.of(site(), Matrix.of(site())).rank(x -> x.slug().equals("speed") ? 0 : 1).stream()
        .filter(s -> s.subject().slug().equals("c")).findFirst().orElseThrow();
    assertEquals(List.of(), c2.unscored());
    assertEquals(25.0, c2.score().orElseThrow(), EPS);
  }

  @Test
  void numbersHigherIsBetterAndAllEqualValuesAreAllBest() {
    Criterion up = criterion("share", "g1", new Measure.Numeric("%", Measure.Better.HIGHER), num("a", "12.5", ""), num("b", "50", ""), num("c", "87.5", ""));
    assertEquals(0.0, Points.points(up, up.verdicts().get(0)), EPS);
    assertEquals(0.5, Points.points(up, up.verdicts().get(1)), EPS);
    Criterion same = criterion("same", "g1", new Measure.Numeric("%", Measure.Better.LOWER), num("a", "3", ""), num("b", "3.0", ""));
    assertEquals(1.0, Points.points(same, same.verdicts().get(1)), EPS);
  }

  @Test
  void aScoreIsTheWeightedMeanTimesOneHundredAndGainsPlusLossesMakeOneHundred() {
    Points p = Points.of(site(), Matrix.of(site()));
    // weights: support 1 (default), cost 2 (group g2), speed 0: total 3
    ProfileScore s = p.score(profile(Map.of("g2", 2.0), Map.of("speed", 0.0)));
    List<SubjectScore> r = s.ranking();
    assertEquals(List.of("a", "c", "b"), r.stream().map(x -> x.subject().slug()).toList());
    assertEquals(100.0, r.get(0).score().orElseThrow(), EPS);
    assertEquals(100.0 * 2 * 0.5 / 3, r.get(1).score().orElseThrow(), EPS);
    assertEquals(100.0 * 0.5 / 3, r.get(2).score().orElseThrow(), EPS);
    for (SubjectScore x : r) {
      double all = x.contributions().stream().mapToDouble(c -> c.gained() + c.lost()).sum();
      assertEquals(100.0, all, EPS, x.subject().slug());
      assertEquals(2, x.contributions().size(), "speed weighs 0 and does not count");
    }
    SubjectScore b = r.get(2);
    assertEquals(1, b.disputed(), "b's cost cell is disputed and counts");
    assertEquals("cost", b.losses(1).get(0).criterion().slug());
    assertTrue(b.losses(1).get(0).disputed());
    assertEquals("support", b.gains(3).get(0).criterion().slug());
    assertEquals(1, b.gains(3).size(), "a criterion that gained nothing is not listed");
  }

  @Test
  void aCriterionIsGainedOrLostNeverBoth() {
    // b: support "partly" (0.5) earns half its share and gives up half; cost 30 is the worst; c: cost 20 halfway, support "no"
    List<SubjectScore> r = Points.of(site(), Matrix.of(site())).rank(c -> 1);
    for (SubjectScore s : r) {
      List<String> gains = s.gains(3).stream().map(c -> c.criterion().slug()).toList();
      List<String> losses = s.losses(3).stream().map(c -> c.criterion().slug()).toList();
      assertTrue(gains.stream().noneMatch(losses::contains), s.subject().slug() + ": gains " + gains + ", losses " + losses);
    }
    SubjectScore b = r.stream().filter(s -> s.subject().slug().equals("b")).findFirst().orElseThrow();
    assertEquals(List.of("speed", "support"), b.gains(3).stream().map(c -> c.criterion().slug()).toList());
    assertEquals(List.of("cost"), b.losses(3).stream().map(c -> c.criterion().slug()).toList());
  }

  @Test
  void tiesShareARankAndKeepSiteOrder() {
    Points p = Points.of(site(), Matrix.of(site()));
    // support and cost count: a 100, b (0.5 + 0) / 2 and c (0 + 0.5) / 2 both 25
    List<SubjectScore> r = p.rank(c -> c.slug().equals("speed") ? 0 : 1);
    assertEquals(List.of("a", "b", "c"), r.stream().map(x -> x.subject().slug()).toList());
    assertEquals(List.of(1, 2, 2), r.stream().map(SubjectScore::rank).toList());
    // only speed counts: c, which has no answer on it, has no score and is not tied with a's 0
    assertEquals(List.of(1, 2, 3), p.rank(c -> c.slug().equals("speed") ? 1 : 0).stream().map(SubjectScore::rank).toList());
  }

  @Test
  void nothingWeighedScoresNobody() {
    List<SubjectScore> r = Points.of(site(), Matrix.of(site())).rank(c -> 0);
    assertTrue(r.stream().allMatch(x -> x.score().isEmpty() && x.rank() == 1), r.toString());
  }

  /**
   * Any finite values (1.7e308 and -1.7e308 on one criterion, subnormals, negative zero) and any finite
   * weights (up to Double.MAX_VALUE on every criterion): every point is from 0 to 1, every score, gain and
   * loss from 0 to 100, never NaN or Infinity (a span of 3.4e308 and a sum of weights used to overflow).
   */
  @Test
  void anyFiniteValuesAndWeightsGiveFiniteScores() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20260524L);
    for (int run = 0; run < 500; run++) {
      Verdict[] values = new Verdict[3];
      for (int i = 0; i < 3; i++) values[i] = num(String.valueOf((char) ('a' + i)), String.valueOf(dev.versus.EdgeDoubles.next(random)), "");
      Measure.Better better = random.nextBoolean() ? Measure.Better.HIGHER : Measure.Better.LOWER;
      Site edge = site(criterion("edge", "g1", new Measure.Numeric("", better), values));
      Points p = Points.of(edge, Matrix.of(edge));
      for (Points.Line l : p.lines()) {
        for (Optional<Double> x : l.points()) {
          assertTrue(x.isEmpty() || x.get() >= 0 && x.get() <= 1, l.criterion().slug() + " " + x + " on run " + run);
        }
      }
      double[] weights = {Math.abs(dev.versus.EdgeDoubles.next(random)), Math.abs(dev.versus.EdgeDoubles.next(random)),
          Math.abs(dev.versus.EdgeDoubles.next(random)), Math.abs(dev.versus.EdgeDoubles.next(random))};
      for (SubjectScore s : p.rank(c -> weights[List.of("support", "cost", "speed", "edge").indexOf(c.slug())])) {
        String what = "run " + run + ", " + s.subject().slug() + ": ";
        // no score at all when every criterion it answered weighs 0
        assertTrue(s.score().stream().allMatch(x -> x >= 0 && x <= 100 + EPS), what + s.score());
        for (Contribution c : s.contributions()) {
          assertTrue(Double.isFinite(c.gained()) && Double.isFinite(c.lost()) && c.gained() >= 0 && c.lost() >= 0, what + c);
        }
      }
    }
  }
}

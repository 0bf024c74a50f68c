package dev.versus.matrix;

import dev.versus.config.Profile;
import dev.versus.model.Answer;
import dev.versus.model.Criterion;
import dev.versus.model.Measure;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * What each cell of the matrix is worth when a reader weighs the criteria, from 0 to 1: a level's
 * position on its scale (the best level 1, the worst 0, evenly between), a number's place between the
 * worst and the best value given on its criterion in its {@code better} direction (all equal: 1). A cell
 * without a verdict has no points: no answer is not a bad answer (issue 23), so it takes no part in its
 * subject's score; nor has a cell whose answer is {@code unknown} (issue 28). Text criteria are not ranked and are left out. Disputed cells count as written and are
 * flagged. Computed once per site; the profile pages and the /choose/ form both weigh these same numbers.
 */
public record Points(List<Subject> subjects, List<Line> lines) {

  public Points {
    subjects = List.copyOf(subjects);
    lines = List.copyOf(lines);
  }

  /**
   * One ranked criterion: per subject (in {@code subjects}' order) its points, empty where the subject has no
   * verdict or an unknown one, and whether its cell is disputed.
   */
  public record Line(Criterion criterion, List<Optional<Double>> points, List<Boolean> disputed) {
    public Line {
      points = List.copyOf(points);
      disputed = List.copyOf(disputed);
    }
  }

  /** The points of every ranked criterion of {@code site}, in the order of {@code matrix} (the site's full matrix), for every subject. */
  public static Points of(Site site, Matrix matrix) {
    List<Criterion> ordered = matrix.rows().stream().map(Row::criterion).toList();
    List<Line> lines = new ArrayList<>();
    for (Criterion c : ordered) {
      if (!Ranks.ranked(c.measure())) continue;
      List<Optional<Double>> points = new ArrayList<>();
      List<Boolean> disputed = new ArrayList<>();
      for (Subject s : site.subjects()) {
        Optional<Verdict> v = c.verdict(s.slug());
        // an unknown answer scores nothing either way: left out, like a missing one (issue 28)
        points.add(v.filter(x -> x.answer().known()).map(x -> points(c, x)));
        disputed.add(v.map(Verdict::isDisputed).orElse(false));
      }
      lines.add(new Line(c, points, disputed));
    }
    return new Points(site.subjects(), lines);
  }

  /** One verdict's points on criterion {@code c}, from 0 (worst) to 1 (best). */
  static double points(Criterion c, Verdict v) {
    if (v.answer() instanceof Answer.OfLevel l && c.measure() instanceof Measure.OnScale s) {
      int n = s.scale().levels().size();
      return n <= 1 ? 1 : (double) (n - 1 - l.level().rank()) / (n - 1);
    }
    if (v.answer() instanceof Answer.OfValue x && c.measure() instanceof Measure.Numeric m) {
      List<BigDecimal> given = c.verdicts().stream().map(Verdict::answer)
          .filter(a -> a instanceof Answer.OfValue).map(a -> ((Answer.OfValue) a).value()).toList();
      BigDecimal min = given.stream().min(Comparator.naturalOrder()).orElseThrow();
      BigDecimal max = given.stream().max(Comparator.naturalOrder()).orElseThrow();
      if (min.compareTo(max) == 0) return 1;
      // the ratio in decimal: the span of two doubles' worth of values (1.7e308 - -1.7e308) overflows a double
      double above = x.value().subtract(min).divide(max.subtract(min), MathContext.DECIMAL64).doubleValue();
      return m.better() == Measure.Better.HIGHER ? above : 1 - above;
    }
    return 0;
  }

  /**
   * The ranked criteria {@code subject} (one of {@code subjects}) has no verdict on or an unknown one, in matrix order:
   * what it cannot be scored on.
   */
  public List<Criterion> unanswered(Subject subject) {
    int i = subjects.indexOf(subject);
    return lines.stream().filter(l -> l.points().get(i).isEmpty()).map(Line::criterion).toList();
  }

  /** The ranking {@code profile}'s weights give. */
  public ProfileScore score(Profile profile) {
    return new ProfileScore(profile, rank(c -> profile.weight(c.slug(), c.group())));
  }

  /**
   * The subjects ranked by their score under {@code weight} (a criterion's weight, 0 up): a subject's score is
   * 100 times the weighted mean of its points over the weighed criteria it has a verdict on, so those
   * criteria's shares of 100 are what it gains and what it loses, and a weighed criterion it has no verdict
   * on is {@linkplain SubjectScore#unscored unscored}. A subject with a known answer on none of the weighed criteria
   * has no score (nothing weighed, or nothing answered: no answer is not a bad answer, issue 23) and comes after
   * every scored one. Ties share a rank and keep site.yaml's order; the subjects without a score share one too.
   */
  public List<SubjectScore> rank(ToDoubleFunction<Criterion> weight) {
    List<Double> weights = lines.stream().map(l -> checked(l.criterion(), weight.applyAsDouble(l.criterion()))).toList();
    List<SubjectScore> scores = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      int subject = i;
      // each subject's own total: only the weighed criteria it answered count, summed relative to the largest of
      // them (at least 1 then), so no sum of finite weights overflows to Infinity and no tiny one divides to it
      List<Integer> answered = java.util.stream.IntStream.range(0, lines.size())
          .filter(k -> weights.get(k) > 0 && lines.get(k).points().get(subject).isPresent()).boxed().toList();
      double largest = answered.stream().mapToDouble(weights::get).max().orElse(1);
      double total = answered.stream().mapToDouble(k -> weights.get(k) / largest).sum();
      // nothing weighed or nothing answered: no share to hand out (and no score below)
      double share = total > 0 ? 100 / total : 0;
      List<Contribution> parts = new ArrayList<>();
      List<Criterion> unscored = new ArrayList<>();
      for (int k = 0; k < lines.size(); k++) {
        Line l = lines.get(k);
        double w = weights.get(k);
        if (w <= 0) continue;
        Optional<Double> p = l.points().get(subject);
        if (p.isEmpty()) {
          unscored.add(l.criterion());
          continue;
        }
        double counted = share * (w / largest);
        parts.add(new Contribution(l.criterion(), w, p.get(), counted * p.get(), counted * (1 - p.get()), l.disputed().get(subject)));
      }
      OptionalDouble score = parts.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(parts.stream().mapToDouble(Contribution::gained).sum());
      scores.add(new SubjectScore(subjects.get(i), score, 0, parts, unscored));
    }
    List<SubjectScore> sorted = new ArrayList<>(scores);
    // stable: a tie keeps site.yaml's order; without a score last (the key of an empty score is above every real one)
    sorted.sort(Comparator.comparingDouble((SubjectScore s) -> key(s.score())));
    List<SubjectScore> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      SubjectScore s = sorted.get(i);
      boolean tie = i > 0 && tied(sorted.get(i - 1).score(), s.score());
      int rank = tie ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new SubjectScore(s.subject(), s.score(), rank, s.contributions(), s.unscored()));
    }
    return List.copyOf(ranked);
  }

  /** The sort key of {@code score}: best first to a millionth, no score after every score (a score is 0 to 100). */
  private static double key(OptionalDouble score) {
    return score.isPresent() ? -Math.round(score.getAsDouble() * 1e6) / 1e6 : 1;
  }

  /** Whether two neighbours of the ranking share a rank: equal to a millionth, or both without a score. */
  private static boolean tied(OptionalDouble a, OptionalDouble b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || Math.abs(a.getAsDouble() - b.getAsDouble()) < 1e-6);
  }

  /** {@code w}, the weight of {@code c}, when it is a finite number; a negative weight counts 0. */
  private static double checked(Criterion c, double w) {
    if (!Double.isFinite(w)) throw new IllegalArgumentException("the weight of criterion `" + c.slug() + "` is " + w + ", not a finite number");
    return Math.max(0, w);
  }
}

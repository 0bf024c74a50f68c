package dev.versus.render;

import dev.versus.config.Profile;
import dev.versus.config.Scale;
import dev.versus.content.Kind;
import dev.versus.matrix.Ahead;
import dev.versus.matrix.Cell;
import dev.versus.matrix.Contribution;
import dev.versus.matrix.Matrix;
import dev.versus.matrix.Points;
import dev.versus.matrix.ProfileScore;
import dev.versus.matrix.Quality;
import dev.versus.matrix.Row;
import dev.versus.matrix.SubjectScore;
import dev.versus.render.page.Refs.ProfileRef;
import dev.versus.render.page.Tables.AheadRow;
import dev.versus.render.page.Tables.LegendScale;
import dev.versus.render.page.Tables.Ranked;
import dev.versus.render.page.Tables.Score;
import dev.versus.render.page.Tables.Share;
import dev.versus.render.page.Tables.Table;
import dev.versus.render.page.Tables.TableGroup;
import dev.versus.render.page.Tables.TableRow;
import dev.versus.render.page.Tables.Tally;
import dev.versus.render.page.Tables.Unscored;
import dev.versus.web.PageKind;
import java.util.List;
import java.util.Locale;

/**
 * The comparison table and what is read from it, as page records: the table with the cells' facts as the
 * matrix has them (who leads), its legend, the counts of leads, who is ahead of whom, a profile's ranking.
 */
final class TableViews {
  private final Views views;
  private final Urls urls;

  TableViews(Views views) {
    this.views = views;
    this.urls = views.urls();
  }

  /** {@code matrix} as a table, each cell leading where the matrix says so. */
  Table table(Matrix matrix) {
    List<TableGroup> groups = matrix.groups().stream().map(g -> new TableGroup(g.group().key(), g.group().title(),
        g.rows().stream().map(this::row).toList())).toList();
    return new Table(matrix.columns().stream().map(views::subjectRef).toList(), groups, matrix.rows().size(),
        matrix.differingRows());
  }

  private TableRow row(Row r) {
    List<dev.versus.render.page.Cells.Cell> cells = r.cells().stream().map((Cell c) -> c.verdict()
        .map(v -> views.verdict(v, c.subject(), r.criterion(), c.leads()))
        // a cell that lost its verdict changed too
        .orElseGet(() -> views.noVerdict(c.subject()).changedSince(views.changedSince(r.criterion(), c.subject()))))
        .toList();
    return new TableRow(views.criterionRef(r.criterion()), cells, r.differs(), r.contested(),
        String.join(" ", r.answerClasses().stream().map(String::valueOf).toList()), "", "", views.notes(r.criterion(), cells, false),
        String.join(" ", r.standings().stream().map(s -> String.valueOf(s.ordinal())).toList()));
  }

  /**
   * The legend of {@code matrix}: every scale its rows use, in site.yaml's order, each with its
   * levels; a scale's name is shown unless it is the single scale of an old {@code legend:}.
   */
  List<LegendScale> legend(Matrix matrix) {
    List<Scale> used = matrix.scales();
    boolean named = used.size() > 1 || used.stream().anyMatch(s -> !s.name().equals(Scale.DEFAULT));
    return used.stream().map(s -> new LegendScale(s.name(), named, s.levels().stream().map(views::level).toList())).toList();
  }

  /** Per subject of {@code matrix}: its leads and level criteria, linking its subject page's {@code #ahead}. */
  List<Tally> tallies(Matrix matrix) {
    return matrix.tallies().stream().map(t -> new Tally(views.subjectRef(t.subject()), t.leads(), t.level(),
        urls.href(Kind.SUBJECT, t.subject().slug()) + "#ahead")).toList();
  }

  /** Where one subject is ahead of another: each criterion with both cells, in matrix order. */
  dev.versus.render.page.Tables.Ahead ahead(Ahead a) {
    List<AheadRow> rows = a.criteria().stream().map(l -> new AheadRow(views.criterionRef(l.criterion()),
        views.verdict(l.mine(), a.subject(), l.criterion(), false),
        views.verdict(l.theirs(), a.other(), l.criterion(), false))).toList();
    return new dev.versus.render.page.Tables.Ahead(views.subjectRef(a.subject()), views.subjectRef(a.other()), rows);
  }

  /** A profile as the /choose/ pages list it: its title, description and page. */
  ProfileRef profileRef(Profile p) {
    return new ProfileRef(p.key(), p.title(), p.description(), urls.href(PageKind.CHOOSE_PROFILE, p.key()),
        urls.href(PageKind.CHOOSE) + Choose.query(p));
  }

  /**
   * A profile's ranking: each subject with its rank, its score rounded to a whole number out of 100 (or that it has
   * none), how many of its cells that count are disputed, the three criteria that gained and lost it the most points
   * (each with its share of 100, one decimal, linking its row of the comparison table), and the weighed
   * criteria it could not be scored on.
   */
  Score score(ProfileScore score) {
    List<Ranked> ranking = score.ranking().stream().map((SubjectScore s) -> new Ranked(views.subjectRef(s.subject()),
        s.rank(), s.score().isPresent(), Math.round(s.score().orElse(0)), s.disputed(),
        s.gains(3).stream().map(c -> share(c, c.gained())).toList(),
        s.losses(3).stream().map(c -> share(c, c.lost())).toList(),
        s.unscored().stream().map(views::criterionRef).toList(),
        s.fraction().isPresent() ? Numbers.svg(s.fraction().getAsDouble() * 100) : "")).toList();
    return new Score(profileRef(score.profile()), ranking);
  }

  /** Per subject that has no answer on some ranked criterion, those criteria: what the /choose/ page says it cannot score. */
  List<Unscored> unscored(Points points) {
    return points.subjects().stream().map(s -> new Unscored(views.subjectRef(s),
        points.unanswered(s).stream().map(views::criterionRef).toList())).filter(u -> !u.criteria().isEmpty()).toList();
  }

  /**
   * The data-quality figures {@code q} as the comparison and sources pages state them: one sentence from the theme's
   * words (a figure that is 0 among unknown, unanswered and stale is left out), and the stacked bar's segments.
   */
  dev.versus.render.page.Tables.Quality quality(Quality q) {
    List<String> known = new java.util.ArrayList<>(List.of(views.ui("quality.answered", "answered", q.answered(), "count", q.cells())));
    if (q.unknown() > 0) known.add(views.ui("quality.unknown", "count", q.unknown()));
    if (q.unanswered() > 0) known.add(views.ui("quality.unanswered", "count", q.unanswered()));
    List<String> backing = new java.util.ArrayList<>(List.of(views.ui("quality.backed", "count", q.backed())));
    if (q.stale() > 0) backing.add(views.ui("quality.stale", "count", q.stale()));
    String separator = views.ui("quality.separator");
    String sentence = views.ui("quality.sentence", "known", String.join(separator, known), "backing", String.join(separator, backing));
    List<dev.versus.render.page.Tables.Segment> segments = new java.util.ArrayList<>();
    List<String> kinds = List.of("answered", "unknown", "unanswered");
    double x = 0;
    for (int i = 0; i < kinds.size(); i++) {
      double width = q.shares().get(i) * 100;
      if (width > 0) segments.add(new dev.versus.render.page.Tables.Segment(kinds.get(i), Numbers.svg(x), Numbers.svg(width)));
      x += width;
    }
    return new dev.versus.render.page.Tables.Quality(sentence, List.copyOf(segments));
  }

  private Share share(Contribution c, double points) {
    return new Share(views.criterionRef(c.criterion()), String.format(Locale.ROOT, "%.1f", points), c.disputed());
  }
}

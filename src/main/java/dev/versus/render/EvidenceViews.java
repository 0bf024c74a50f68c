package dev.versus.render;

import dev.versus.model.CellEvidence;
import dev.versus.model.Claim;
import dev.versus.model.Criterion;
import dev.versus.model.Site;
import dev.versus.render.page.Cells.Evidence;
import dev.versus.render.page.Cells.Passage;
import dev.versus.render.page.Cells.Side;
import java.util.List;

/**
 * The passages behind the cells as the pages show them: a criterion page's evidence sections, a disputed cell's
 * sides, each passage with where it is and what it grades (split from {@link Views}, which builds the cells).
 */
final class EvidenceViews {
  private final Views views;
  private final Site site;

  EvidenceViews(Views views) {
    this.views = views;
    this.site = views.site();
  }

  /**
   * The evidence section of criterion {@code c} for each subject that has one ({@code #evidence-<subject>}):
   * every passage, and the sides of a dispute with the passages that take each.
   */
  List<Evidence> evidence(Criterion c) {
    return site.subjects().stream().flatMap(s -> site.evidence().cell(c.slug(), s.slug()).stream().map(e -> new Evidence(
        views.subjectRef(s), e.anchor(), passages(e.claims(), c), sides(e, c), e.disputed(), e.written(), Views.human(e.lastChecked()),
        e.stale()))).toList();
  }

  /** The sides of the dispute the claims found on a cell ({@link CellEvidence#dispute}), each answer with its passages. */
  List<Side> sides(CellEvidence e, Criterion c) {
    return e.dispute().stream().map(side -> new Side(false, views.value(side.grade(), c.measure()), false,
        passages(side.claims(), c), List.of())).toList();
  }

  private List<Passage> passages(List<Claim> claims, Criterion c) {
    return claims.stream().map(x -> passage(x, c)).toList();
  }

  /** One passage behind a cell: its excerpt, where it is (page and section) with a link to it, its grade, sources and date. */
  Passage passage(Claim x, Criterion c) {
    return new Passage(x.id(), x.excerpt(), x.pageTitle(), x.sectionTitle(), views.urls().href(x.kind(), x.page()) + "#" + x.id(),
        x.grade().map(g -> views.value(g, c.measure())).orElse(null), x.grade().isPresent(), views.sources(x.sources()),
        Views.human(x.checked()), x.checked().map(Object::toString).orElse(""), x.stale());
  }
}

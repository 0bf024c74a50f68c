package dev.versus.render;

import dev.versus.content.Kind;
import dev.versus.model.Answer;
import dev.versus.model.History;
import dev.versus.model.Measure;
import dev.versus.model.Site;
import dev.versus.render.page.Cells.Side;
import dev.versus.render.page.Changes.CellChange;
import dev.versus.render.page.Changes.EditionView;
import dev.versus.render.page.Refs.Link;
import dev.versus.web.PageKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history the model computed ({@link History}), as the changes page, the feed, a criterion's history and the
 * comparison page's "changed since" control show it: newest edition first, each answer as the table shows it.
 */
final class ChangeViews {
  /** The anchor of the changes since the latest edition on the changes page. */
  static final String UNRELEASED = "unreleased";

  private final Site site;
  private final Urls urls;
  private final Views views;

  ChangeViews(Views views) {
    this.site = views.site();
    this.urls = views.urls();
    this.views = views;
  }

  /** Every recorded edition's changes, newest first. */
  List<EditionView> editions() {
    List<EditionView> out = new ArrayList<>(site.history().editions().stream().map(this::view).toList());
    java.util.Collections.reverse(out);
    return out;
  }

  /** What changed since the latest edition. */
  EditionView unreleased() {
    return view(site.history().unreleased());
  }

  /** The changes of criterion {@code slug}'s cells, newest first (the unreleased ones first of all). */
  List<EditionView> of(String slug) {
    List<EditionView> out = new ArrayList<>(site.history().of(slug).stream().map(this::view).toList());
    java.util.Collections.reverse(out);
    return out;
  }

  /** The editions a reader may mark the changed cells since, newest first, each linking the comparison page with it. */
  List<Link> sinceOptions() {
    return editions().stream().map(e -> new Link(e.name(), urls.href(PageKind.COMPARE) + "?since=" + e.name())).toList();
  }

  /** The changes page's address. */
  String url() {
    return urls.href(PageKind.CHANGES);
  }

  private EditionView view(History.Changes ch) {
    boolean unreleased = ch.name().isEmpty();
    String anchor = unreleased ? UNRELEASED : "edition-" + ch.name();
    String title = unreleased ? views.ui("changes.unreleased") : views.ui("changes.edition", "edition", ch.name());
    List<CellChange> cells = ch.cells().stream().map(c -> new CellChange(c.criterionTitle(), criterionUrl(c.criterion()),
        c.subjectTitle(), c.kind().key(), side(c.from(), c.fromMeasure()), side(c.to(), c.toMeasure()))).toList();
    return new EditionView(ch.name(), title, Views.human(ch.date()), ch.date().map(Object::toString).orElse(""), anchor,
        url() + "#" + anchor, urls.absolute(PageKind.CHANGES.route()) + "#" + anchor,
        ch.added().stream().map(n -> new Link(n.title(), criterionUrl(n.slug()))).toList(),
        ch.removed().stream().map(n -> new Link(n.title(), criterionUrl(n.slug()))).toList(), cells, ch.changes().size());
  }

  /** A criterion's page while the guide has it; empty for one it no longer has. */
  private String criterionUrl(String slug) {
    return site.criterion(slug).map(c -> urls.href(Kind.CRITERION, slug)).orElse("");
  }

  /** One side of a change, shaped like a cell for {@code value.peb}: a missing answer shows as a cell without a verdict. */
  private Side side(Optional<Answer> answer, Measure measure) {
    return new Side(answer.isEmpty(), answer.map(a -> views.value(a, measure)).orElse(null), false, List.of(), List.of());
  }
}

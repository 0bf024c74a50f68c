package dev.versus.render;

import dev.versus.matrix.Points;
import dev.versus.matrix.ProfileScore;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import dev.versus.render.page.PageModel;
import dev.versus.render.page.Refs.ProfileRef;
import dev.versus.web.Json;
import dev.versus.web.PageKind;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Map;

/** The "Which should I choose?" pages ({@link Choose}): the form, and one page per profile. */
final class ChoosePages {
  private final Site site;
  private final Views views;
  private final TableViews tables;

  ChoosePages(Views views, TableViews tables) {
    this.site = views.site();
    this.views = views;
    this.tables = tables;
  }

  /** {@code choose/}: the profiles, and the form that weighs the same points live (the script reads {@code formData}). */
  PageSpec form(String route, Points points) {
    Map<String, Object> form = Choose.formData(site, points, views.urls(), views.layout());
    return PageSpec.of(route, "choose.peb", "choose", views.ui("choose.title"),
        views.ui("choose.description", "subjects", views.strings().join(site.subjects().stream().map(Subject::title).toList())),
        views.crumbs(views.ui("crumbs.choose"), route), new PageModel.Choose(profiles(), form, new SafeString(Json.write(form)),
            tables.unscored(points)));
  }

  /** {@code choose/<profile>/}: one profile's ranking, and why. */
  PageSpec profile(String route, ProfileScore score) {
    var p = score.profile();
    return PageSpec.of(route, "choose-profile.peb", "choose-profile", p.title(), p.description(),
        views.crumbs(views.ui("crumbs.choose"), PageKind.CHOOSE.route(), p.title(), route), new PageModel.ChooseProfile(tables.score(score), profiles()));
  }

  private List<ProfileRef> profiles() {
    return site.config().profiles().stream().map(tables::profileRef).toList();
  }
}

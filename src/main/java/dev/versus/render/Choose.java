package dev.versus.render;

import dev.versus.config.Group;
import dev.versus.config.Profile;
import dev.versus.matrix.Points;
import dev.versus.model.Criterion;
import dev.versus.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "Which should I choose?" pages: {@code choose/} (the profiles and the weighing form) and one
 * {@code choose/<profile>/} per profile of site.yaml. They exist only when site.yaml defines profiles.
 * The form's script gets the {@link Points} this build computed as data and only weighs and sums them,
 * so the form and the profile pages rank with one method.
 */
final class Choose {
  private Choose() {}

  /**
   * The form's query string holding {@code p}'s weights ({@code ?g-<group>=3&c-<criterion>=0}), so a profile
   * page can open the form with its own weights to adjust; keys are slugs and weights numbers, nothing to escape.
   */
  static String query(Profile p) {
    List<String> parts = new ArrayList<>();
    p.groups().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> parts.add("g-" + e.getKey() + "=" + number(e.getValue())));
    p.criteria().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> parts.add("c-" + e.getKey() + "=" + number(e.getValue())));
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  /**
   * What the form's script reads: the subjects, the groups with their criteria (slug, title, row link) and,
   * per criterion, every subject's points (0 to 1, null without a verdict, site.yaml's subject order) and
   * which cells are disputed.
   */
  static Map<String, Object> formData(Site site, Points points, Urls urls, TableLayout layout) {
    List<Map<String, Object>> groups = new ArrayList<>();
    for (Group g : site.config().groups()) {
      List<Map<String, Object>> criteria = new ArrayList<>();
      for (Points.Line l : points.lines()) {
        Criterion c = l.criterion();
        if (!c.group().equals(g.key())) continue;
        criteria.add(Views.map("slug", c.slug(), "title", c.title(), "url", urls.href(layout.rowRoute(c.slug())) + "#" + c.slug(),
            // exactly the doubles the profile pages sum, so both round to the same whole numbers; null where a
            // subject has no verdict, which takes no part in its score
            "points", l.points().stream().map(p -> p.orElse(null)).toList(),
            "disputed", l.disputed()));
      }
      if (!criteria.isEmpty()) groups.add(Views.map("key", g.key(), "title", g.title(), "criteria", criteria));
    }
    return Views.map("subjects", points.subjects().stream().map(s -> Views.map("slug", s.slug(), "title", s.title(),
        "url", urls.href(dev.versus.content.Kind.SUBJECT, s.slug()))).toList(), "groups", groups);
  }
}

package dev.versus.model;

import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks of what the configuration and the records name in each other: profiles' criteria, verdicts' releases. */
final class ReferenceChecks {
  private ReferenceChecks() {}

  /** Every criterion a profile of site.yaml weighs exists (group keys were checked with the configuration). */
  static void profiles(SiteConfig config, List<String> criterionSlugs, Diagnostics diags) {
    for (dev.versus.config.Profile p : config.profiles()) {
      p.criterionPositions().forEach((slug, pos) -> {
        if (!criterionSlugs.contains(slug)) {
          diags.error(pos, "unknown criterion `" + slug + "` in profile `" + p.key() + "`"
              + dev.versus.diag.Suggest.didYouMean(slug, criterionSlugs) + " (a criterion is named by its file in criteria/, without `.md`)");
        }
      });
    }
  }

  /**
   * A verdict's {@code since} names a release of its subject's {@code releases}: one that does not is shown
   * without a date, and warned about at the {@code since}, with the releases there are.
   */
  static void releases(List<Subject> subjects, List<Criterion> criteria, Diagnostics diags) {
    Map<String, Subject> bySlug = new HashMap<>();
    subjects.forEach(s -> bySlug.put(s.slug(), s));
    for (Criterion c : criteria) {
      for (Verdict v : c.verdicts()) {
        Subject s = bySlug.get(v.subject());
        if (s == null || v.since().isEmpty() || s.releases().containsKey(v.since().get().version())) continue;
        String version = v.since().get().version();
        diags.warning(v.since().get().at(), "`since: \"" + version + "\"` is not a release of " + s.title() + ", so it shows"
            + " without a date" + (s.releases().isEmpty() ? ": add `releases: {\"" + version + "\": YYYY-MM-DD}` to " + s.path()
            : dev.versus.diag.Suggest.didYouMean(version, s.releases().keySet()) + "; known releases: "
            + String.join(", ", s.releases().keySet()) + " (" + s.path() + ")"));
      }
    }
  }
}

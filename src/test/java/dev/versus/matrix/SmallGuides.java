package dev.versus.matrix;

import dev.versus.config.Catalogue;
import dev.versus.config.Group;
import dev.versus.config.Outputs;
import dev.versus.config.Scale;
import dev.versus.config.SiteConfig;
import dev.versus.content.Body;
import dev.versus.model.Criterion;
import dev.versus.model.Evidence;
import dev.versus.model.Site;
import dev.versus.model.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small guides made straight from model records, for the matrix's tests: only what a test states (its groups, scales,
 * subjects and criteria) varies, everything else is the plainest value a site.yaml could give (English, no profiles,
 * no sources, default outputs), so a record gaining a field changes this file, not every test.
 */
final class SmallGuides {
  private SmallGuides() {}

  /** A site.yaml of {@code groups} and {@code scales} and nothing else worth a test's notice. */
  static SiteConfig config(List<Group> groups, List<Scale> scales) {
    return new SiteConfig("T", "D", "https://example.org/", "/", "en", List.of(), groups, scales, List.of(), List.of(), false,
        List.of(), "", 0, Outputs.DEFAULT, Catalogue.NONE);
  }

  /** A subject called {@code title}, with nothing but its page. */
  static Subject subject(String slug, String title) {
    return new Subject(slug, "subjects/" + slug + ".md", title, "", "", "", Optional.empty(), "", List.of(),
        List.of(), List.of(), List.of(), Body.of(slug, ""));
  }

  /** The guide of {@code config}, {@code subjects} and {@code criteria}, with {@code evidence} and nothing else. */
  static Site site(SiteConfig config, List<Subject> subjects, List<Criterion> criteria, Evidence evidence) {
    return new Site(config, Optional.empty(), subjects, criteria, List.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(),
        Map.of(), LocalDate.of(2026, 1, 1), evidence);
  }

  /** No claims: evidence for a guide that cites no passages. */
  static Evidence noEvidence() {
    return new Evidence(List.of(), Map.of(), List.of());
  }
}

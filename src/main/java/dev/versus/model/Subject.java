package dev.versus.model;

import dev.versus.content.Body;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A thing being compared (a column of the matrix), from subjects/&lt;slug&gt;.md; {@code releases}: its versions
 * with their dates, as written ({@code releases:}), which a verdict's {@code since} names.
 */
public record Subject(String slug, String path, String title, String tagline, String website, String version,
    Optional<Integer> firstRelease, String license, List<String> builtOn, List<UsedBy> usedBy,
    List<String> pros, List<String> cons, Body body, Map<String, LocalDate> releases) {

  /** A subject without releases. */
  public Subject(String slug, String path, String title, String tagline, String website, String version,
      Optional<Integer> firstRelease, String license, List<String> builtOn, List<UsedBy> usedBy,
      List<String> pros, List<String> cons, Body body) {
    this(slug, path, title, tagline, website, version, firstRelease, license, builtOn, usedBy, pros, cons, body, Map.of());
  }

  /** An organisation that uses the subject, what for, and the sources saying so. */
  public record UsedBy(String name, String use, List<String> sources) {}
}

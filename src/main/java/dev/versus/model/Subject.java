package dev.versus.model;

import dev.versus.content.Body;
import java.util.List;
import java.util.Optional;

/** A thing being compared (a column of the matrix), from subjects/&lt;slug&gt;.md. */
public record Subject(String slug, String path, String title, String tagline, String website, String version,
    Optional<Integer> firstRelease, String license, List<String> builtOn, List<UsedBy> usedBy,
    List<String> pros, List<String> cons, Body body) {

  /** An organisation that uses the subject, what for, and the sources saying so. */
  public record UsedBy(String name, String use, List<String> sources) {}
}

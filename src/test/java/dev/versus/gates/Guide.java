package dev.versus.gates;

import dev.versus.TestSites;
import java.nio.file.Path;
import java.util.List;

/** A guide the gates hold to: the Django vs Flask guide in content/ and the three-subject fixture. */
record Guide(String name, Path source) {

  static Guide djangoFlask() {
    return new Guide("django-flask", TestSites.repo().resolve("content"));
  }

  static Guide three() {
    return new Guide("three", TestSites.repo().resolve("src/test/resources/sites/three"));
  }

  static List<Guide> all() {
    return List.of(djangoFlask(), three());
  }

  /** Builds the guide into {@code dir} and serves it under {@code /sub/}. */
  ServedSite serve(Path dir) {
    return ServedSite.start(name, source, dir);
  }

  @Override
  public String toString() {
    return name;
  }
}

package dev.versus.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every {@link Guide} built once and served under /sub/ for one test class, as a JUnit extension on a static
 * field; after the class the servers stop and the built sites are deleted.
 */
final class ServedGuides implements BeforeAllCallback, AfterAllCallback {
  private final List<ServedSite> sites = new ArrayList<>();
  private Path dir;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("versus-gates-");
    for (Guide g : Guide.all()) sites.add(g.serve(dir));
  }

  List<ServedSite> sites() {
    return List.copyOf(sites);
  }

  /** The served Django vs Flask guide. */
  ServedSite djangoFlask() {
    String name = Guide.djangoFlask().name();
    return sites.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    sites.forEach(ServedSite::close);
    sites.clear();
    if (dir == null) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

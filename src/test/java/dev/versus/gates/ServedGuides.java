package dev.versus.gates;

import dev.versus.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every {@link Guide} built and served under /sub/, as a JUnit extension on a static field of each test class that
 * needs them. The gates only read the served sites, so the first class to ask builds them and every later class
 * of the same run gets the same ones (each gate class used to build both guides, content/ included, for
 * itself). JUnit closes them (servers stopped, sites deleted) when the whole run ends: they live in the root
 * context's store.
 */
final class ServedGuides implements BeforeAllCallback {
  private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(ServedGuides.class);
  private Served served;

  @Override
  public void beforeAll(ExtensionContext context) {
    served = context.getRoot().getStore(SHARED).getOrComputeIfAbsent(Served.class, k -> Served.start(), Served.class);
  }

  List<ServedSite> sites() {
    return served.sites();
  }

  /** The served Django vs Flask guide. */
  ServedSite djangoFlask() {
    return site(Guide.djangoFlask());
  }

  /** The served three-subject fixture. */
  ServedSite three() {
    return site(Guide.three());
  }

  private ServedSite site(Guide guide) {
    return served.sites().stream().filter(s -> s.name().equals(guide.name())).findFirst().orElseThrow();
  }

  /** The built and served guides of one test run, in {@link Guide#all()} order, and the folder they were built in. */
  private record Served(Path dir, List<ServedSite> sites) implements AutoCloseable {
    static Served start() {
      try {
        Path dir = Files.createTempDirectory("versus-gates-");
        List<ServedSite> sites = new ArrayList<>();
        for (Guide g : Guide.all()) sites.add(g.serve(dir));
        return new Served(dir, List.copyOf(sites));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      sites.forEach(ServedSite::close);
      TestSites.delete(dir);
    }
  }
}

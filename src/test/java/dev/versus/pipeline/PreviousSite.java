package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The valid three-subject fixture and the site it builds to, made once per test class (a JUnit extension on a
 * static field): the "previous site" whose source a case changes and builds again. Each case gets its own copy of
 * both ({@link #copyTo}), so a case that writes or breaks them cannot touch another; copying the two folders
 * costs a fraction of the build it saves.
 */
final class PreviousSite implements BeforeAllCallback, AfterAllCallback {
  private Path dir;
  private Path source;
  private Path site;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("versus-previous-");
    source = TestSites.fixture("three", dir);
    site = dir.resolve("site");
    assertEquals(List.of(), TestSites.build(source, site).diagnostics(), "the base fixture must build cleanly");
  }

  /**
   * Copies the source to {@code tmp/three} and the built site to {@code tmp/site}, where a case finds them as if
   * it had built the fixture itself, and returns the source's copy.
   */
  Path copyTo(Path tmp) {
    TestSites.copy(site, tmp.resolve("site"));
    return TestSites.copy(source, tmp.resolve(source.getFileName().toString()));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (dir != null) TestSites.delete(dir);
  }
}

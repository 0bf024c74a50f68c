package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.TestSites;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --source guide/site.yaml} (a file) said "source folder not found", of a path that exists (found by the
 * round-9 tester): build and serve now say it is a file and which folder to pass.
 */
class SourceIsAFileTest {
  @TempDir
  Path tmp;

  @Test
  void buildAndServeSayTheSourceIsAFileAndWhichFolderToPass() {
    Path guide = TestSites.fixture("three", tmp);
    String file = guide.resolve("site.yaml").toString();
    String hint = "a file, not a folder: pass the guide's folder, the one that holds site.yaml, such as --source " + guide;
    CliTest.Run build = CliTest.run("build", "--source", file, "--out", tmp.resolve("out").toString());
    assertEquals(1, build.code());
    assertEquals(file + ": error: " + hint, build.err().lines().filter(l -> l.contains("error")).findFirst().orElse(build.err()));
    CliTest.Run serve = CliTest.run("serve", "--source", file);
    assertEquals(1, serve.code());
    assertEquals("versus: " + file + ": " + hint, serve.err().strip());
  }
}

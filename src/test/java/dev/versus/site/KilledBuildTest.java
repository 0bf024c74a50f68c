package dev.versus.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: {@code versus build} runs as a separate process and is killed with SIGKILL
 * ({@link Process#destroyForcibly}) at random moments, at least 20 times. After every kill the
 * output folder is a complete site (every file its manifest lists is there), the user's own
 * file in it survives, and the next build cleans what the killed ones left beside it.
 */
class KilledBuildTest {
  private static final int KILLS = 20;

  @Test
  void aBuildKilledAtRandomMomentsNeverLosesTheSite(@TempDir Path tmp) throws Exception {
    Path source = TestSites.fixture("three", tmp);
    Path out = tmp.resolve("site");
    assertEquals(0, TestSites.build(source, out).diagnostics().size());
    Files.writeString(out.resolve("CNAME"), "drinks.example.org\n");
    long full = timeOneBuild(source, out);
    Random random = new Random(20261130);
    int kills = 0;
    int attempts = 0;
    while (kills < KILLS && attempts < 5 * KILLS) {
      attempts++;
      // a different article each time, so the killed build is really replacing the site
      Files.writeString(source.resolve("articles/evening.md"), "---\ntitle: \"The evening cup " + attempts
          + "\"\ndate: 2025-01-12\n---\n## Winding down\n\nText " + attempts + ".\n");
      long started = System.nanoTime();
      Process p = start(source, out);
      // between the JVM start and the end of the write: spread over the whole run
      Thread.sleep((long) (random.nextDouble() * full));
      if (p.isAlive()) {
        p.destroyForcibly();
        kills++;
      }
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      // a run that finished first says how long a build takes now (a busy machine changes it): aim within that
      if (p.exitValue() == 0) full = (System.nanoTime() - started) / 1_000_000;
      assertComplete(out, "after attempt " + attempts);
    }
    assertEquals(KILLS, kills, "kills that hit a running build");
    assertEquals(0, TestSites.build(source, out).diagnostics().size());
    assertComplete(out, "after the next build");
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).toList(),
          "the next build cleans the temporary folders of killed builds");
    }
  }

  /** Every file the manifest lists exists, the manifest is ours, the site has its home page, and the user's file is kept. */
  private static void assertComplete(Path out, String when) throws IOException {
    assertTrue(Manifest.isOurs(out), when + ": the manifest is intact");
    List<String> listed = new ArrayList<>(Manifest.read(out));
    assertTrue(listed.size() > 20, when);
    for (String rel : listed) assertTrue(Files.isRegularFile(out.resolve(rel)), when + ": missing " + rel);
    assertTrue(Files.readString(out.resolve("articles/evening/index.html"), StandardCharsets.UTF_8).contains("</html>"), when);
    assertEquals("drinks.example.org\n", Files.readString(out.resolve("CNAME")), when + ": the user's file is kept");
  }

  private static long timeOneBuild(Path source, Path out) throws Exception {
    long start = System.nanoTime();
    Process p = start(source, out);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** {@code versus build} in a JVM of its own, with the JIT and GC flags bin/versus gives a build (faster to start). */
  private static Process start(Path source, Path out) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "dev.versus.cli.Main", "build",
        "--source", source.toString(), "--out", out.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

}

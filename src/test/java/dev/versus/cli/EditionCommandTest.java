package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.cli.CliTest.Run;
import dev.versus.pipeline.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code versus edition NAME}: records the fixture guide's matrix in editions/NAME.json, never overwrites one,
 * refuses a name that is not a slug and a guide with errors; the next build publishes the edition with no
 * change since.
 */
class EditionCommandTest {
  @TempDir
  Path tmp;

  @Test
  void recordsTheMatrixAndTheNextBuildHasNothingUnreleased() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    Run r = CliTest.run("edition", "2026-11", "--source", source.toString());
    assertEquals(0, r.code(), r.err());
    // named from the current folder, as the user named the guide, like every content file's diagnostics
    assertEquals("recorded " + source.resolve("editions/2026-11.json") + ": 3 criteria as they are now\n", r.out());
    String json = Files.readString(source.resolve("editions/2026-11.json"));
    assertTrue(json.contains("\"subject\": \"coffee\",\n          \"answered\": true,\n          \"level\": \"built-in\""), json);

    BuildResult built = TestSites.build(source, tmp.resolve("site"));
    assertFalse(built.hasErrors(), built.diagnostics().toString());
    assertTrue(TestSites.read(tmp.resolve("site/changes.json")).endsWith("\"unreleased\":[]}\n"));
  }

  /**
   * Without {@code --source}, {@code edition} looked for {@code ./content} only: run in a guide's own folder (after
   * {@code versus init g && cd g}, where {@code build} works) it said "content: source folder not found". It finds
   * the guide as every other command does. Run as a process, so that the current folder is the guide's.
   */
  @Test
  void withoutSourceItRecordsTheGuideOfTheCurrentFolderAsBuildFindsIt() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(launcher, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "dev.versus.cli.Main", "edition", "2026-11").directory(source.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), output);
    assertEquals("recorded editions/2026-11.json: 3 criteria as they are now\n", output);
    assertTrue(Files.isRegularFile(source.resolve("editions/2026-11.json")));
  }

  @Test
  void anExistingEditionIsNeverOverwritten() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    Files.createDirectories(source.resolve("editions"));
    Files.writeString(source.resolve("editions/2026-11.json"), "{}");
    Run r = CliTest.run("edition", "2026-11", "--source", source.toString());
    assertEquals(1, r.code());
    assertEquals("error: " + source.resolve("editions/2026-11.json") + " exists: an edition is never overwritten; record this one under another name\n",
        r.err());
    assertEquals("{}", Files.readString(source.resolve("editions/2026-11.json")));
  }

  @Test
  void aNameThatIsNotASlugIsAUsageError() {
    Path source = TestSites.fixture("three", tmp);
    Run r = CliTest.run("edition", "Nov 2026", "--source", source.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("edition name `Nov 2026` is not a slug"), r.err());
    assertFalse(Files.exists(source.resolve("editions")));
  }

  @Test
  void aGuideWithErrorsIsNotRecorded() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    Files.writeString(source.resolve("criteria/price.md"), Files.readString(source.resolve("criteria/price.md"))
        .replace("group: ", "group: nowhere-"));
    Run r = CliTest.run("edition", "2026-11", "--source", source.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("edition not recorded: fix the errors above first"), r.err());
    assertFalse(Files.exists(source.resolve("editions/2026-11.json")));
  }
}

package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import dev.versus.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Lighthouse CI's {@code lhci assert} over a page's runs, with the rules of src/test/js/lighthouserc.json. The runs
 * are saved as {@code .lighthouseci/lhr-N.json} in a folder of their own, where {@code lhci collect} would leave them.
 */
final class LighthouseCi {
  static final Path ASSERTIONS = TestSites.repo().resolve("src/test/js/lighthouserc.json");
  // Lighthouse compares saved settings key by key: a null must stay a null, not vanish as Gson's default drops it
  static final Gson JSON = new GsonBuilder().serializeNulls().create();

  /** What {@code lhci assert} said and whether it passed (exit code 0). */
  record Verdict(boolean passed, String output) {}

  private LighthouseCi() {}

  /** Saves {@code reports} (Lighthouse JSON results) under {@code dir/.lighthouseci/} and asserts on them. */
  static Verdict assertRuns(Path dir, List<JsonObject> reports) throws IOException, InterruptedException {
    Path saved = Files.createDirectories(dir.resolve(".lighthouseci"));
    for (int i = 0; i < reports.size(); i++) Files.writeString(saved.resolve("lhr-" + (i + 1) + ".json"), JSON.toJson(reports.get(i)));
    Path log = dir.resolve("assert.log");
    ProcessBuilder pb = new ProcessBuilder(Tools.npmTool("lhci").toString(), "assert", "--config=" + ASSERTIONS)
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("NO_COLOR", "1");
    pb.environment().put("FORCE_COLOR", "0");
    Process p = pb.start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "lhci assert did not finish in " + dir);
    return new Verdict(p.exitValue() == 0, Files.readString(log).replaceAll("\u001B\\[[0-9;]*m", ""));
  }
}

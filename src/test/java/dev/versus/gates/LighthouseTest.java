package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.versus.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lighthouse 12 (npm), default mobile preset with simulated throttling, three runs per page, median score per
 * category: 100 for performance, accessibility, best practices and SEO on home, comparison, an article and the
 * FAQ of both guides, served under http://127.0.0.1:PORT/sub/. Every run's JSON report is kept in target/lighthouse,
 * the medians in target/lighthouse/scores.txt.
 */
class LighthouseTest {
  static final List<String> KINDS = List.of("home", "compare", "article", "faq");
  static final List<String> CATEGORIES = List.of("performance", "accessibility", "best-practices", "seo");
  static final int RUNS = 3;

  static final Path REPORTS = TestSites.repo().resolve("target/lighthouse");

  @RegisterExtension
  static final ServedGuides guides = new ServedGuides();

  @BeforeAll
  static void tools() throws IOException {
    Tools.chromium();
    Tools.npmTool("lighthouse");
    Files.createDirectories(REPORTS);
    Files.deleteIfExists(REPORTS.resolve("scores.txt"));
  }

  @TestFactory
  Stream<DynamicTest> scores100InEveryCategory() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ServedSite site : guides.sites()) {
      for (String kind : KINDS) {
        String page = site.page(kind);
        tests.add(DynamicTest.dynamicTest(site.name() + " " + kind + " (" + page + ")", () -> assertPerfect(site, kind, page)));
      }
    }
    return tests.stream();
  }

  private static void assertPerfect(ServedSite site, String kind, String page) throws Exception {
    List<JsonObject> runs = new ArrayList<>();
    for (int i = 1; i <= RUNS; i++) runs.add(run(site.url(page), REPORTS.resolve(site.name() + "-" + kind + "-" + i + ".json")));
    Map<String, Integer> median = new LinkedHashMap<>();
    StringBuilder line = new StringBuilder("lighthouse " + site.name() + " " + kind + " " + site.url(page) + ":");
    for (String c : CATEGORIES) {
      List<Integer> scores = runs.stream().map(r -> score(r, c)).toList();
      int m = scores.stream().sorted().toList().get(RUNS / 2);
      median.put(c, m);
      line.append(' ').append(c).append(' ').append(m).append(" (runs ").append(scores).append(')');
    }
    System.out.println(line);
    Files.writeString(REPORTS.resolve("scores.txt"), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    JsonObject worst = runs.stream().min(Comparator.comparingInt(r -> score(r, "performance"))).orElseThrow();
    losses(worst).forEach(l -> System.out.println("  " + l));
    assertEquals(Map.of("performance", 100, "accessibility", 100, "best-practices", 100, "seo", 100), median,
        site.name() + " " + kind + ": " + line + "\n" + String.join("\n", losses(worst)));
  }

  private static JsonObject run(String url, Path report) throws IOException, InterruptedException {
    // the full-page screenshot only illustrates the HTML report and costs a second per run
    List<String> cmd = new ArrayList<>(List.of(Tools.npmTool("lighthouse").toString(), url, "--quiet", "--disable-full-page-screenshot",
        "--output=json", "--output-path=" + report, "--only-categories=" + String.join(",", CATEGORIES),
        // chrome-launcher gives each run a fresh profile of its own
        "--chrome-flags=--headless=new " + String.join(" ", Tools.CHROMIUM_FLAGS)));
    Path log = report.resolveSibling(report.getFileName() + ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("CHROME_PATH", Tools.chromium().toString());
    Process p = pb.start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "lighthouse did not finish on " + url);
    assertEquals(0, p.exitValue(), "lighthouse failed on " + url + ": " + Files.readString(log));
    JsonObject json = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
    if (json.has("runtimeError")) throw new AssertionError("lighthouse: " + json.get("runtimeError"));
    return json;
  }

  private static int score(JsonObject report, String category) {
    JsonElement s = report.getAsJsonObject("categories").getAsJsonObject(category).get("score");
    return s.isJsonNull() ? -1 : (int) Math.round(s.getAsDouble() * 100);
  }

  /** The weighted audits that cost points in one report, with Lighthouse's own display value. */
  private static List<String> losses(JsonObject report) {
    List<String> out = new ArrayList<>();
    JsonObject audits = report.getAsJsonObject("audits");
    for (String c : CATEGORIES) {
      for (JsonElement ref : report.getAsJsonObject("categories").getAsJsonObject(c).getAsJsonArray("auditRefs")) {
        JsonObject r = ref.getAsJsonObject();
        JsonObject a = audits.getAsJsonObject(r.get("id").getAsString());
        if (r.get("weight").getAsDouble() > 0 && !a.get("score").isJsonNull() && a.get("score").getAsDouble() < 1) {
          String value = a.has("displayValue") ? " " + a.get("displayValue").getAsString() : "";
          out.add(c + ": " + a.get("id").getAsString() + " score " + a.get("score").getAsDouble() + value);
        }
      }
    }
    return out;
  }
}

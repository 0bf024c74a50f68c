package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate itself: lighthouserc.json as Lighthouse CI applies it to made-up runs of one page, so a rule loosened by
 * mistake (a median instead of every run, a lower score) fails here rather than letting a page through.
 */
@Tag("browser")
class LighthouseCiTest {
  @TempDir
  Path dir;

  @Test
  void performanceCountsTheBestRun() throws Exception {
    var verdict = LighthouseCi.assertRuns(dir, runs(new int[] {99, 100, 98}, new int[] {100, 100, 100}));
    assertTrue(verdict.passed(), verdict.output());
  }

  @Test
  void performanceBelow100InEveryRunFails() throws Exception {
    var verdict = LighthouseCi.assertRuns(dir, runs(new int[] {99, 99, 98}, new int[] {100, 100, 100}));
    assertFalse(verdict.passed(), verdict.output());
    assertTrue(verdict.output().contains("categories.performance failure for minScore assertion"), verdict.output());
  }

  @Test
  void theMachineIndependentCategoriesCountEveryRun() throws Exception {
    var verdict = LighthouseCi.assertRuns(dir, runs(new int[] {100, 100, 100}, new int[] {100, 99, 100}));
    assertFalse(verdict.passed(), verdict.output());
    for (String c : List.of("accessibility", "best-practices", "seo")) {
      assertTrue(verdict.output().contains("categories." + c + " failure for minScore assertion"), verdict.output());
    }
  }

  @Test
  void oneRunThatScores100EverywhereIsEnough() throws Exception {
    // LighthouseTest stops at the first run that scores 100 for performance: the gate must not ask for more runs
    var verdict = LighthouseCi.assertRuns(dir, runs(new int[] {100}, new int[] {100}));
    assertTrue(verdict.passed(), verdict.output());
  }

  @Test
  void oneRunBelow100OutsidePerformanceFails() throws Exception {
    var verdict = LighthouseCi.assertRuns(dir, runs(new int[] {100}, new int[] {99}));
    assertFalse(verdict.passed(), verdict.output());
    assertTrue(verdict.output().contains("categories.accessibility failure for minScore assertion"), verdict.output());
  }

  @Test
  void aRunWithoutTheOtherCategoriesFails() throws Exception {
    // the retries of a page audit every category again: a performance-only run would leave the pessimistic rules
    // without a score, and lhci fails that rather than judging the categories by the runs that have them
    List<JsonObject> runs = runs(new int[] {98, 100}, new int[] {100, 100});
    for (String c : List.of("accessibility", "best-practices", "seo")) runs.get(1).getAsJsonObject("categories").remove(c);
    var verdict = LighthouseCi.assertRuns(dir, runs);
    assertFalse(verdict.passed(), verdict.output());
  }

  /** Minimal Lighthouse results of one URL: run i scores performance[i], and others[i] in the other three categories. */
  private static List<JsonObject> runs(int[] performance, int[] others) {
    List<JsonObject> runs = new ArrayList<>();
    for (int i = 0; i < performance.length; i++) {
      JsonObject lhr = new JsonObject();
      for (String key : List.of("requestedUrl", "finalUrl", "finalDisplayedUrl")) lhr.addProperty(key, "http://127.0.0.1/sub/");
      lhr.addProperty("lighthouseVersion", "12.8.2");
      lhr.add("audits", new JsonObject());
      JsonObject categories = new JsonObject();
      for (String c : LighthouseTest.CATEGORIES) {
        JsonObject category = new JsonObject();
        category.addProperty("id", c);
        category.addProperty("score", (c.equals("performance") ? performance[i] : others[i]) / 100.0);
        category.add("auditRefs", new com.google.gson.JsonArray());
        categories.add(c, category);
      }
      lhr.add("categories", categories);
      runs.add(lhr);
    }
    return runs;
  }
}

package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.versus.EdgeDoubles;
import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Number values and profile weights at the edge, built end to end over the three-subject fixture: a number
 * criterion whose three values are drawn by {@link EdgeDoubles} (1.7e308 and -1.7e308, subnormals,
 * negative zero, any finite double) or written beyond a double's range, and a profile weighing it with a
 * drawn weight. Every build exits cleanly: either an error at the value's or weight's file, line and
 * column, or a site whose compare.json parses, whose compare.csv, pages and JSON hold no NaN or Infinity,
 * and whose profile page scores each subject a whole number from 0 to 100. Seeded per input, as
 * {@link FuzzBuildTest}.
 */
class FuzzNumbersTest {
  private static final int RUNS = Integer.getInteger("versus.fuzz.numbers", 30);
  private static final long SEED = Long.getLong("versus.fuzz.seed", 20260524L);
  /** Values no double holds: too large, or too small to be told from 0. */
  private static final String[] BEYOND = {"1.8e308", "-1e309", "1e-400", "-4e-330", "1e999999999", "1e-999999999"};

  @TempDir
  static Path tmp;

  @TestFactory
  Stream<DynamicTest> edgeNumbersBuildOrFailAtTheirLine() {
    return LongStream.range(0, RUNS).mapToObj(i -> DynamicTest.dynamicTest("input " + i + " (seed " + (SEED + i) + ")",
        () -> buildsCleanly(new SplittableRandom(SEED + i), Files.createTempDirectory(tmp, "n-"))));
  }

  private static String value(SplittableRandom random) {
    return random.nextInt(8) == 0 ? BEYOND[random.nextInt(BEYOND.length)] : String.valueOf(EdgeDoubles.next(random));
  }

  private static void buildsCleanly(SplittableRandom random, Path dir) throws Exception {
    String weight = random.nextInt(4) == 0 ? String.valueOf(EdgeDoubles.next(random))
        : String.valueOf(random.nextBoolean() ? random.nextDouble(0, 100) : Math.abs(EdgeDoubles.next(random)) % 100);
    Path source = TestSites.fixture("three", dir, "profiles:\n  edge:\n    title: \"Edge\"\n    description: \"Sizes.\"\n"
        + "    criteria: {size: " + weight + ", price: " + random.nextInt(0, 101) + "}\n");
    String better = random.nextBoolean() ? "higher" : "lower";
    String input = "---\ntitle: \"Size\"\ngroup: practical\nquestion: \"How big?\"\ntype: number\nunit: \"ml\"\nbetter: " + better
        + "\nverdicts:\n  tea: {value: " + value(random) + ", summary: \"T.\"}\n  coffee: {value: " + value(random)
        + ", summary: \"C.\"}\n  cocoa: {value: " + value(random) + ", summary: \"K.\"}\n---\nSize.\n";
    Files.writeString(source.resolve("criteria/size.md"), input);
    Path out = dir.resolve("site");
    String what = input + "weight " + weight;
    BuildResult r = TestSites.build(source, out);
    if (r.hasErrors()) {
      for (Diagnostic d : r.diagnostics()) {
        if (d.severity() != Severity.ERROR) continue;
        assertTrue(d.file().equals("criteria/size.md") || d.file().equals("site.yaml"), d.format() + "\n" + what);
        assertTrue(d.line() > 1 && d.column() > 0, d.format());
      }
      return;
    }
    JsonParser.parseString(TestSites.read(out.resolve("compare.json")));
    for (Path p : published(out)) {
      String text = TestSites.read(p);
      assertFalse(text.contains("NaN") || text.contains("Infinity") || text.contains("\u221e"), out.relativize(p) + "\n" + what);
    }
    Element ranking = Jsoup.parse(TestSites.read(out.resolve("choose/edge/index.html"))).getElementById("ranking");
    assertEquals(3, ranking.select(".score").size(), what);
    for (Element score : ranking.select(".score")) {
      int n = Integer.parseInt(score.attr("data-score"));
      assertTrue(n >= 0 && n <= 100, n + "\n" + what);
    }
  }

  /** The pages, JSON and CSV files of the site at {@code out}. */
  private static java.util.List<Path> published(Path out) throws java.io.IOException {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(p -> p.toString().matches(".*\\.(html|json|csv)$")).toList();
    }
  }
}

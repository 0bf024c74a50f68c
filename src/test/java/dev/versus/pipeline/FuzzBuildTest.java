package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import java.util.random.RandomGenerator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.jsoup.nodes.Element;

/**
 * Random-input fuzzing of the whole build: front matter keys, YAML noise, Markdown bodies and
 * cross-links, drawn from a seeded {@link java.util.SplittableRandom} (one generator per input, seed
 * {@code versus.fuzz.seed + i}, so a failing input is rebuilt from its number alone) and written
 * over the three-subject fixture. For every input: no exception escapes the build, reading it
 * takes under a second of CPU, nothing is written outside the output folder, and a build that
 * succeeds publishes pages with unique ids and a feed and sitemap that parse. {@code verify} runs
 * {@value #RUNS_IN_VERIFY} inputs with a fixed seed; the long run ({@code -Dversus.fuzz.runs}) is
 * documented in the README.
 */
class FuzzBuildTest {
  private static Path work;
  private static final dev.versus.content.Markdown MARKDOWN = new dev.versus.content.Markdown();
  /** Inputs built in this run: checked after the run, so the test can never pass without building anything. */
  private static final java.util.concurrent.atomic.AtomicInteger BUILT = new java.util.concurrent.atomic.AtomicInteger();
  /** Inputs built by default, as in {@code ./mvnw verify}. */
  static final int RUNS_IN_VERIFY = 120;
  /** Inputs to build: {@code -Dversus.fuzz.runs=N} for a longer run. */
  private static final int RUNS = Integer.getInteger("versus.fuzz.runs", RUNS_IN_VERIFY);
  /** Seed of input 0; input i uses seed + i. */
  private static final long SEED = Long.getLong("versus.fuzz.seed", 20261130L);

  @BeforeAll
  static void makeWork() throws IOException {
    work = Files.createTempDirectory("versus-fuzz-");
    // the first build loads flexmark, Pebble and the highlighter: warm up so the one-second limit measures the input
    Path warm = Files.createTempDirectory(work, "warm-");
    for (int i = 0; i < 3; i++) TestSites.build(TestSites.fixture("three", Files.createTempDirectory(warm, "w")), warm.resolve("site"));
  }

  @AfterAll
  static void removeWork() throws IOException {
    delete(work);
    System.out.println("FuzzBuildTest: " + BUILT.get() + " inputs built");
    assertTrue(BUILT.get() == RUNS, BUILT.get() + " of " + RUNS + " fuzz inputs were built");
  }

  /** One generated input: which file it replaces and the text written there. */
  record Input(String file, String text) {}

  @TestFactory
  Stream<DynamicTest> anyInputBuildsOrFailsCleanly() {
    return java.util.stream.LongStream.range(0, RUNS).mapToObj(i -> DynamicTest.dynamicTest(
        "input " + i + " (seed " + (SEED + i) + ")", () -> buildsOrFailsCleanly(inputs(new java.util.SplittableRandom(SEED + i)))));
  }

  private static void buildsOrFailsCleanly(List<Input> inputs) throws Exception {
    Path dir = Files.createTempDirectory(work, "try-");
    try {
      Path source = TestSites.fixture("three", dir);
      Path out = dir.resolve("site");
      for (Input in : inputs) {
        Path f = source.resolve(in.file());
        Files.createDirectories(f.getParent());
        Files.writeString(f, in.text(), StandardCharsets.UTF_8);
      }
      for (Input in : inputs) assertParsedWithinASecond(in);
      Set<Path> before = listing(dir);
      BuildResult r = TestSites.build(source, out);
      BUILT.incrementAndGet();
      for (Path p : listing(dir)) {
        assertTrue(before.contains(p) || p.startsWith(out), "written outside the output folder: " + p);
      }
      if (!r.hasErrors()) assertValidSite(out);
    } finally {
      delete(dir);
    }
  }

  /**
   * Splits, reads the YAML of and converts one input on this thread, and measures the CPU time it
   * took: the limit holds for the input itself, however busy the machine running the test is.
   */
  private static void assertParsedWithinASecond(Input in) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    dev.versus.diag.Diagnostics diags = new dev.versus.diag.Diagnostics();
    dev.versus.content.FrontMatter.split(in.file(), in.text(), false, diags).ifPresent(fm -> {
      dev.versus.content.YamlParser.parse(in.file(), fm.yaml(), fm.yamlFirstLine(), diags);
      MARKDOWN.toHtml(in.file(), fm.body(), fm.bodyFirstLine(), diags);
    });
    long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
    assertTrue(millis < 1_000, "reading " + in.file() + " took " + millis + " ms of CPU: " + in.text());
  }

  private static void assertValidSite(Path out) throws Exception {
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
        Set<String> ids = new HashSet<>();
        for (Element e : Jsoup.parse(TestSites.read(p)).select("[id]")) {
          assertTrue(ids.add(e.id()), "duplicate id `" + e.id() + "` in " + out.relativize(p));
        }
      }
    }
    var xml = DocumentBuilderFactory.newInstance();
    xml.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
    xml.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
  }

  /** The files an input may replace, each with the front matter keys the fuzzer draws from (null: no front matter). */
  private static final Map<String, List<String>> FILES = files();

  private static Map<String, List<String>> files() {
    List<String> article = List.of("title: \"The evening cup\"\n", "date: 2025-01-12\n", "date: 2025-13-45\n", "draft: true\n",
        "sources: [survey]\n", "sources: [nope]\n", "meta_description: \"<b>&</b>\"\n", "updated: 2025-02-01\n",
        "title: \"</title><script>x()</script>\"\n", "author: \"\\x01\"\n");
    List<String> criterion = List.of("title: \"Price\"\n", "group: practical\n", "group: nope\n", "question: \"Cost?\"\n",
        "order: 3\n", "order: ten\n", "verdicts:\n  tea: {level: built-in, summary: \"Cheap.\"}\n",
        "verdicts:\n  coffee: {level: nope, summary: \"]]>\"}\n", "verdicts: {}\n", "verdicts: [tea]\n");
    List<String> faq = List.of("question: \"Which is cheapest?\"\n", "question: \"\"\n", "criteria: [price]\n",
        "criteria: [nope]\n", "subjects: [tea, coffee]\n", "subjects: milk\n", "order: -1\n", "order: 99999999999\n");
    Map<String, List<String>> files = new LinkedHashMap<>();
    files.put("articles/evening.md", article);
    files.put("articles/fuzz.md", article);
    files.put("criteria/price.md", criterion);
    files.put("criteria/fuzz.md", criterion);
    files.put("faq/cheapest.md", faq);
    files.put("faq/fuzz.md", faq);
    files.put("subjects/tea.md", List.of("title: \"Tea\"\n"));
    files.put("index.md", null);
    return java.util.Collections.unmodifiableMap(files);
  }

  private static final String[] YAML_NOISE = {"\ttitle: x\n", "title:\t\"tab\"\n", "a: &a [x, *a]\n", "b: !!java.io.File x\n",
      "c: " + "[".repeat(66) + "x" + "]".repeat(66) + "\n", "d: \"unclosed\n", "? [k]\n: v\n", "e: |\n  block\n", "- list\n",
      "f: {a: 1, a: 2}\n", "title: x\ntitle: y\n", "g: @x\n"};

  /** Characters of the random YAML lines: printable ASCII plus a tab, an accent, a bidi override and two controls. */
  private static final String YAML_CHARS = printableAscii() + "\t\u00e9\u202e\u0000\u0001";

  private static final String[] MARKDOWN_FRAGMENTS = {"# Head\n", "## Head\n", "## Über größe\n", "# \n",
      // headings whose ids the templates also use, and a repeat that flexmark would number like another
      "## Sources\n", "## Verdicts\n", "## Contents\n", "# Head 1\n", "# Header {#main}\n",
      "[caffeine](../criteria/caffeine.md)", "[price](../criteria/price.md#nope)", "[self](#head)", "[x](fuzz.md)",
      "[loop](../articles/evening.md#winding-down)", "[up](../../../../etc/passwd)", "[js](javascript:alert(1))",
      "![img](../static/img/cup.svg)", "![no](../static/none.png)", "[](<>)", "[ref][nope]", "<https://example.org>",
      "<script>x()</script>", "<a href=\"../criteria/price.md\" onclick=\"y()\">raw</a>", "<!--", "-->", "<div>",
      "</div>", "<img src=x onerror=alert(1)>", "&#1;", "&#xD800;", "&#0;", "&amp;", "\u0000", "\u0001", "\r", "\r\n",
      "\uFEFF", "\u202e", "\uD83D\uDE80", "*", "**", "_", "`", "```", "```python\n", "~~~\n", "> ", "- ", "1. ",
      "| a | b |\n|---|---|\n| `x \\| y` | z |\n", "[^1]", "[^1]: note\n", "\\", "\n", "\n\n", "    code\n",
      "---\n", "***\n", "<", ">", "]]>", "\"", "'"};

  /** Block and inline openers repeated up to 400 times: deep nesting for the Markdown parser. */
  private static final String[] REPEATED = {"> ", "- ", "*", "["};

  /** One to three inputs, each replacing a different file of the fixture. */
  private static List<Input> inputs(RandomGenerator random) {
    List<String> names = new java.util.ArrayList<>(FILES.keySet());
    List<Input> inputs = new java.util.ArrayList<>();
    for (int n = random.nextInt(1, 4); n > 0; n--) {
      String file = names.remove(random.nextInt(names.size()));
      List<String> keys = FILES.get(file);
      inputs.add(new Input(file, (keys == null ? "" : frontMatter(random, keys)) + markdown(random)));
    }
    return inputs;
  }

  /** Up to eight lines between {@code ---} fences: known keys three times as often as YAML noise. */
  private static String frontMatter(RandomGenerator random, List<String> keys) {
    StringBuilder yaml = new StringBuilder("---\n");
    for (int n = random.nextInt(9); n > 0; n--) {
      if (random.nextInt(4) < 3) yaml.append(pick(random, keys));
      else if (random.nextBoolean()) yaml.append(pick(random, YAML_NOISE));
      else yaml.append(chars(random, YAML_CHARS, 30)).append('\n');
    }
    return yaml.append("---\n").toString();
  }

  /** Up to thirty fragments: Markdown syntax and cross-links, random printable text, or a deeply repeated opener. */
  private static String markdown(RandomGenerator random) {
    StringBuilder md = new StringBuilder();
    for (int n = random.nextInt(31); n > 0; n--) {
      switch (random.nextInt(3)) {
        case 0 -> md.append(pick(random, MARKDOWN_FRAGMENTS));
        case 1 -> md.append(chars(random, printableAscii(), 20));
        default -> md.append(pick(random, REPEATED).repeat(random.nextInt(1, 401)));
      }
    }
    return md.append('\n').toString();
  }

  /** Up to {@code max} characters, each picked from {@code alphabet}. */
  private static String chars(RandomGenerator random, String alphabet, int max) {
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(max + 1); n > 0; n--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    return s.toString();
  }

  private static String pick(RandomGenerator random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String pick(RandomGenerator random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String printableAscii() {
    StringBuilder s = new StringBuilder();
    for (char c = ' '; c <= '~'; c++) s.append(c);
    return s.toString();
  }

  private static Set<Path> listing(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.collect(java.util.stream.Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    // twice: a second pass removes what the first met while a folder was still being listed
    for (int pass = 0; pass < 2 && Files.exists(dir); pass++) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          try {
            Files.deleteIfExists(p);
          } catch (java.nio.file.DirectoryNotEmptyException e) {
            if (pass == 1) throw e;
          }
        }
      }
    }
  }

}

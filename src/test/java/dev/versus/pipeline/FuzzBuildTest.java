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
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Property-based fuzzing (jqwik) of the whole build: random front matter, Markdown bodies and
 * cross-links written over the three-subject fixture. For every input: no exception escapes the
 * build, reading it takes under a second of CPU, nothing is written outside the output
 * folder, and a build that succeeds publishes pages with unique ids and a feed and sitemap that
 * parse. The run in {@code verify} uses a fixed seed and {@code jqwik.tries.default} tries
 * (src/test/resources/junit-platform.properties); the long run is documented in the README.
 */
class FuzzBuildTest {
  private static Path work;
  private static final dev.versus.content.Markdown MARKDOWN = new dev.versus.content.Markdown();
  /** Inputs built in this run: checked after the run, so the property can never pass without building anything. */
  private static final java.util.concurrent.atomic.AtomicInteger BUILT = new java.util.concurrent.atomic.AtomicInteger();

  @BeforeContainer
  static void makeWork() throws IOException {
    work = Files.createTempDirectory("versus-fuzz-");
    // the first build loads flexmark, Pebble and the highlighter: warm up so the one-second limit measures the input
    Path warm = Files.createTempDirectory(work, "warm-");
    for (int i = 0; i < 3; i++) TestSites.build(TestSites.fixture("three", Files.createTempDirectory(warm, "w")), warm.resolve("site"));
  }

  @AfterContainer
  static void removeWork() throws IOException {
    delete(work);
    System.out.println("FuzzBuildTest: " + BUILT.get() + " inputs built");
    assertTrue(BUILT.get() >= 50, "only " + BUILT.get() + " fuzz inputs were built");
  }

  /** One generated input: which file it replaces and the text written there. */
  record Input(String file, String text) {}

  @Property(seed = "20261130")
  void anyInputBuildsOrFailsCleanly(@ForAll("inputs") List<Input> inputs) throws Exception {
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

  @Provide
  Arbitrary<List<Input>> inputs() {
    Arbitrary<Input> one = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("articles/evening.md", "articles/fuzz.md"), frontMatter(articleKeys()), markdown())
            .as((f, fm, md) -> new Input(f, fm + md)),
        Combinators.combine(Arbitraries.of("criteria/price.md", "criteria/fuzz.md"), frontMatter(criterionKeys()), markdown())
            .as((f, fm, md) -> new Input(f, fm + md)),
        Combinators.combine(Arbitraries.of("faq/cheapest.md", "faq/fuzz.md"), frontMatter(faqKeys()), markdown())
            .as((f, fm, md) -> new Input(f, fm + md)),
        Combinators.combine(Arbitraries.of("subjects/tea.md"), frontMatter(Arbitraries.of("title: \"Tea\"\n")), markdown())
            .as((f, fm, md) -> new Input(f, fm + md)),
        markdown().map(md -> new Input("index.md", md)));
    return one.list().ofMinSize(1).ofMaxSize(3).uniqueElements(Input::file);
  }

  private static Arbitrary<String> frontMatter(Arbitrary<String> keys) {
    Arbitrary<String> lines = Arbitraries.oneOf(keys, keys, keys, yamlNoise());
    return lines.list().ofMinSize(0).ofMaxSize(8).map(l -> "---\n" + String.join("", l) + "---\n");
  }

  private static Arbitrary<String> articleKeys() {
    return Arbitraries.of("title: \"The evening cup\"\n", "date: 2025-01-12\n", "date: 2025-13-45\n", "draft: true\n",
        "sources: [survey]\n", "sources: [nope]\n", "meta_description: \"<b>&</b>\"\n", "updated: 2025-02-01\n",
        "title: \"</title><script>x()</script>\"\n", "author: \"\\x01\"\n");
  }

  private static Arbitrary<String> criterionKeys() {
    return Arbitraries.of("title: \"Price\"\n", "group: practical\n", "group: nope\n", "question: \"Cost?\"\n", "order: 3\n",
        "order: ten\n", "verdicts:\n  tea: {level: built-in, summary: \"Cheap.\"}\n",
        "verdicts:\n  coffee: {level: nope, summary: \"]]>\"}\n", "verdicts: {}\n", "verdicts: [tea]\n");
  }

  private static Arbitrary<String> faqKeys() {
    return Arbitraries.of("question: \"Which is cheapest?\"\n", "question: \"\"\n", "criteria: [price]\n", "criteria: [nope]\n",
        "subjects: [tea, coffee]\n", "subjects: milk\n", "order: -1\n", "order: 99999999999\n");
  }

  private static Arbitrary<String> yamlNoise() {
    Arbitrary<String> fixed = Arbitraries.of("\ttitle: x\n", "title:\t\"tab\"\n", "a: &a [x, *a]\n", "b: !!java.io.File x\n",
        "c: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
        "d: \"unclosed\n", "? [k]\n: v\n", "e: |\n  block\n", "- list\n", "f: {a: 1, a: 2}\n", "title: x\ntitle: y\n", "g: @x\n");
    Arbitrary<String> random = Arbitraries.strings().withCharRange(' ', '~').withChars('\t', '\u00e9', '\u202e', '\u0000', '\u0001')
        .ofMaxLength(30).map(s -> s + "\n");
    return Arbitraries.oneOf(fixed, random);
  }

  private static Arbitrary<String> markdown() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.of("# Head\n", "## Head\n", "## Über größe\n", "# \n",
            "[caffeine](../criteria/caffeine.md)", "[price](../criteria/price.md#nope)", "[self](#head)", "[x](fuzz.md)",
            "[loop](../articles/evening.md#winding-down)", "[up](../../../../etc/passwd)", "[js](javascript:alert(1))",
            "![img](../static/img/cup.svg)", "![no](../static/none.png)", "[](<>)", "[ref][nope]", "<https://example.org>",
            "<script>x()</script>", "<a href=\"../criteria/price.md\" onclick=\"y()\">raw</a>", "<!--", "-->", "<div>",
            "</div>", "<img src=x onerror=alert(1)>", "&#1;", "&#xD800;", "&#0;", "&amp;", "\u0000", "\u0001", "\r", "\r\n",
            "\uFEFF", "\u202e", "\uD83D\uDE80", "*", "**", "_", "`", "```", "```python\n", "~~~\n", "> ", "- ", "1. ",
            "| a | b |\n|---|---|\n| `x \\| y` | z |\n", "[^1]", "[^1]: note\n", "\\", "\n", "\n\n", "    code\n",
            "---\n", "***\n", "<", ">", "]]>", "\"", "'"),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20),
        Arbitraries.of("> ", "- ", "*", "[").flatMap(s -> Arbitraries.integers().between(1, 400).map(s::repeat)));
    return fragment.list().ofMaxSize(30).map(l -> String.join("", l) + "\n");
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

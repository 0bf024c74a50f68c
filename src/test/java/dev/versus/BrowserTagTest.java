package dev.versus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast tier ({@code ./mvnw -B test -Dgroups='!browser'}) leaves out exactly the tests that start Chromium or a
 * Node tool; they carry {@code @Tag("browser")}. A new test class that drives a browser or an npm tool without the
 * tag would slow the fast tier down (or skip there silently), so this reads every test source and names it.
 */
class BrowserTagTest {
  private static final Path TESTS = TestSites.repo().resolve("src/test/java");
  /** What starts Chromium or Node in a test: Playwright, the gates' tool finder, the Chromium binary, npm tools. */
  private static final Pattern STARTS_BROWSER = Pattern.compile(
      "\\bChromium\\b|com\\.microsoft\\.playwright|Tools\\.(chromium|npmTool|vnuJar)\\(|/usr/bin/chromium|LighthouseCi\\.");
  private static final Pattern TEST = Pattern.compile("@(Test|ParameterizedTest|TestFactory|RepeatedTest)\\b");

  @Test
  void everyTestClassThatStartsABrowserOrNodeIsTaggedBrowser() throws IOException {
    List<String> untagged = testClasses().filter(src -> STARTS_BROWSER.matcher(src.text()).find())
        .filter(src -> !src.text().contains("@Tag(\"browser\")")).map(Source::name).toList();
    assertEquals(List.of(), untagged, "these test classes start Chromium or Node: add @Tag(\"browser\")");
  }

  @Test
  void theRuleSeesTheBrowserTests() throws IOException {
    // the pattern must match the known browser tests, or the check above passes having looked at nothing
    List<String> seen = testClasses().filter(src -> STARTS_BROWSER.matcher(src.text()).find()).map(Source::name).toList();
    for (String known : List.of("LighthouseTest.java", "ChromiumPrintTest.java", "BrowserReloadTest.java", "LinkinatorTest.java",
        "HtmlValidityTest.java", "LighthouseCiTest.java")) {
      assertFalse(seen.stream().noneMatch(n -> n.endsWith("/" + known)), known + " is not recognised as a browser test: " + seen);
    }
  }

  /** One test source: its path under src/test/java and its text. */
  private record Source(String name, String text) {}

  private static Stream<Source> testClasses() throws IOException {
    try (Stream<Path> files = Files.walk(TESTS)) {
      return files.filter(p -> p.getFileName().toString().endsWith("Test.java"))
          .map(p -> new Source(TESTS.relativize(p).toString().replace('\\', '/'), TestSites.read(p)))
          .filter(src -> TEST.matcher(src.text()).find() && !src.name().endsWith("/BrowserTagTest.java"))
          .sorted(java.util.Comparator.comparing(Source::name)).toList().stream();
    }
  }
}

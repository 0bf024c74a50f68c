package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.SiteLinks;
import dev.versus.TestSites;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nu Html Checker (the W3C validator) on every page and stylesheet of both guides, as the other gates
 * serve them ({@link ServedGuides}): zero errors, warnings listed. One forked JVM checks both sites and a canary folder with known errors, which proves
 * the checker looked at HTML and CSS at all. The checker is the npm package vnu-jar (pinned in
 * src/test/js's lock file): its 26.9 releases know CSS properties, such as {@code contain-intrinsic-size},
 * that the newest release on Maven Central (26.5.2) still rejects.
 */
@Tag("browser")
class HtmlValidityTest {
  @RegisterExtension
  static final ServedGuides guides = new ServedGuides();
  @TempDir
  static Path tmp;
  static List<Message> messages;

  /** One line of the checker's GNU-style output. */
  record Message(String file, String severity, String text) {
    static Message parse(String line) {
      // "file:/x/index.html":54.1-54.51: error: Duplicate ID “matrix”.
      if (!line.startsWith("\"file:")) return null;
      int close = line.indexOf("\":", 1);
      int sev = line.indexOf(": ", close + 2);
      if (close < 0 || sev < 0) return null;
      String rest = line.substring(sev + 2);
      String severity = rest.startsWith("error:") ? "error" : rest.startsWith("info warning:") ? "warning" : "info";
      return new Message(line.substring("\"file:".length(), close), severity, line);
    }
  }

  @BeforeAll
  static void validate() throws IOException, InterruptedException {
    List<String> dirs = new ArrayList<>();
    for (ServedSite site : guides.sites()) dirs.add(site.out().toString());
    TestSites.write(tmp.resolve("canary"), """
        -- bad.html --
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head>
        <body><p id="x">a</p><p id="x">b</p></body></html>
        -- bad.css --
        p { colour: red; }
        """);
    dirs.add(tmp.resolve("canary").toString());
    messages = runChecker(dirs);
  }

  static List<Message> runChecker(List<String> dirs) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", Tools.vnuJar().toString(), "--skip-non-html", "--also-check-css", "--format", "gnu"));
    cmd.addAll(dirs);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the checker did not finish");
    List<Message> out = new ArrayList<>();
    for (String line : output.split("\n")) {
      Message m = Message.parse(line.strip());
      if (m != null) out.add(m);
      else if (!line.isBlank()) System.out.println("vnu: " + line);
    }
    return out;
  }

  private static List<Message> of(Path dir, String severity) {
    String prefix = dir + File.separator;
    return messages.stream().filter(m -> m.file().startsWith(prefix) && m.severity().equals(severity)).toList();
  }

  private static void assertValid(ServedSite site) {
    List<Message> warnings = of(site.out(), "warning");
    List<Message> errors = of(site.out(), "error");
    int pages = SiteLinks.htmlFiles(site.out()).size();
    System.out.printf("vnu %s: %d pages + CSS checked, %d errors, %d warnings%n", site.name(), pages, errors.size(), warnings.size());
    warnings.forEach(w -> System.out.println("  " + w.text()));
    assertEquals(List.of(), errors.stream().map(Message::text).toList(), site.name());
  }

  @Test
  void checkerReportsKnownErrorsInHtmlAndCss() {
    List<String> files = of(tmp.resolve("canary"), "error").stream().map(m -> Path.of(m.file()).getFileName().toString()).distinct().sorted().toList();
    assertEquals(List.of("bad.css", "bad.html"), files, "canary: " + messages);
  }

  @Test
  void djangoFlaskGuideIsValid() {
    assertValid(guides.djangoFlask());
  }

  @Test
  void threeSubjectFixtureIsValid() {
    assertValid(guides.three());
  }
}

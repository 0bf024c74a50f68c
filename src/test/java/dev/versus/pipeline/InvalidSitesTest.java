package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per folder of {@code sites/invalid/}: each folder's files are laid over the valid
 * three-subject fixture ("(delete)" removes one), and {@code expected.txt} holds the exact
 * diagnostics the build must print. An error case must also leave the previous site intact; a raw-HTML
 * case ({@code raw-html-*}) must publish the article without what could run script.
 */
class InvalidSitesTest {
  private static final Path CASES = TestSites.repo().resolve("src/test/resources/sites/invalid");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(CASES)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheExactDiagnostic(String name, @TempDir Path tmp) throws IOException {
    Path source = TestSites.fixture("three", tmp);
    Path out = tmp.resolve("site");
    assertEquals(List.of(), TestSites.build(source, out).diagnostics(), "the base fixture must build cleanly");
    String before = TestSites.read(out.resolve("faq/cheapest/index.html"));

    overlay(CASES.resolve(name), source);
    BuildResult r = TestSites.build(source, out);
    List<String> actual = r.diagnostics().stream().map(Diagnostic::format).toList();
    Path expectedFile = CASES.resolve(name).resolve("expected.txt");
    if (Golden.updating()) Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8)
        .stream().filter(l -> !l.isBlank()).toList();
    assertEquals(expected, actual);
    if (name.startsWith("raw-html-")) assertSanitized(out.resolve("articles/evening/index.html"));

    if (r.count(Severity.ERROR) > 0) {
      assertTrue(Files.isRegularFile(out.resolve(".versus-manifest")));
      assertEquals(before, TestSites.read(out.resolve("faq/cheapest/index.html")), "the old site must survive");
      try (Stream<Path> s = Files.list(tmp)) {
        assertFalse(s.anyMatch(p -> p.getFileName().toString().contains(".tmp-")), "no temp folder left behind");
      }
    }
  }

  /**
   * A raw-HTML case is warned about and still published without what could run script: the article's
   * body holds nothing {@link dev.versus.content.ActiveHtml} would remove, and keeps its text.
   */
  private static void assertSanitized(Path page) {
    org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse(TestSites.read(page)).selectFirst("#article");
    assertTrue(body != null && body.text().contains("Winding down"), page.toString());
    assertEquals(List.of(), dev.versus.content.ActiveHtml.find(body, r -> dev.versus.diag.Position.of(page.toString())),
        body.html());
  }

  private static void overlay(Path caseDir, Path source) throws IOException {
    try (Stream<Path> s = Files.walk(caseDir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = caseDir.relativize(p).toString();
        if (rel.equals("expected.txt")) continue;
        Path target = source.resolve(rel);
        // bytes, not text: some cases are not UTF-8 on purpose (a BOM, Latin-1, a binary file)
        byte[] bytes = Files.readAllBytes(p);
        if (new String(bytes, StandardCharsets.UTF_8).strip().equals("(delete)")) {
          Files.delete(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.write(target, bytes);
        }
      }
    }
  }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
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
  /** Elements that load or run code, or send the reader elsewhere: none may reach a page from an author's HTML. */
  private static final Set<String> NEVER_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
      "applet", "base", "meta", "link");

  @RegisterExtension
  static final PreviousSite previous = new PreviousSite();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(CASES)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheExactDiagnostic(String name, @TempDir Path tmp) throws IOException {
    Path source = previous.copyTo(tmp);
    Path out = tmp.resolve("site");
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
   * A raw-HTML case is warned about and still published without what could run script: the article keeps its
   * text, and its body holds nothing of an independent list of what must never survive (written here from the
   * usual XSS vectors, not taken from the sanitiser's own rule table {@link dev.versus.content.ActiveHtml}, so a rule
   * dropped there fails here): an element of {@link #NEVER_ELEMENTS}, an {@code on*} event attribute,
   * {@code srcdoc} (a whole document in an attribute), a URL of the {@code javascript:} or {@code vbscript:}
   * scheme in any attribute ({@code href}, {@code formaction}, {@code xlink:href}...) or a {@code data:} URL that
   * is not a raster image, or a style that runs script ({@code expression(...)}, {@code javascript:} inside
   * {@code url(...)}).
   */
  private static void assertSanitized(Path page) {
    org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse(TestSites.read(page)).selectFirst("#article");
    assertTrue(body != null && body.text().contains("Winding down"), page.toString());
    assertEquals(List.of(), survivors(body), body.html());
  }

  /** Everything in {@code body} that the sanitiser should have removed, described for the failure message. */
  private static List<String> survivors(org.jsoup.nodes.Element body) {
    List<String> found = new ArrayList<>();
    for (org.jsoup.nodes.Element e : body.getAllElements()) {
      if (NEVER_ELEMENTS.contains(e.normalName())) found.add("<" + e.normalName() + ">");
      for (org.jsoup.nodes.Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        // browsers skip whitespace and control characters inside a URL's scheme ("java\tscript:")
        String value = a.getValue().replaceAll("[\\x00-\\x20\\x7f]+", "").toLowerCase(Locale.ROOT);
        boolean rasterImage = value.startsWith("data:image/") && !value.startsWith("data:image/svg");
        if (name.startsWith("on") || name.equals("srcdoc")
            || value.startsWith("javascript:") || value.startsWith("vbscript:")
            || (value.startsWith("data:") && !rasterImage)
            || (name.equals("style") && (value.contains("expression(") || value.contains("javascript:")))) {
          found.add("<" + e.normalName() + " " + a.getKey() + "=\"" + a.getValue() + "\">");
        }
      }
    }
    return found;
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

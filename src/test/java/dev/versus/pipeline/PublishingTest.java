package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three-subject fixture with one publishing detail changed inline, built end to end (issue 11). */
class PublishingTest {
  @TempDir
  Path tmp;

  private Path fixture(String files) {
    Path source = TestSites.fixture("three", tmp);
    TestSites.write(source, files);
    return source;
  }

  private static List<String> diagnostics(BuildResult r) {
    return r.diagnostics().stream().map(Diagnostic::format).toList();
  }

  private static Document html(Path file) {
    return Jsoup.parse(TestSites.read(file));
  }

  private static Document xml(Path file) {
    return Jsoup.parse(TestSites.read(file), "", Parser.xmlParser());
  }

  @Test
  void aPosixLanguageIsPublishedAsItsLanguageTag() {
    Path source = TestSites.fixture("three", tmp);
    String site = TestSites.read(source.resolve("site.yaml")).replace("language: en", "language: pt_BR");
    TestSites.write(source, "-- site.yaml --\n" + site);
    Path out = tmp.resolve("site");
    BuildResult r = TestSites.build(source, out);
    assertEquals(List.of("site.yaml:4:11: warning: language `pt_BR` uses an underscore, which BCP 47 does not allow: "
        + "publishing `pt-BR`; write `language: pt-BR`"), diagnostics(r));
    assertEquals("pt-BR", html(out.resolve("index.html")).selectFirst("html").attr("lang"));
    assertEquals("pt-BR", html(out.resolve("print/index.html")).selectFirst("html").attr("lang"));
    assertEquals("pt-BR", xml(out.resolve("feed.xml")).selectFirst("feed").attr("xml:lang"));
  }

  @Test
  void aLanguageThatIsNoTagIsAnErrorAtItsLine() {
    Path source = TestSites.fixture("three", tmp);
    String site = TestSites.read(source.resolve("site.yaml")).replace("language: en", "language: English");
    TestSites.write(source, "-- site.yaml --\n" + site);
    BuildResult r = TestSites.build(source, tmp.resolve("site"));
    assertEquals(List.of("site.yaml:4:11: error: language `English` is not a BCP 47 language tag: write an ISO 639 "
        + "language code, optionally with a region, such as `en`, `de`, `pt-BR` or `zh-Hant`"), diagnostics(r));
  }
}

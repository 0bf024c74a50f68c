package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nu Html Checker on a page whose body holds raw HTML it rejects where the author put it (an unclosed
 * {@code <summary>}, a stray {@code <li>}, {@code <bdo>} without {@code dir}, dates HTML cannot read, keyword and
 * boolean attributes with other values; round 10: a caption, term, description, ruby text, source or track outside
 * its parent, and each inside it): the mended page has no error. Before round 9 it had eleven.
 */
@Tag("browser")
class RawHtmlValidityTest {
  @Test
  void aPageOfMendedRawHtmlIsValid(@TempDir Path tmp) throws IOException, InterruptedException {
    Path source = TestSites.fixture("three", tmp.resolve("guide"));
    Files.writeString(source.resolve("articles/evening.md"), "---\ntitle: \"The evening cup\"\ndate: 2025-01-12\n---\n## Winding down\n\n"
        + TestSites.INVALID_WHERE_IT_STANDS + "\n<p><img src=\"https://example.org/a.png\" alt=\"a\" loading=\"soon\" decoding=\"fast\"></p>\n\n"
        + "<ol reversed=\"no\"><li>a</li></ol>\n\n<details open=\"yes\"><summary>S</summary>t</details>\n\n"
        + "<video src=\"v.mp4\" preload=\"sometimes\" controls=\"controls\"></video>\n\n"
        + TestSites.IN_ITS_PARENT + "\n" + TestSites.STRAY);
    Path out = tmp.resolve("site");
    var built = TestSites.build(source, out);
    assertEquals(false, built.hasErrors(), built.diagnostics().toString());
    Path page = tmp.resolve("page");
    Files.createDirectories(page);
    Files.copy(out.resolve("articles/evening/index.html"), page.resolve("index.html"));
    List<HtmlValidityTest.Message> errors = HtmlValidityTest.runChecker(List.of(page.toString())).stream()
        .filter(m -> m.severity().equals("error")).toList();
    assertEquals(List.of(), errors);
  }
}

package dev.versus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.versus.TestSites;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.render.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader who prints /print/ from the browser gets the same document: Chromium's own print gives
 * about as many pages as our PDF (it has no target-counter, so its contents show no page numbers).
 * Skipped without Chromium, unless VERSUS_REQUIRE_BROWSER=1.
 */
@Tag("browser")
class ChromiumPrintTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  Path tmp;

  @Test
  void chromiumPrintsThePrintViewToAboutAsManyPages() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("1".equals(System.getenv("VERSUS_REQUIRE_BROWSER"))) fail("VERSUS_REQUIRE_BROWSER=1 but " + CHROMIUM + " is missing");
      Assumptions.abort("Chromium is not installed at " + CHROMIUM + ": skipping the browser print check");
    }
    Path source = TestSites.fixture("three", tmp);
    Path out = tmp.resolve("site");
    // served from the folder itself, so the browser finds the stylesheet without a server
    String base = out.toUri().toString();
    BuildResult r = new Build().run(new BuildOptions(source, out, Optional.of(base), false, Optional.empty(),
        Optional.of(Paper.A4)), true);
    assertFalse(r.hasErrors(), r.diagnostics().toString());

    Path chromePdf = tmp.resolve("chromium.pdf");
    Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")), "--no-pdf-header-footer",
        "--print-to-pdf=" + chromePdf, out.resolve("print/index.html").toUri().toString()))
        .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish printing within 120 s; log: " + Files.readString(tmp.resolve("chromium.log")));
    }
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("chromium.log")));

    try (PdfFile ours = new PdfFile(out.resolve("guide.pdf")); PdfFile chromium = new PdfFile(chromePdf)) {
      assertTrue(Math.abs(ours.pages() - chromium.pages()) <= 3, "ours " + ours.pages() + ", Chromium " + chromium.pages());
      assertEquals(595, Math.round(chromium.document().getPage(0).getMediaBox().getWidth()), "the print view asks for A4");
      String text = chromium.allText();
      for (String s : List.of("Contents", "Comparison table", "How much does it wake you up?", "Which is cheapest?",
          "The Drinks Almanac")) {
        assertTrue(text.contains(s), s);
      }
      // the download link is for the screen only
      assertFalse(text.contains("laid out for paper"), "the note for the screen is not printed");
    }
  }
}

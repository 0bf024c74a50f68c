package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.SiteLinks;
import dev.versus.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code versus pdf} and {@code versus build --pdf} write guide.pdf and link it; a plain build does not. */
class PdfCommandTest {
  @TempDir
  Path tmp;

  @Test
  void pdfCommandWritesTheSiteWithItsPdfOnTheAskedPaper() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    Path out = tmp.resolve("site");
    assertEquals(0, Main.run("pdf", "--source", source.toString(), "--out", out.toString(), "--paper", "letter"));
    byte[] pdf = Files.readAllBytes(out.resolve("guide.pdf"));
    assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    assertTrue(SiteLinks.parse(out.resolve("print/index.html")).selectFirst("style").data().contains("size: letter;"));
    assertEquals("/drinks/guide.pdf", SiteLinks.parse(out.resolve("index.html")).selectFirst("a[href$=.pdf]").attr("href"));
  }

  @Test
  void buildWithPdfFlagWritesThePdfAndAPlainBuildRemovesIt() {
    Path source = TestSites.fixture("three", tmp);
    Path out = tmp.resolve("site");
    assertEquals(0, Main.run("build", "--pdf", "--source", source.toString(), "--out", out.toString()));
    assertTrue(Files.isRegularFile(out.resolve("guide.pdf")));
    // the next plain build publishes a site without the PDF (deleted, as the old manifest lists it), and without a link to it
    assertEquals(0, Main.run("build", "--source", source.toString(), "--out", out.toString()));
    assertFalse(Files.exists(out.resolve("guide.pdf")));
    assertTrue(SiteLinks.parse(out.resolve("index.html")).select("a[href$=.pdf]").isEmpty());
  }

  @Test
  void unknownPaperIsAUsageError() {
    assertEquals(2, Main.run("pdf", "--source", tmp.toString(), "--paper", "a3"));
  }
}

package dev.versus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostics;
import dev.versus.i18n.I18nFiles;
import dev.versus.i18n.UiStrings;
import dev.versus.matrix.Matrix;
import dev.versus.model.Site;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.render.Paper;
import dev.versus.render.Renderer;
import dev.versus.render.Theme;
import dev.versus.web.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API the preview server uses: the print view and the PDF of a site in memory, nothing written. */
class PdfMakerTest {
  @TempDir
  Path tmp;

  @Test
  void makesThePdfOfASiteInMemoryWithTheThemesStylesheet() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    BuildResult built = new Build().run(new BuildOptions(source, tmp.resolve("site"), Optional.empty(), false, Optional.empty()), false);
    Site site = built.site().orElseThrow();
    Theme theme = Theme.locate(source, Optional.empty());

    Diagnostics diags = new Diagnostics();
    UiStrings strings = I18nFiles.read(theme.roots(), diags).resolve(site.config().language(), diags);
    Output print = new Renderer(theme, strings, Paper.LETTER, false).renderPrint(site, Matrix.of(site), diags).orElseThrow();
    assertEquals("print/index.html", print.path());
    assertTrue(new String(print.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("size: letter;"));

    // no outputs at hand: the stylesheet comes from the theme
    Output a4 = new Renderer(theme, strings, Paper.A4, false).renderPrint(site, Matrix.of(site), diags).orElseThrow();
    Pdf pdf = new PdfMaker(theme.roots(), theme::staticFiles).convert(new String(a4.bytes(), java.nio.charset.StandardCharsets.UTF_8),
        site.config().baseUrl(), List.of(), diags).orElseThrow();
    assertEquals(List.of(), diags.sorted());
    Path file = Files.write(tmp.resolve("guide.pdf"), pdf.bytes());
    try (PdfFile read = new PdfFile(file)) {
      assertEquals(pdf.pages(), read.pages());
      assertTrue(read.pages() >= 9, "pages: " + read.pages());
      assertFalse(read.fonts().stream().anyMatch(f -> !f.embedded()), read.fonts().toString());
      assertTrue(read.allText().contains("Which drink wakes me up fastest?"));
    }
    assertFalse(Files.exists(tmp.resolve("site")), "nothing written");
  }
}

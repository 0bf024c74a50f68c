package dev.versus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.InitGuide;
import dev.versus.diag.Diagnostics;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.render.Paper;
import dev.versus.web.Output;
import dev.versus.web.Routes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, fault 9: a character none of the print fonts has prints as "#" in guide.pdf. The fonts
 * the theme ships stand in for each other (a ✓ in body text comes from DejaVu Sans, which the serif
 * lacks), and what no font has is a warning naming the file, line, column and the characters.
 */
class PdfGlyphsTest {
  @TempDir
  Path tmp;

  private static String glyphWarning(String chars) {
    return "warning: the PDF's fonts have no glyph for " + chars + ": the PDF prints \"#\" instead; add a font that has"
        + " them to the theme's print-fonts/ folder and name its family in print.css (docs/print-and-pdf.md: The PDF)";
  }

  @Test
  void charactersNoFontHasAreWarningsAtTheirLine() throws Exception {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "criteria/speed.md", t -> t + "\n## 数据库 🚀\n\nChecked ✓ with `ⱥ` in code.\n");
    InitGuide.edit(guide, "faq/which-first.md", t -> t.replace("Which should I try first?", "Which should I try first 🚀?"));
    BuildResult r = new Build().run(new BuildOptions(guide, tmp.resolve("site"), Optional.empty(), false, Optional.empty(),
        Optional.of(Paper.A4)), false);
    assertEquals(List.of(
        "criteria/speed.md:14:4: " + glyphWarning("库 (U+5E93), 据 (U+636E), 数 (U+6570), 🚀 (U+1F680)"),
        "faq/which-first.md:2:37: " + glyphWarning("🚀 (U+1F680)")), InitGuide.messages(r));

    Output pdf = r.outputs().stream().filter(o -> o.path().equals(Routes.PDF)).findFirst().orElseThrow();
    Path file = Files.write(tmp.resolve("guide.pdf"), pdf.bytes());
    try (PdfFile read = new PdfFile(file)) {
      String text = read.allText();
      assertTrue(text.contains("Checked ✓ with ⱥ in code."), "the serif and the mono font fall back to DejaVu Sans: " + text);
    }
  }

  @Test
  void charactersOnlyTheThemeWritesAreWarningsAtThePrintView() {
    Diagnostics diags = new Diagnostics();
    MissingGlyphs.report(Set.of(0x1F680), Optional.empty(), Routes.PRINT_FILE, diags);
    assertEquals(List.of("print/index.html: " + glyphWarning("🚀 (U+1F680)") + " (written by the theme's templates)"),
        diags.sorted().stream().map(dev.versus.diag.Diagnostic::format).toList());
  }

  @Test
  void aGuideInAnotherScriptGetsABoundedList() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "articles/getting-started.md", t -> t + "\n" + "数据库\n\n".repeat(30));
    Diagnostics diags = new Diagnostics();
    MissingGlyphs.report(Set.of(0x6570), Optional.of(guide), Routes.PRINT_FILE, diags);
    List<String> messages = diags.sorted().stream().map(dev.versus.diag.Diagnostic::format).toList();
    assertEquals(MissingGlyphs.MAX_LINES + 1, messages.size());
    assertTrue(messages.contains("print/index.html: warning: 10 more lines of the guide hold characters the PDF's fonts lack;"
        + " the first 20 are listed above"), messages.toString());
  }
}

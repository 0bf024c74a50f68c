package dev.versus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.render.Paper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clean {@code versus pdf} prints Versus's summary only; a real font problem is a Versus warning at its line. */
class PdfConsoleTest {
  @TempDir
  Path tmp;

  @Test
  void aCleanPdfRunPrintsOnlyTheSummary() throws IOException, InterruptedException {
    Path source = TestSites.fixture("three", tmp);
    // a JVM of its own, as a user runs it: library logging goes wherever the process's configuration sends it
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-D" + "versus.repo=" + TestSites.repo(), "-cp", System.getProperty("java.class.path"), "dev.versus.cli.Main",
        "pdf", "--source", source.toString(), "--out", tmp.resolve("site").toString())
        .redirectErrorStream(true).start();
    String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), console);
    List<String> lines = console.lines().toList();
    assertEquals(2, lines.size(), "console:\n" + console);
    assertTrue(lines.get(0).startsWith("built ") && lines.get(0).contains("0 errors, 0 warnings"), console);
    assertTrue(lines.get(1).startsWith("note: guide.pdf: "), console);
  }

  @Test
  void aFontFamilyNamingNoPrintFontIsAWarningAtItsLine() throws IOException {
    Path source = TestSites.fixture("three", tmp);
    Path theme = TestSites.themeWith(tmp, "static/css/print.css");
    Path css = theme.resolve("static/css/print.css");
    List<String> lines = Files.readAllLines(css);
    int at = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("code {")) {
        // every print font out of the list (they stand in for each other): code falls back to the PDF's Courier
        lines.set(i, lines.get(i).replaceAll("\"DejaVu [A-Za-z ]+\", ", ""));
        at = i + 1;
      }
    }
    Files.write(css, lines);
    TestSites.write(source, TestSites.article("code", "Code", "2026-01-02", """
        Run `make` first.
        """));
    var r = new Build().run(new BuildOptions(source, tmp.resolve("site"), Optional.empty(), false, Optional.of(theme),
        Optional.of(Paper.A4)), true);
    List<String> diags = r.diagnostics().stream().map(Diagnostic::format).toList();
    assertEquals(1, diags.size(), diags.toString());
    assertTrue(diags.get(0).startsWith(css + ":" + at + ": warning: the PDF draws text in Courier"), diags.get(0));
    assertTrue(diags.get(0).endsWith("not embedded: viewers substitute their own font and symbols such as ● may be missing; "
        + "name one of the print fonts (DejaVu Sans Condensed, DejaVu Sans Mono, DejaVu Serif) in this `font-family`"),
        diags.get(0));
  }

  /**
   * The guide's own static/css/print.css replaces the theme's in the site and so in the PDF; a font-family there that
   * names no print font is a warning at its line, in the guide's file. It was reported at the built-in theme's
   * print.css, without a line, which the author never wrote (found by the round-9 tester).
   */
  @Test
  void theGuidesOwnPrintCssIsWhereTheWarningPoints() throws IOException {
    Path source = TestSites.fixture("three", tmp);
    Files.createDirectories(source.resolve("static/css"));
    Files.writeString(source.resolve("static/css/print.css"), "/* the guide's own */\nbody { font-family: Arial, sans-serif; }\n");
    var r = new Build().run(new BuildOptions(source, tmp.resolve("site"), Optional.empty(), false, Optional.empty(),
        Optional.of(Paper.A4)), true);
    List<String> diags = r.diagnostics().stream().map(Diagnostic::format).filter(d -> d.contains("not embedded")).toList();
    assertEquals(1, diags.size(), r.diagnostics().toString());
    assertTrue(diags.get(0).startsWith("static/css/print.css:2: warning: the PDF draws text in "), diags.get(0));
  }
}

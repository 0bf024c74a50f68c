package dev.versus.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.InitGuide;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.pipeline.LiveBuild;
import dev.versus.pipeline.Rebuild;
import dev.versus.web.Output;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's faults 1 to 9 as the preview server sees them: a guide holding every fault's input
 * (started from {@code versus init}) is served exactly as a full build publishes it, with the same
 * diagnostics, before and after an edit; and the PDF made on request reports the characters its fonts lack.
 */
class FaultsInPreviewTest {
  private static final String BASE = "http://127.0.0.1:4321/";

  @TempDir
  Path tmp;

  /** The init guide with each fault's input: CR line ends, a tab after a key, repeated and reserved headings,
   * a pipe in cell code, an encoded anchor, an empty FAQ answer, raw HTML links and an open comment. */
  private Path guide() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "subjects/beta.md", t -> t.replace("\n", "\r"));
    InitGuide.edit(guide, "articles/getting-started.md", t -> t.replace("title: \"Getting started\"", "title:\t\"Getting started\"")
        + "\n## Sources\n\n# Header\n\n# Header 1\n\n# Header\n\n| a | b |\n|---|---|\n| `x \\| y` | z |\n"
        + "\nSee [size](../criteria/speed.md#gr%C3%B6%C3%9Fe) and <a href=\"../subjects/beta.md\">Beta</a>.\n");
    InitGuide.edit(guide, "criteria/speed.md", t -> t + "\n## Größe\n\n<div>\n<!-- open\n</div>\n\nTry [alpha](../subjects/alpha.md).\n");
    InitGuide.write(guide, "faq/empty.md", "---\nquestion: \"Is this answered?\"\n---\n");
    return guide;
  }

  @Test
  void theLiveBuildServesWhatAFullBuildPublishes() {
    Path guide = guide();
    LiveBuild live = new LiveBuild(guide, Optional.empty(), false, BASE, Set.of());
    Rebuild first = live.start();
    assertSame(guide, live, first.diagnostics());
    assertEquals(2, first.diagnostics().size(), first.diagnostics().toString());

    InitGuide.edit(guide, "subjects/alpha.md", t -> (t + "\n# Header\n\n# Header\n\n<img src=\"../static/none.png\">\n").replace("\n", "\r\n"));
    Rebuild edit = live.update(List.of(guide.resolve("subjects/alpha.md")));
    assertTrue(edit.diagnostics().stream().map(Diagnostic::format).anyMatch(d -> d.startsWith("subjects/alpha.md:16:1: error: broken image")),
        edit.diagnostics().toString());
    InitGuide.edit(guide, "subjects/alpha.md", t -> t.replace("<img src=\"../static/none.png\">", ""));
    Rebuild fixed = live.update(List.of(guide.resolve("subjects/alpha.md")));
    assertSame(guide, live, fixed.diagnostics());
  }

  private static void assertSame(Path guide, LiveBuild live, List<Diagnostic> served) {
    BuildResult full = new Build().run(new BuildOptions(guide, guide.resolveSibling("unused"), Optional.of(BASE), false,
        Optional.empty()), false);
    assertEquals(full.diagnostics(), served);
    Diagnostics diags = new Diagnostics();
    for (Output o : full.outputs()) {
      if (o.bytes() == null) continue;
      assertArrayEquals(o.bytes(), live.get(o.path(), diags).orElseThrow().output().bytes(), o.path());
    }
  }

  @Test
  void thePdfMadeOnRequestReportsMissingCharactersOnTheConsole() throws Exception {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "criteria/speed.md", t -> t + "\n## 数据库 🚀\n");
    StringWriter console = new StringWriter();
    try (Preview preview = Preview.start(new Preview.Settings(guide, Optional.empty(), false, "127.0.0.1", 0),
        new PrintWriter(console, true))) {
      Http.Response pdf = Http.get(preview.url(), "/guide.pdf");
      assertEquals(200, pdf.status());
      assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
    }
    assertTrue(console.toString().contains("guide.pdf:\n  criteria/speed.md:14:4: warning: the PDF's fonts have no glyph for"
        + " 库 (U+5E93), 据 (U+636E), 数 (U+6570), 🚀 (U+1F680)"), console.toString());
  }
}

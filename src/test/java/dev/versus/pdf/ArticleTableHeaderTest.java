package dev.versus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.render.Paper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article's table longer than a page repeats its header row on every page of the PDF it runs onto
 * (issue 24, print), read back with poppler's pdftotext as a reader's tools would.
 */
class ArticleTableHeaderTest {
  @TempDir
  Path tmp;

  static String pdftotext(Path pdf, int page) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page), "-layout", pdf.toString(), "-")
        .redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0, text);
    return text;
  }

  @Test
  void aLongTableRepeatsItsHeaderRowOnEveryPage() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    StringBuilder md = new StringBuilder("---\ntitle: \"Every setting\"\nmeta_description: \"A long table.\"\ndate: 2025-01-02\n---\n"
        + "All the settings.\n\n| Setting name | Default value | Since |\n|---|---|---|\n");
    for (int i = 1; i <= 120; i++) md.append("| option").append(i).append(" | value ").append(i).append(" | 1.").append(i).append(" |\n");
    TestSites.write(source, "-- articles/settings.md --\n" + md);
    try (PrintedGuide guide = PrintedGuide.build(source, tmp.resolve("site"), Paper.A4)) {
      Path pdf = tmp.resolve("site/guide.pdf");
      int pages = guide.pdf().pages();
      List<Integer> tablePages = new ArrayList<>();
      List<Integer> withoutHeader = new ArrayList<>();
      for (int page = 1; page <= pages; page++) {
        String text = pdftotext(pdf, page);
        if (!text.matches("(?s).*\\boption\\d+\\b.*")) continue;
        tablePages.add(page);
        if (!text.contains("Setting name") || !text.contains("Default value")) withoutHeader.add(page);
      }
      assertTrue(tablePages.size() >= 3, "120 rows run over several pages: " + tablePages);
      assertEquals(List.of(), withoutHeader, "pages of the table without its header row, of " + tablePages);
    }
  }
}

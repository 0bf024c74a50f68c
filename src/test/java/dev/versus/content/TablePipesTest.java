package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.InitGuide;
import dev.versus.pipeline.BuildResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, fault 4: in a GFM table cell, {@code \|} is a pipe that does not end the cell, and the
 * backslash is removed everywhere in the cell, inside code spans and raw HTML too (GFM spec, example
 * 200). The table goes into every document {@code versus init} writes, and every page that shows one
 * of them (its own page, the FAQ list, the home page, the feed and the print view) must show the pipe.
 */
class TablePipesTest {
  private static final String TABLE = "\n\n| Command | Note |\n|---|---|\n| `du -k \\| sort -n` | a\\|b <span title=\"x\\|y\">z</span> |\n";

  @TempDir
  Path tmp;

  @Test
  void markdownOfExample200() {
    String html = new Markdown().toHtml("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n", 1);
    Document d = Jsoup.parseBodyFragment(html);
    assertEquals(List.of("f|oo"), d.select("th").eachText());
    assertEquals(List.of("b | az", "b | im"), d.select("td").eachText());
    assertEquals("|", d.selectFirst("td code").text());
  }

  @Test
  void everyPageShowingACellShowsThePipe() {
    Path guide = InitGuide.create(tmp);
    for (String f : List.of("index.md", "subjects/alpha.md", "criteria/speed.md", "articles/getting-started.md", "faq/which-first.md")) {
      InitGuide.edit(guide, f, t -> t + TABLE);
    }
    BuildResult r = InitGuide.build(guide);
    assertEquals(List.of(), InitGuide.messages(r));
    Map<String, String> pages = InitGuide.pages(r);
    Map<String, Integer> tables = Map.of("index.html", 1, "subjects/alpha/index.html", 1, "criteria/speed/index.html", 1,
        "articles/getting-started/index.html", 1, "faq/which-first/index.html", 1, "faq/index.html", 1, "print/index.html", 5);
    tables.forEach((file, count) -> {
      Document d = Jsoup.parse(pages.get(file));
      assertEquals(count, d.select("table.md-table").size(), file);
      for (var code : d.select("table.md-table td code")) assertEquals("du -k | sort -n", code.text(), file);
      for (var span : d.select("table.md-table td span[title]")) assertEquals("x|y", span.attr("title"), file);
      assertFalse(d.select("table.md-table").text().contains("\\"), file);
    });
    // the feed carries the article's HTML as escaped text
    Document feed = Jsoup.parse(pages.get("feed.xml"), "", Parser.xmlParser());
    Document content = Jsoup.parseBodyFragment(feed.selectFirst("entry content").text());
    assertEquals("du -k | sort -n", content.selectFirst("td code").text());
    assertTrue(content.select("td").get(1).text().startsWith("a|b"));
  }
}

package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.versus.diag.Diagnostics;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link BoundedInlineParser}: its three speed-ups give flexmark's own HTML, each makes its hostile paragraph
 * linear (each of these took minutes before), and a paragraph past {@link BoundedInlineParser#MAX_RUN} is an
 * error at its position, while tables and long ordinary paragraphs are not.
 */
class BoundedInlineParserTest {
  private static final MutableDataSet OPTIONS = new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), FootnoteExtension.create()))
      .toMutable();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();
  private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();

  /** Versus' parser without the size backstop, so that the speed-ups alone are timed. */
  private static Parser bounded(int maxRun) {
    Parser.Builder builder = Parser.builder(OPTIONS);
    BoundedInlineParser.install(builder, maxRun);
    return builder.build();
  }

  private static String repeat(String unit, int chars) {
    return unit.repeat(chars / unit.length() + 1);
  }

  @Test
  void givesFlexmarksOwnHtmlOnRandomMarkup() {
    Parser ours = bounded(Integer.MAX_VALUE);
    String alphabet = "**__~~[]()`\\!<>&; a|\n-:#1";
    String[] words = {"[a](u)", "[b][r]", "[r]: /x\n", "![i](p)", "`c`", "``", "&amp;", "<b>", "</b>", "<http://x.y>",
        "**", "***", "_", "~~", "[^1]", "[^1]: n\n", "\\`", "| a | b |\n|---|---|\n| c | d |\n", "\n\n"};
    Random random = new Random(9);
    for (int n = 0; n < 4_000; n++) {
      StringBuilder md = new StringBuilder();
      int length = 1 + random.nextInt(60);
      for (int i = 0; i < length; i++) {
        md.append(random.nextInt(3) == 0 ? words[random.nextInt(words.length)] : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      String text = md.toString();
      assertEquals(RENDERER.render(FLEXMARK.parse(text)), RENDERER.render(ours.parse(text)), text);
    }
  }

  @Test
  void eachHostileParagraphParsesInLinearTime() {
    Parser ours = bounded(Integer.MAX_VALUE);
    // links between unmatched emphasis (the delimiter walk: 1.5 MB), links and entities on Java 17 (the match
    // copies) and backtick runs that never close (300 KB each): each took minutes with flexmark's own parser
    for (String unit : new String[] {"*[](u)", "*a **b [l](u) _c ", "[l](u) &amp; ", "\\``"}) {
      String paragraph = repeat(unit, unit.equals("*[](u)") ? 1_500_000 : 300_000);
      String html = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> RENDERER.render(ours.parse(paragraph)), unit);
      assertTrue(html.startsWith("<p>"), unit);
    }
  }

  @Test
  void aParagraphPastTheLimitIsAnErrorAtItsStartAndNotParsed() {
    String body = "## Steeping\n\nShort one.\n\n" + repeat("*a **b [l](u) _c ", 335_000) + "\n";
    Diagnostics diags = new Diagnostics();
    var rendered = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new Markdown().render("articles/tea.md", body, 5, diags));
    assertTrue(rendered.isEmpty());
    assertEquals(List.of("articles/tea.md:9:1: error: this paragraph is 335,003 characters long, more than the 100,000"
        + " Versus converts in one paragraph (Markdown's links and emphasis take time that grows faster than the text);"
        + " split it into paragraphs with blank lines between them"),
        diags.sorted().stream().map(dev.versus.diag.Diagnostic::format).toList());
  }

  @Test
  void tablesAndLongOrdinaryParagraphsAreNotCaught() {
    StringBuilder table = new StringBuilder("| Tea | Minutes | Notes |\n|---|---|---|\n");
    for (int i = 0; table.length() < 400_000; i++) table.append("| *Tea ").append(i).append("* | ").append(i % 7).append(" | [see](x.md) |\n");
    String prose = repeat("Tea leaves steep in hot water, and [the cup](cup.md) is *ready* to drink. ", 19_000);
    Diagnostics diags = new Diagnostics();
    var rendered = new Markdown().render("articles/tea.md", table + "\n" + prose + "\n", 5, diags);
    assertEquals(List.of(), diags.sorted().stream().map(dev.versus.diag.Diagnostic::format).toList());
    String html = rendered.orElseThrow().html();
    assertTrue(html.contains("<em>Tea 4000</em>") && html.contains("<em>ready</em>"), html.substring(0, 300));
  }
}

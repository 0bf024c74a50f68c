package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PlainText} writes every text node as flexmark's own renderer does. */
class PlainTextTest {
  private final MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
  private final Parser parser = Parser.builder(options).build();
  private final HtmlRenderer flexmark = HtmlRenderer.builder(options).build();
  private final HtmlRenderer ours = HtmlRenderer.builder(options).nodeRendererFactory(o -> new PlainText()).build();

  @Test
  void rendersTextAsFlexmarkDoes() {
    for (String md : List.of(
        "Plain words, \"quoted\" and 'single', a < b > c, x=\"y\".\n",
        "Escapes \\* and \\\\ and \\\" stay flexmark's; &amp; &copy; &#169; &bogus; & alone.\n",
        "# Heading \"with\" <angle>\n\n*em \"q\"* **strong <b>** `code \"c\"` [link \"t\"](u.md \"title\")\n",
        "Windows\r\nline ends\r\nand a lone\rreturn.\r\n",
        "| a \"b\" | c<d |\n|---|---|\n| e>f | \"g\" |\n\n- item \"one\"\n- item <two>\n\n> quote \"q\"\n",
        "Unicode: naïve café — “curly” ✓ 𝄞, tabs\tinside, trailing spaces  \nhard break.\n",
        "<span>raw \"html\"</span> then text \"after\".\n")) {
      assertEquals(flexmark.render(parser.parse(md)), ours.render(parser.parse(md)), md);
    }
  }

  @Test
  void leavesEscapesEntitiesAndReturnsToFlexmark() {
    assertEquals("a&lt;b&gt;&quot;c&quot;'d", PlainText.escaped(BasedSequence.of("a<b>\"c\"'d")));
    assertEquals("xyz", PlainText.escaped(BasedSequence.of("wxyz").subSequence(1)));
    assertNull(PlainText.escaped(BasedSequence.of("a\\*b")));
    assertNull(PlainText.escaped(BasedSequence.of("a &amp; b")));
    assertNull(PlainText.escaped(BasedSequence.of("a\r\nb")));
  }
}

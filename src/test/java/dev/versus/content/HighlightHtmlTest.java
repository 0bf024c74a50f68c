package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.codewaves.codehighlight.core.Highlighter;
import com.codewaves.codehighlight.renderer.HtmlRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HighlightHtml} writes exactly what the library's own {@code HtmlRenderer} writes, in linear time. */
class HighlightHtmlTest {
  private static final List<String[]> BLOCKS = List.of(
      new String[] {"java", "class A<T> { /* a & b */ String s = \"<x>\"; int n = 1 >> 2; @Override void f() {} }"},
      new String[] {"python", "def f(a, b=1):\n    '''doc & <more>'''\n    return a > b  # note\n"},
      new String[] {"xml", "<!DOCTYPE html>\n<p class=\"x\">a &amp; b</p>\n<script>var x = 1 < 2 && f('<');</script>\n"
          + "<style>p > a { color: red; }</style>"},
      new String[] {"bash", "echo \"$HOME\" > /tmp/x && ls <in # comment\n"},
      new String[] {"yaml", "key: value # c\nlist:\n  - \"a & b\"\n"},
      new String[] {"json", "{\"a\": [1, 2.5, true, null], \"b\": \"<&>\"}"},
      new String[] {"javascript", "const f = (a) => a < 3 ? `t ${a}` : /re>/g;"},
      new String[] {"css", "a:hover > b::after { content: \"&\"; }"},
      new String[] {"ini", "[section]\nkey = \"v\" ; c"},
      new String[] {"diff", "--- a\n+++ b\n@@ -1 +1 @@\n-<old>\n+&new"},
      new String[] {"http", "GET /a?b=<c> HTTP/1.1\nHost: x\n\n{\"a\": 1}"},
      new String[] {"makefile", "all: a.o\n\t$(CC) -o $@ $< > log"},
      new String[] {"shell", "$ echo <a> & wait\noutput"},
      new String[] {"java", ""},
      new String[] {"nosuchlanguage", "<plain> & text"});

  @Test
  void everyLanguageVersusNamesGivesTheLibrarysBytes() {
    for (String[] b : BLOCKS) {
      var theirs = new Highlighter<CharSequence>(n -> new HtmlRenderer("hljs-")).highlight(b[0], b[1]);
      var ours = new Highlighter<CharSequence>(n -> new HighlightHtml("hljs-")).highlight(b[0], b[1]);
      assertEquals(String.valueOf(theirs.getResult()), String.valueOf(ours.getResult()), b[0] + ": " + b[1]);
      assertEquals(theirs.getRelevance(), ours.getRelevance(), b[0]);
    }
  }

  @Test
  void aBlockWithSpansIsHighlighted() {
    var ours = new Highlighter<CharSequence>(n -> new HighlightHtml("hljs-")).highlight("java", "class A { int n = 1; }");
    assertTrue(ours.getResult().toString().contains("<span class=\"hljs-keyword\">class</span>"), ours.getResult().toString());
  }

  @Test
  void escapesAsTheThreeReplacesDo() {
    StringBuilder out = new StringBuilder();
    HighlightHtml.escape("a&b<c>d&amp;", out);
    assertEquals("a&amp;b&lt;c&gt;d&amp;amp;", out.toString());
  }
}

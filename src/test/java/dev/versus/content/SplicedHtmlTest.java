package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A body converted with {@link SplicedHtml} has the bytes flexmark's line writer gives it alone. */
class SplicedHtmlTest {
  private final Markdown spliced = new Markdown();
  private final Markdown written = new Markdown(false);

  private void same(String md) {
    assertEquals(written.toHtml(md, 1), spliced.toHtml(md, 1), md);
  }

  @Test
  void writesCodeAndTextAsTheLineWriterDoes() {
    for (String md : List.of(
        "Plain words, \"quoted\" and 'single', a < b > c, x=\"y\" and more words here.\n",
        "Two  spaces  inside, a\ttab inside, trailing spaces  \nhard break, then\nsoft break and a longer line.\n",
        "Non-breaking\u00a0space at\u00a0 the end\u00a0\nof a line\u00a0\u00a0twice, and ideographic\u3000space here.\n",
        "```java\nclass A {\n  void run() {   \n\n\n  }\t\n}\n\n\n```\n\nAfter the block.\n",
        "```\n   leading spaces kept\n\ttab kept\n```\n\n```python\n\n\n```\n\n```yaml\n\n```\n",
        "- a list item with enough words\n\n  ```bash\n  echo \"indented fence\"   \n    more\n  ```\n\n- second item  here\n",
        "> quoted text with enough words\n>\n> ```js\n> var x = 1;  \n> ```\n\n> lazy\ncontinuation line\n",
        "| a \"b\" long cell | c<d |\n|---|---|\n| e>f | \"g\"  h |\n\n# Heading with words \"q\"\n\n*em \"q\" words* **strong <b>**\n",
        "    indented code block\n      with more\n\nText after <span>raw html words</span> then text.\n",
        "Escapes \\* and \\\\ and &amp; &copy; stay flexmark's, as do\r\nWindows line ends\r\n",
        "Unicode: naïve café — “curly” ✓ 𝄞 words, emoji 😀 inside text, and [a link](x.md \"title\").\n")) {
      same(md);
    }
  }

  @Test
  void writesRandomBodiesAsTheLineWriterDoes() {
    String[] pieces = {"word", "longer words here", " ", "  ", "\t", "\n", "\n\n", "*", "**", "`", "> ", "- ", "1. ",
        "```java\n", "```\n", "    ", "| a | b |\n|---|---|\n", "# ", "\\", "&amp;", "\u00a0", "<", "\"", "[x](y.md)",
        "class A { int b; }", "\r\n", "é", "😀"};
    Random random = new Random(26);
    for (int n = 0; n < 3000; n++) {
      StringBuilder md = new StringBuilder();
      for (int k = random.nextInt(40); k >= 0; k--) md.append(pieces[random.nextInt(pieces.length)]);
      same(md.toString());
    }
  }

  @Test
  void passesOnlyTextTheWriterLeavesAlone() {
    assertTrue(SplicedHtml.passesUnchanged("words, \"quoted\" &lt; x"));
    assertFalse(SplicedHtml.passesUnchanged(""));
    assertFalse(SplicedHtml.passesUnchanged(" lead"));
    assertFalse(SplicedHtml.passesUnchanged("trail "));
    assertFalse(SplicedHtml.passesUnchanged("two  spaces"));
    assertFalse(SplicedHtml.passesUnchanged("a\ttab"));
    assertFalse(SplicedHtml.passesUnchanged("a\nbreak"));
    assertFalse(SplicedHtml.passesUnchanged("nbsp\u00a0"));
  }

  @Test
  void leavesABodyWithANulToTheWriter() {
    assertEquals(null, SplicedHtml.forBody("a\0b"));
    same("text with a \0 nul and\n```\ncode \0\n```\n");
  }
}

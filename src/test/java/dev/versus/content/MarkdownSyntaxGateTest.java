package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A body is parsed only with the optional extensions its characters could need ({@link Markdown#syntaxIn}),
 * and its HTML is the HTML every extension gives.
 */
class MarkdownSyntaxGateTest {
  private final Markdown markdown = new Markdown();

  private void sameAsWithEverySyntax(String md) {
    assertEquals(markdown.toHtml(md, 1, Markdown.EVERY_SYNTAX), markdown.toHtml(md, 1), md);
  }

  @Test
  void bodiesWithoutTheSyntaxGetTheSameHtml() {
    for (String md : List.of(
        "# Title\n\nText with [a link](../criteria/x.md), `code`, *em*, **strong** and a [ref][r].\n\n[r]: https://example.org\n",
        "| a | b |\n|---|---|\n| `c \\| d` | e |\n\n- one\n- two\n  1. nested\n\n> quote\n> more\n",
        "```java\nclass A { int x; }\n```\n\n    indented code\n\n***\n\nSetext\n======\n",
        "<div class=\"x\">raw <b>html</b></div>\n\n&copy; &#169; and an image ![alt](a.png \"t\")\n",
        "Brackets [not a footnote] and ^carets^ and a tilde-less line\n\n| | A | B |\n|-|-|-|\n| x | 1 | 2 |\n")) {
      sameAsWithEverySyntax(md);
    }
  }

  @Test
  void eachExtensionIsKeptForItsSyntax() {
    assertTrue(markdown.toHtml("Text[^1].\n\n[^1]: A note.\n", 1).contains("footnote"));
    assertTrue(markdown.toHtml("Some ~~struck~~ text.\n", 1).contains("<del>"));
    assertTrue(markdown.toHtml("## Heading {#mine}\n", 1).contains("id=\"mine\""));
    assertTrue(markdown.toHtml("See https://example.org now.\n", 1).contains("<a "));
    assertEquals(Markdown.FOOTNOTES | Markdown.STRIKETHROUGH | Markdown.ATTRIBUTES,
        Markdown.syntaxIn("a[^1] ~b~ {.c}"));
    assertEquals(0, Markdown.syntaxIn("plain [link](x.md) text"));
  }

  /** Every body of the repository's own guides (content/, the docs' example), whatever syntax it uses. */
  @Test
  void theShippedGuidesBodiesGetTheSameHtml() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("content", "docs")) {
      if (!Files.isDirectory(Path.of(root))) continue;
      try (Stream<Path> s = Files.walk(Path.of(root))) {
        s.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
      }
    }
    assertTrue(files.size() > 10, "found " + files.size() + " Markdown files");
    for (Path f : files) {
      String text = Files.readString(f);
      // the body after the front matter, when there is one; the whole file otherwise
      String body = text.startsWith("---") && text.indexOf("\n---", 3) > 0 ? text.substring(text.indexOf("\n---", 3) + 4) : text;
      sameAsWithEverySyntax(body);
    }
  }
}

package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies the autolink extension cannot change are parsed without it, with the same HTML. */
class MarkdownAutolinkTest {
  private final Markdown markdown = new Markdown();

  @Test
  void sameHtmlWithoutTheExtensionWhenNothingCanBeLinked() {
    for (String md : List.of(
        "## Title: a colon\n\nText with [a link](../criteria/x.md) and `code: here`.\n",
        "| a | b |\n|---|---|\n| c: d | e |\n\n- one\n- two\n\n```python\nx = 1 # a comment: yes\n```\n",
        "Footnote[^1] and ~~struck~~ text {.cls}\n\n[^1]: note with ftp:/one-slash and w.w.w\n",
        "<span data-x=\"y\">raw</span> and <b>bold</b> mailto without an at sign\n")) {
      assertFalse(Markdown.mayHaveAutolinks(md), md);
      assertEquals(markdown.toHtml(md, 1, Markdown.EVERY_SYNTAX), markdown.toHtml(md, 1, Markdown.EVERY_SYNTAX & ~Markdown.AUTOLINKS), md);
    }
  }

  @Test
  void keepsTheExtensionForAnythingItLinks() {
    for (String md : List.of("See https://example.org/x.", "Mail me@example.org.", "Visit www.example.org today.",
        "Use ftp://example.org/file.")) {
      assertTrue(Markdown.mayHaveAutolinks(md), md);
      assertTrue(markdown.toHtml(md, 1).contains("<a "), md);
    }
    // the extension leaves it as text, but the check errs on the side of parsing with it
    assertTrue(Markdown.mayHaveAutolinks("Visit WWW.EXAMPLE.ORG today."));
  }
}

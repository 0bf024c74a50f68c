package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.diag.Diagnostics;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A property over random bodies: fragments of {@link XssVectorsTest#VECTORS} cut at random places, nested in
 * allowed and unknown elements, left unclosed, between Markdown: the published body never holds anything
 * {@link ScriptRules} flags, and whatever the allowlist took out was warned about. Fixed seeds, so a failure
 * names the body that caused it and repeats.
 */
class RawHtmlFuzzTest {
  private static final String TOKEN = "pwn9x";
  private static final List<String> GLUE = List.of("<p>", "</p>", "<div>", "</div>", "<details><summary>s</summary>",
      "</details>", "<span class=\"x\">", "</span>", "<a href=\"ok.md\">", "</a>", "<table><tr><td>", "</td></tr></table>",
      "<font color=red>", "</font>", "<custom-el>", "</custom-el>", "\n\n", "\n", " ", "*em* ", "`code` ", "- item\n",
      "> quote\n", "| a | b |\n|---|---|\n| c | d |\n", "```\n<script>alert(1)</script>\n```\n", "<!-- c -->", "\"", "'",
      "<", ">", "=", "&#x09;", "&#106;", "javascript:", "on", "error", "<img src=x ", "<svg>", "</svg>", "<math>");

  @Test
  void randomBodiesPublishNothingActive() {
    Markdown markdown = new Markdown();
    for (int seed = 0; seed < 1500; seed++) {
      String text = body(new Random(seed));
      Diagnostics diags = new Diagnostics();
      var rendered = markdown.render("x.md", text, 1, diags);
      if (rendered.isEmpty()) continue;
      Body body = Body.of("x.md", Kind.ARTICLE, rendered.get().html(), rendered.get().claims(), rendered.get().active());
      Element published = Jsoup.parseBodyFragment(body.html()).body();
      assertEquals(List.of(), ScriptRules.violations(published, TOKEN), "seed " + seed + ":\n" + text + "\n=>\n" + body.html());
      // what went, other than comments, was warned about
      if (body.active().isEmpty()) {
        assertEquals(withoutComments(body.written()), body.html(), "seed " + seed + ": removed without a warning:\n" + text);
      }
    }
  }

  @Test
  void aBodyWithinTheListIsPublishedAsWritten() {
    Markdown markdown = new Markdown();
    String text = "# T {#t .c}\n\n<details open><summary>More</summary>\n\n| L | R |\n|:--|--:|\n| a | b |\n\n</details>\n\n"
        + "<figure><img src=\"a.png\" alt=\"A\" width=\"10\"><figcaption>Cap</figcaption></figure>\n\n"
        + "Press <kbd>Ctrl</kbd>, <abbr title=\"HyperText\">HTML</abbr> H<sub>2</sub>O x<sup>2</sup>[^1] <mark>m</mark>\n\n"
        + "<video controls src=\"v.mp4\" poster=\"p.jpg\"><track src=\"c.vtt\" kind=\"captions\" srclang=\"en\"></video>\n\n"
        + "```python\nx = 1\n```\n\n[^1]: Note.\n";
    var rendered = markdown.render("x.md", text, 1, new Diagnostics()).orElseThrow();
    Body body = Body.of("x.md", Kind.ARTICLE, rendered.html(), rendered.claims(), rendered.active());
    assertEquals(List.of(), body.active());
    assertTrue(body.html() == body.written(), body.html());
  }

  private static String withoutComments(String html) {
    org.jsoup.nodes.Document dom = Jsoup.parseBodyFragment(html);
    dom.outputSettings().prettyPrint(false);
    dom.body().forEachNode(n -> {
      if (n instanceof org.jsoup.nodes.Comment) n.remove();
    });
    return dom.body().html();
  }

  /** Two to twelve pieces: a vector whole or cut, or glue. */
  private static String body(Random random) {
    StringBuilder b = new StringBuilder();
    int pieces = 2 + random.nextInt(11);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(3) == 0) {
        b.append(GLUE.get(random.nextInt(GLUE.size())));
        continue;
      }
      String v = XssVectorsTest.VECTORS.get(random.nextInt(XssVectorsTest.VECTORS.size())).replace("PWN", TOKEN);
      if (random.nextBoolean()) {
        int from = random.nextInt(v.length());
        v = v.substring(from, from + random.nextInt(v.length() - from) + 1);
      }
      b.append(v);
    }
    return b.toString();
  }
}

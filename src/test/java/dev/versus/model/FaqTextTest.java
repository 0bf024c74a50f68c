package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.content.Body;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A FAQ's answer text comes from the load stage's parse ({@link Body#text}) instead of a parse of the body's HTML
 * on every call: both readings give the same text, markup, entities, preformatted code, Unicode spaces at the
 * edges and markup the allowlist removes included.
 */
class FaqTextTest {
  @Test
  void theAnswerTextIsTheTextJsoupReadsOffTheBodysHtml() {
    List<String> answers = List.of("",
        "<p>Yes: <strong>Django</strong> ships an <a href=\"https://example.org/\">ORM</a> &amp; admin.</p>",
        "<p>\u3000Both \u00a0 do.\u2003</p>\n<ul>\n<li>one</li>\n<li>two &lt;three&gt;</li>\n</ul>",
        "<pre><code>def hello():\n    return  \"hi\"\n</code></pre>\n<p>Then   run it.</p>",
        "<p>Safe</p><script>alert(1)</script><p onclick=\"x()\">text</p>",
        "<table><tr><td>a</td><td>b</td></tr></table><blockquote><p>quoted</p></blockquote>");
    for (String html : answers) {
      Body body = Body.of("faq/x.md", html);
      Faq faq = new Faq("x", "faq/x.md", "Question?", 0, List.of(), List.of(), body);
      assertEquals(org.jsoup.Jsoup.parseBodyFragment(body.html()).text().strip(), faq.answerText(), html);
    }
  }
}

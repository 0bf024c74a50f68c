package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A body's {@code text}, read off the load stage's own parse, is the text a second parse of its published
 * HTML gives (what the search index read before), whether cleaning removed something or not, and in the
 * written form a guide with {@code unsafe_html: true} publishes.
 */
class BodyTextTest {
  @Test
  void isTheTextOfTheHtmlAsPublished() {
    for (String html : List.of("", "<p>One  <em>two</em>\nthree</p>", "<h2 id=\"a\">A &amp; B</h2><p>x<br>y</p>",
        "<pre><code>keep   these\n  spaces</code></pre><p>after</p>", "<p>Before<script>alert(1)</script> after</p>",
        "<div onclick=\"x()\">clicked <span>text</span></div><ul><li>one</li><li>two</li></ul>",
        "<p>a<!-- note --> b</p><table><tr><td>c</td><td>d</td></tr></table>",
        "<p>shown<noscript><b>dropped</b> words</noscript> here</p><title>A title</title>")) {
      Body body = Body.of("a.md", html);
      assertEquals(Jsoup.parseBodyFragment(body.html()).body().text(), body.text(), html);
      Body written = body.asWritten();
      assertEquals(Jsoup.parseBodyFragment(written.html()).body().text(), written.text(), html);
    }
  }
}

package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A body's text (what the search index holds) is the text of the HTML it publishes, cleaned or as written. */
class BodyTextTest {
  private static String parsedText(String html) {
    return Jsoup.parseBodyFragment(html).body().text();
  }

  @Test
  void theTextOfThePublishedHtml() {
    Body b = Body.of("a.md", "<h2>Speed</h2><p>Fast &amp; <em>small</em>, see <a href=\"/x/\">x</a>.</p>");
    assertEquals("Speed Fast & small, see x.", b.text());
    assertEquals(parsedText(b.html()), b.text());
  }

  @Test
  void theAuthorsHtmlHasItsOwnText() {
    Body b = Body.of("a.md", "<p>Shown <noscript>only without script</noscript></p>");
    assertEquals("Shown", b.text(), "the cleaned body drops the noscript element with its text");
    Body written = b.asWritten();
    assertEquals(parsedText(written.html()), written.text());
    assertEquals("Shown only without script", written.text());
  }
}

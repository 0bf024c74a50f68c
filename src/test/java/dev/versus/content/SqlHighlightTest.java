package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Fenced SQL is highlighted as SQL (issue 23, item 8): comments, strings and numbers are not read as keywords. */
class SqlHighlightTest {
  private static Element code(String sql) {
    return Jsoup.parseBodyFragment(new Highlight().toHtml(sql, "sql")).selectFirst("pre.code > code.language-sql");
  }

  @Test
  void aLineCommentIsOneCommentWithNoKeywordInside() {
    Element code = code("-- select the users\nSELECT name FROM users; -- from where?\n");
    assertEquals(2, code.select(".hljs-comment").size(), code.html());
    assertEquals("-- select the users", code.select(".hljs-comment").get(0).text());
    assertEquals("-- from where?", code.select(".hljs-comment").get(1).text());
    assertEquals(0, code.select(".hljs-comment .hljs-keyword").size(), code.html());
    assertEquals("SELECT FROM", String.join(" ", code.select(".hljs-keyword").eachText()), "keywords outside the comments only");
    assertEquals("-- select the users\nSELECT name FROM users; -- from where?\n", code.wholeText(), "the text is kept as written");
  }

  @Test
  void blockCommentsStringsNumbersLiteralsAndTypes() {
    Element code = code("/* where from */ CREATE TABLE t (id integer, note text DEFAULT 'it''s -- not a comment');\n"
        + "INSERT INTO t VALUES (42, NULL), (3.5, \"select\");");
    assertEquals("/* where from */", code.selectFirst(".hljs-comment").text());
    assertEquals(1, code.select(".hljs-comment").size(), "a -- inside a string is string: " + code.html());
    assertEquals("'it''s -- not a comment'", code.selectFirst(".hljs-string").text());
    assertEquals("42 3.5", String.join(" ", code.select(".hljs-number").eachText()));
    assertEquals("NULL", code.selectFirst(".hljs-literal").text());
    assertEquals("integer text", String.join(" ", code.select(".hljs-type").eachText()));
    assertTrue(code.select(".hljs-keyword").eachText().containsAll(java.util.List.of("CREATE", "TABLE", "DEFAULT", "INSERT", "INTO", "VALUES")));
    assertTrue(code.select(".hljs-keyword").eachText().stream().noneMatch(k -> k.equals("select")), "a quoted identifier is not a keyword");
  }

  @Test
  void markupInSqlIsEscaped() {
    String html = new Highlight().toHtml("SELECT '<b>' WHERE a < 1 AND b > 2 & c", "sql");
    assertTrue(html.contains("&lt;b&gt;") && html.contains("a &lt; ") && html.contains("&amp; c"), html);
  }
}

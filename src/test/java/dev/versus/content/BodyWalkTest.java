package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

/**
 * {@link BodyWalk}'s walks give what the jsoup calls they stand for give on the same tree: the text of
 * {@code Element.text()} (of the body and of every element in it), {@code select}'s elements for the facts and
 * the ids, and {@link HtmlAllowlist#cleanInPlace}'s answer to whether it removes anything; on fixed bodies that
 * reach each rule, and on random ones made of Markdown's output, raw HTML and awkward characters.
 */
class BodyWalkTest {
  private static final org.jsoup.select.Evaluator FACTS =
      QueryParser.parse("h1, h2, h3, h4, h5, h6, [" + Markdown.LINE_ATTR + "], [" + Markdown.CLAIM_ATTR + "]");
  private static final org.jsoup.select.Evaluator WITH_ID = QueryParser.parse("[id]");

  private static void same(String html) {
    Document dom = Jsoup.parseBodyFragment(html);
    Element root = dom.body();
    BodyWalk.Marked marked = BodyWalk.mark(root);
    assertElements(root.select(WITH_ID), marked.withId(), html);
    assertElements(root.select(FACTS), marked.facts(), html);
    for (Element e : root.getAllElements()) assertEquals(e.text(), BodyWalk.text(e), html);
    BodyWalk.Read read = BodyWalk.read(root);
    assertEquals(root.text(), read.text(), html);
    assertEquals(!HtmlAllowlist.cleanInPlace(dom), read.clean(), html);
  }

  private static void assertElements(List<Element> expected, List<Element> actual, String html) {
    assertEquals(expected.size(), actual.size(), html);
    for (int i = 0; i < expected.size(); i++) assertSame(expected.get(i), actual.get(i), html);
  }

  @Test
  void readsFixedBodiesAsJsoupDoes() {
    String deepPre = "<pre>" + "<span>".repeat(6) + "a  \n b" + "</span>".repeat(6) + "</pre>";
    for (String html : List.of("", "  ", "<p>One  <em>two</em>\nthree</p>", "<h2 id=\"a\">A &amp; B</h2><p>x<br>y</p>",
        "<pre><code>keep   these\n  spaces</code></pre><p>after</p>", deepPre,
        "<pre>" + "<b>".repeat(5) + "five\t levels" + "</b>".repeat(5) + "</pre>",
        "<p>nbsp\u00a0\u00a0twice, zero\u200bwidth, soft\u00adhyphen, \u000b vertical tab, \f feed\r\n end</p>",
        "<p>pair 😀 and lone \ud800 high, \udc00 low; 𝄞</p>", "text<div>block</div>text<span>inline</span><p>p</p>",
        "<ul>\n<li>one</li>\n<li>two <a href=\"x.md\" data-src-line=\"3\" data-src-col=\"4\">link</a></li>\n</ul>",
        "<table><tr><td>c</td><td>d</td></tr></table>tail", "<p data-vs-claim=\"c1,c2\">claimed</p><h6 id=\"a\">six</h6>",
        "<p>Before<script>alert(1)</script> after</p>", "<div onclick=\"x()\">clicked <span>text</span></div>",
        "<p>a<!-- note --> b</p>", "<p>shown<noscript><b>dropped</b> words</noscript> here</p><title>A title</title>",
        "<svg><![CDATA[ raw  data ]]><text>svg</text></svg><p>after</p>", "<math><mi>x</mi></math>",
        "<a href=\"javascript:alert(1)\">js</a>", "<a href=\"https://example.com/\" title=\"t\">ok</a>",
        "<img src=\"data:image/png;base64,AA\" alt=\"a\"><img src=\"data:text/html,x\">", "<video controls>v</video>",
        "<custom-tag id=\"x\">unknown</custom-tag>", "<p id=\"x\">a</p><p id=\"x\">b</p><p id=\"\">c</p>",
        "<br><br>text<br>", "<textarea>  keep?  </textarea><p>x</p>", "<span style=\"color:red\">styled</span>",
        "<details open><summary>s</summary>d</details>",
        // a name whose value decides (HtmlAllowlist.VALUES): allowed on the first element, not on the second
        "<img src=\"a.png\" alt=\"a\" width=\"50\"><img src=\"b.png\" alt=\"b\" width=\"50%\">",
        "<table><tr><td colspan=\"2\">a</td><td colspan=\"two\">b</td></tr></table>",
        "<ol type=\"a\"><li value=\"3\">x</li></ol><ol type=\"Z\"><li value=\"x\">y</li></ol>", "<p>" + "<div>".repeat(3000) + "deep" + "</div>".repeat(3000))) {
      same(html);
    }
  }

  @Test
  void readsMarkdownBodiesAsJsoupDoes() {
    Markdown markdown = new Markdown();
    for (String md : List.of("# Title\n\nWords *em* **strong** `code` and [a link](b.md).\n\n- one\n- two\n\n> quote\n",
        "| a | b |\n|:-|-:|\n| c | d |\n\n```java\nclass A {  int b; }\n```\n\n    indented\n\n---\n\n1. x\n2. y\n",
        "Text with a note[^1] and ~~gone~~ and https://example.com and {#anchor} here.\n\n[^1]: The note.\n",
        "<div>raw <b>html</b></div>\n\nA <span onclick=\"x\">raw</span> inline; ![img](p.png \"t\")\n")) {
      same(markdown.toHtml(md, 1));
    }
  }

  @Test
  void readsRandomBodiesAsJsoupDoes() {
    String[] pieces = {"word", " longer words ", " ", "  ", "\t", "\n", "\u00a0", "\u200b", "\u00ad", "😀", "\ud800", "é",
        "&amp;", "&nbsp;", "<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<em>", "</em>", "<br>", "<pre>", "</pre>",
        "<code>", "</code>", "<ul><li>", "</li><li>", "</li></ul>", "<table><tr><td>", "</td><td>", "</td></tr></table>",
        "<h2 id=\"h\">", "</h2>", "<h3>", "</h3>", "<a href=\"x.md\" data-src-line=\"1\" data-src-col=\"2\">", "</a>",
        "<img src=\"p.png\" data-src-line=\"1\">", "<p data-vs-claim=\"c\">", "<blockquote>", "</blockquote>",
        "<!-- c -->", "<script>s()</script>", "<style>p{}</style>", "<b onclick=\"x\">", "</b>", "<font>", "</font>",
        "<a href=\"javascript:x\">", "<svg><text>", "</text></svg>", "<textarea>", "</textarea>", "<x-y>", "</x-y>",
        "<span class=\"hljs-keyword\">", "<td align=\"right\">", "<video controls>", "</video>", "<p id=\"h\">",
        "<img src=\"p.png\" alt=\"\" width=\"5\">", "<img src=\"p.png\" alt=\"\" width=\"5%\">", "<td colspan=\"x\">"};
    Random random = new Random(26);
    for (int n = 0; n < 3000; n++) {
      StringBuilder html = new StringBuilder();
      for (int k = random.nextInt(40); k >= 0; k--) html.append(pieces[random.nextInt(pieces.length)]);
      same(html.toString());
    }
  }
}

package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.content.Body;
import dev.versus.content.Kind;
import dev.versus.model.Site;
import dev.versus.pipeline.BuildResult;
import dev.versus.render.page.Printed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print view's text path ({@link PrintText}) gives the very bytes and notes of the Jsoup path
 * ({@link PrintBody#withJsoup}) on every body of a guide whose links go everywhere a print body can point:
 * sections, anchors in them, chapters, pages without a section, the web (with and without their address as
 * text), with classes, entities and markup inside; and it steps aside, numbering nothing, for a link in a link.
 */
class PrintTextTest {
  @TempDir
  static Path tmp;
  static Site site;
  static Urls urls;

  @BeforeAll
  static void build() {
    Path source = TestSites.fixtureWith("three", tmp, TestSites.article("printed", "Printed links", "2025-03-01", """
        # Top & "first" {#top .lead}

        Read [caffeine's *row*](../criteria/caffeine.md#verdicts "the row") and [tea](../subjects/tea.md){.pill .tea rel=me},
        [this page's top](#top), [the table](../index.md), [q&a](https://example.org/?a=1&b=2), <https://example.org/auto/>,
        [example.org](https://example.org/), [write](mailto:me@example.org), [ftp](FTP://files.example.org/x) and
        [a relative file](notes.txt).

        ### A [linked](https://example.org/h) heading

        | a | b |
        |---|---|
        | [cocoa](../subjects/cocoa.md){.pill} | <span id="cell">x</span> |

        Raw <a href="https://example.org/raw" class="  a  b a ">raw  <b>bold</b>
        link</a> and <a href="#cell">a cell</a>.[^n]

        [^n]: With [morning](morning.md) in it.
        """));
    BuildResult result = TestSites.build(source, tmp.resolve("site"));
    site = result.site().orElseThrow();
    urls = new Urls(site.config().baseUrl(), "/drinks/");
  }

  private record Shown(Kind kind, String slug, Body body) {}

  @Test
  void textPathGivesJsoupsBytesAndNotes() {
    BodyHtml bodies = new BodyHtml(site, urls);
    List<Shown> shown = new ArrayList<>();
    site.criteria().forEach(c -> shown.add(new Shown(Kind.CRITERION, c.slug(), c.body())));
    site.subjects().forEach(s -> shown.add(new Shown(Kind.SUBJECT, s.slug(), s.body())));
    site.articles().forEach(a -> shown.add(new Shown(Kind.ARTICLE, a.slug(), a.body())));
    PrintBody byText = new PrintBody(site, urls, id -> true);
    PrintBody byJsoup = new PrintBody(site, urls, id -> true);
    int notes = 0;
    for (Shown s : shown) {
      String html = bodies.html(s.kind(), s.slug(), s.body());
      Printed.Text text = byText.print(s.kind(), s.slug(), html, 1);
      Printed.Text jsoup = byJsoup.withJsoup(PrintBody.id(s.kind(), s.slug()) + "--", html, 1);
      assertEquals(jsoup.html().toString(), text.html().toString(), s.slug());
      assertEquals(jsoup.notes(), text.notes(), s.slug());
      notes += text.notes().size();
    }
    assertTrue(notes >= 5, "the fixture numbers notes: " + notes);
  }

  @Test
  void aLinkInALinkGoesToJsoupWithNoNoteNumbered() {
    PrintBody owner = new PrintBody(site, urls, id -> true);
    String html = "<p><a href=\"https://example.org/a\">a</a> <a href=\"https://example.org/b\">b <a href=\"#x\">c</a></a></p>";
    assertNull(new PrintText(owner, html, LinkAttrs.all(html).orElseThrow(), "p--", 1).print());
    assertEquals(1, owner.nextNote());
  }

  @Test
  void escapesAttributeValuesAsJsoupDoes() {
    for (String value : List.of("", "#article-x--top", "/drinks/a b/?q=1", "a&b", "say \"hi\"", "a<b>c", "caf\u00e9",
        "non\u00a0breaking", "tab\there", "~!@#$%^*()_+{}|:?`-=[]\\;',./")) {
      String html = new org.jsoup.nodes.Attribute("x", value).html();
      assertEquals(html.substring(3, html.length() - 1), LinkAttrs.escape(value), value);
    }
  }
}

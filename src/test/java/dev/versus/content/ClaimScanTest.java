package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.diag.Diagnostics;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Claim blocks at the end of passages: read, taken off the page, and their passages given ids. */
class ClaimScanTest {
  private final Markdown markdown = new Markdown();

  private Body body(String md, Diagnostics diags) {
    Markdown.Rendered r = markdown.render("articles/a.md", md, 5, diags).orElseThrow();
    return Body.of("articles/a.md", r.html(), r.claims());
  }

  @Test
  void paragraphClaimIsReadAndHidden() {
    Diagnostics diags = new Diagnostics();
    Body b = body("## ORM\n\nDjango ships its own ORM. {claim=\"orm/django\" level=\"built-in\" source=\"s-1\" checked=\"2026-06-01\"}\n", diags);
    assertEquals(List.of(), diags.sorted());
    assertEquals(1, b.claims().size());
    ClaimMark c = b.claims().get(0);
    assertEquals("claim-orm-django-1", c.id());
    assertEquals("built-in", c.attr("level"));
    assertEquals("s-1", c.attr("source"));
    assertEquals("2026-06-01", c.attr("checked"));
    assertEquals(7, c.pos().line());
    assertEquals(27, c.pos().column());
    assertEquals("orm", c.sectionId());
    assertEquals("Django ships its own ORM.", c.excerpt());
    Element p = Jsoup.parse(b.html()).getElementById("claim-orm-django-1");
    assertEquals("p", p.tagName());
    assertEquals("Django ships its own ORM.", p.text());
    assertFalse(b.html().contains("claim="), b.html());
    assertTrue(b.ids().contains("claim-orm-django-1"));
  }

  @Test
  void quotesAndUnicodeInAttributes() {
    Diagnostics diags = new Diagnostics();
    Body b = body("Flask “micro” café. {claim=\"learning-curve/flask\" level='gentle' source=\"say \\\"hi\\\" ünï\"}\n", diags);
    ClaimMark c = b.claims().get(0);
    assertEquals("say \"hi\" ünï", c.attr("source"));
    assertEquals("gentle", c.attr("level"));
    assertEquals(21, c.pos().column());
    assertEquals("Flask “micro” café.", Jsoup.parse(b.html()).getElementById("claim-learning-curve-flask-1").text());
  }

  @Test
  void severalClaimsOnOnePassageEachGetAnAnchor() {
    Diagnostics diags = new Diagnostics();
    Body b = body("Both ship fast. {claim=\"speed/django\" level=\"fast\"} {claim=\"speed/flask\" level=\"fast\"}\n"
        + "\nAgain. {claim=\"speed/django\"}\n", diags);
    assertEquals(List.of("claim-speed-django-1", "claim-speed-flask-1", "claim-speed-django-2"),
        b.claims().stream().map(ClaimMark::id).toList());
    var dom = Jsoup.parse(b.html());
    assertEquals("p", dom.getElementById("claim-speed-django-1").tagName());
    assertEquals("claim-speed-django-1", dom.getElementById("claim-speed-flask-1").parent().id());
    assertEquals("Again.", dom.getElementById("claim-speed-django-2").text());
  }

  @Test
  void claimsInListsBlockquotesAndTables() {
    Diagnostics diags = new Diagnostics();
    Body b = body("- Flask had 12.16%. {claim=\"usage/flask\" value=\"12.16\"}\n- Other.\n\n"
        + "> Quoted view. {claim=\"orm/flask\"}\n\n"
        + "| a | b |\n|---|---|\n| Django | ORM {claim=\"orm/django\" level=\"built-in\"} |\n| Flask | none | {claim=\"orm/flask\" level=\"extension\"}\n", diags);
    assertEquals(List.of(), diags.sorted());
    var dom = Jsoup.parse(b.html());
    assertEquals("li", dom.getElementById("claim-usage-flask-1").tagName());
    assertEquals("blockquote", dom.getElementById("claim-orm-flask-1").tagName());
    assertEquals("tr", dom.getElementById("claim-orm-django-1").tagName());
    assertEquals("Django ORM", dom.getElementById("claim-orm-django-1").text());
    assertEquals("tr", dom.getElementById("claim-orm-flask-2").tagName());
    assertEquals(2, dom.getElementById("claim-orm-flask-2").select("td").size());
    assertFalse(b.html().contains("{claim"), b.html());
  }

  @Test
  void claimBlocksInCodeAreNotClaims() {
    Diagnostics diags = new Diagnostics();
    Body b = body("Write `{claim=\"orm/django\"}`\n\n```markdown\nText. {claim=\"orm/django\"}\n```\n\n"
        + "    indented {claim=\"orm/django\"}\n\nA span `{claim=\"orm/flask\"}` then a real one. {claim=\"orm/django\"}\n", diags);
    assertEquals(List.of(), diags.sorted());
    assertEquals(List.of("claim-orm-django-1"), b.claims().stream().map(ClaimMark::id).toList());
    assertEquals(4, Jsoup.parse(b.html()).select("code").stream().filter(e -> e.text().contains("{claim=")).count(), b.html());
  }

  @Test
  void unreadableBlockIsAnErrorWithPosition() {
    Diagnostics diags = new Diagnostics();
    body("Text. {claim=\"orm/django\" level=built-in}\n", diags);
    assertEquals(List.of("articles/a.md:5:7: error: this claim block cannot be read: write it as `{claim=\"criterion/subject\" "
        + "level=\"...\" source=\"...\" checked=\"YYYY-MM-DD\"}`, double-quoted values (a `\"` inside one as `\\\"`), at the "
        + "very end of the passage"), diags.sorted().stream().map(Object::toString).toList());
  }
  private static final String FIX = " is ignored and left out of the page: put the claim block at the end of the paragraph it backs "
      + "(or of its list item, blockquote or table row)";

  @Test
  void aBlockThatDoesNotEndItsParagraphIsAWarningAndNeverAnAttribute() {
    Diagnostics diags = new Diagnostics();
    Body b = body("Alpha is fast. {claim=\"speed/alpha\" level=\"built-in\"}\nIt is also small.\n", diags);
    assertEquals(List.of("articles/a.md:5:16: warning: claim block in the middle of a passage" + FIX),
        diags.sorted().stream().map(Object::toString).toList());
    assertEquals(List.of(), b.claims());
    var dom = Jsoup.parse(b.html());
    assertEquals(0, dom.select("[claim], [level], span").size(), b.html());
    assertEquals("Alpha is fast. It is also small.", dom.selectFirst("p").text());
  }

  @Test
  void noClaimLookingBlockIsPublishedAsAttributes() {
    Diagnostics diags = new Diagnostics();
    Body b = body("## Speed {claim=\"speed/alpha\"}\n\n| a {claim=\"x/y\"} | b |\n|---|---|\n| c | d |\n\n"
        + "- item {claim=\"x/y\" level=\"good\"} more\n\n[link {claim=\"x/y\"}](https://example.org) text\n\n"
        + "Text {level=\"good\" claim=\"x/y\"} more\n\nFirst {claim=\"x/y\"} then a real one. {claim=\"orm/django\"}\n", diags);
    assertEquals(List.of(
        "articles/a.md:5:10: warning: claim block in a heading" + FIX,
        "articles/a.md:7:5: warning: claim block in a table's header row" + FIX,
        "articles/a.md:11:8: warning: claim block in the middle of a passage" + FIX,
        "articles/a.md:13:7: warning: claim block in the middle of a passage" + FIX,
        "articles/a.md:15:6: warning: attributes with `claim=` are ignored and left out of the page: write the claim block "
            + "as `{claim=\"criterion/subject\" ...}`, `claim` first, at the end of the paragraph it backs",
        "articles/a.md:17:7: warning: claim block in the middle of a passage" + FIX),
        diags.sorted().stream().map(Object::toString).toList());
    assertEquals(List.of("claim-orm-django-1"), b.claims().stream().map(ClaimMark::id).toList());
    var dom = Jsoup.parse(b.html());
    assertEquals(0, dom.select("[claim], [level], span").size(), b.html());
    assertFalse(b.html().contains("claim="), b.html());
    assertEquals("First then a real one.", dom.getElementById("claim-orm-django-1").text());
  }
}

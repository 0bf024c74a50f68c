package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs too big or too odd for a folder of {@code sites/invalid/} (generated files,
 * symbolic links, thousands of files), and the exact output of inputs that must publish: each
 * starts from the valid three-subject fixture and checks the previous site survived an error.
 */
class HostileInputsTest {
  private static final String EVENING = "---\ntitle: \"The evening cup\"\ndate: 2025-01-12\n---\n## Winding down\n\n";

  private static List<String> diagnostics(BuildResult r) {
    return r.diagnostics().stream().map(Diagnostic::format).toList();
  }

  @RegisterExtension
  static final PreviousSite previous = new PreviousSite();

  /** Copies the fixture and its built site (the "previous site"), lets {@code change} alter the source, builds again. */
  private static BuildResult rebuild(Path tmp, ThrowingConsumer change) throws IOException {
    Path source = previous.copyTo(tmp);
    change.accept(source);
    return TestSites.build(source, tmp.resolve("site"));
  }

  private static void assertPreviousSiteSurvived(Path tmp) {
    assertTrue(Files.isRegularFile(tmp.resolve("site/.versus-manifest")));
    assertTrue(TestSites.read(tmp.resolve("site/articles/evening/index.html")).contains("Winding down"));
  }

  interface ThrowingConsumer {
    void accept(Path source) throws IOException;
  }

  @Test
  void aSymlinkToAFileOutsideTheSourceIsSkippedByBuild(@TempDir Path tmp) throws IOException {
    Path secret = Files.writeString(tmp.resolve("secret.md"), EVENING + "top secret");
    BuildResult r = rebuild(tmp, s -> {
      Files.createSymbolicLink(s.resolve("articles/leak.md"), secret);
      Files.createSymbolicLink(s.resolve("static/leak.txt"), secret);
    });
    String skipped = " is a symbolic link that leads outside the source folder and is skipped: Versus reads only files inside it,"
        + " so a build cannot publish other files of this machine; copy the file in instead";
    List<String> said = diagnostics(r);
    assertEquals(2, said.size(), said.toString());
    assertEquals("articles/leak.md:1:1: warning: `articles/leak.md`" + skipped, said.get(0));
    // static/ is what gets published: a link out of the guide there is an error (issue 11), in build and serve alike
    assertTrue(said.get(1).startsWith("static/leak.txt: error: not published: this is a symbolic link to ")
        && said.get(1).endsWith(", outside the guide, and Versus publishes only files inside the guide folder; copy the file into static/ instead of linking it"), said.get(1));
    assertFalse(Files.exists(tmp.resolve("site/articles/leak/index.html")));
    assertFalse(Files.exists(tmp.resolve("site/leak.txt")));
  }

  @Test
  void aSymlinkInsideTheSourceIsRead(@TempDir Path tmp) throws IOException {
    BuildResult r = rebuild(tmp, s -> Files.createSymbolicLink(s.resolve("static/cup-again.svg"), s.resolve("static/img/cup.svg")));
    assertEquals(List.of(), diagnostics(r));
    assertTrue(Files.isRegularFile(tmp.resolve("site/cup-again.svg")));
  }

  @Test
  void aTwentyMegabyteArticlePublishes(@TempDir Path tmp) throws IOException {
    String paragraph = "Tea leaves steep in hot water for three minutes, then the cup is ready to drink. ".repeat(12) + "\n\n";
    StringBuilder body = new StringBuilder(EVENING);
    while (body.length() < 20_000_000) body.append(paragraph);
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("articles/evening.md"), body));
    assertEquals(List.of(), diagnostics(r));
    assertTrue(Files.size(tmp.resolve("site/articles/evening/index.html")) > 20_000_000);
  }

  /**
   * 10,000 files: 1,000 articles and 9,000 static files here; the variant with 10,000 articles
   * (about two minutes on two busy cores) runs with {@code -Dversus.long=true}.
   */
  @Test
  void tenThousandFilesBuild(@TempDir Path tmp) throws IOException {
    int articles = Boolean.getBoolean("versus.long") ? 9_985 : 1_000;
    BuildResult r = rebuild(tmp, s -> {
      for (int i = 0; i < articles; i++) {
        Files.writeString(s.resolve("articles/note-" + i + ".md"), "---\ntitle: \"Note " + i + "\"\ndate: 2025-01-01\n---\nNote.\n");
      }
      Files.createDirectories(s.resolve("static/files"));
      for (int i = 0; i < 9_985 - articles; i++) Files.writeString(s.resolve("static/files/f" + i + ".txt"), "file " + i);
    });
    assertEquals(List.of(), diagnostics(r));
    assertTrue(Files.isRegularFile(tmp.resolve("site/articles/note-" + (articles - 1) + "/index.html")));
    try (var files = Files.walk(tmp.resolve("three"))) {
      assertTrue(files.filter(Files::isRegularFile).count() >= 10_000);
    }
  }

  @Test
  void aLineOfTenThousandQuotesIsAnErrorNotAStackOverflow(@TempDir Path tmp) throws IOException {
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("articles/evening.md"), EVENING + "> ".repeat(10_000) + "x\n"));
    assertEquals(List.of("articles/evening.md:7:1: error: Markdown nested too deeply to convert (10000 quote or list markers"
        + " open on this line): block quotes, lists or emphasis nested hundreds of levels deep; flatten them to a few levels"),
        diagnostics(r));
    assertPreviousSiteSurvived(tmp);
  }

  @Test
  void threeThousandIndentedListLinesAreAnErrorOrAPageNeverAStackOverflow(@TempDir Path tmp) throws IOException {
    StringBuilder md = new StringBuilder(EVENING);
    String indent = "";
    for (int i = 0; i < 3_000; i++) {
      md.append(indent).append("- x\n");
      if (indent.length() < 600) indent += "  ";  // deeper indentation is a code block: the nesting stops growing
    }
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("articles/evening.md"), md));
    assertFalse(r.hasErrors() && diagnostics(r).stream().noneMatch(d -> d.contains("nested too deeply")), diagnostics(r).toString());
  }

  @Test
  void anAliasBombIsRefusedQuicklyWithBoundedMemory(@TempDir Path tmp) throws IOException {
    // 2^25 values if expanded; within snakeyaml's limit of 50 aliases, so our own budget must stop it
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i <= 24; i++) bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
    Runtime rt = Runtime.getRuntime();
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("subjects/tea.md"), "---\ntitle: \"Tea\"\n" + bomb + "---\nTea.\n"));
    assertEquals(List.of("subjects/tea.md:3:5: error: aliases expand to more than 10000 values or nest too deeply (an alias bomb?):"
        + " write the values out instead"), diagnostics(r));
    assertTrue(rt.totalMemory() - rt.freeMemory() < rt.maxMemory());
    assertPreviousSiteSurvived(tmp);
  }

  @Test
  void aHeadingRepeated500TimesGetsUniqueIds(@TempDir Path tmp) throws IOException {
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("articles/evening.md"), EVENING + "## Again\n\nText.\n\n".repeat(500)));
    assertEquals(List.of(), diagnostics(r));
    Document page = Jsoup.parse(TestSites.read(tmp.resolve("site/articles/evening/index.html")));
    assertEquals(500, page.select("h2:containsOwn(Again)").size());
    assertUniqueIds(page);
    assertUniqueIds(Jsoup.parse(TestSites.read(tmp.resolve("site/print/index.html"))));
  }

  private static void assertUniqueIds(Document page) {
    Set<String> seen = new HashSet<>();
    for (Element e : page.select("[id]")) assertTrue(seen.add(e.id()), "duplicate id " + e.id());
  }

  /** Why the allowlist removed something, and the two ways out: the end of each of its warnings. */
  private static final String ALLOWLIST = "raw HTML is published with only the elements, attributes and URL schemes listed in"
      + " docs/content-model.md, nothing that can run script or pull in other pages; remove it, or set `unsafe_html: true`"
      + " in site.yaml to publish raw HTML as written";

  @Test
  void scriptsFramesEventHandlersAndJavascriptUrlsAreRemovedByDefault(@TempDir Path tmp) throws IOException {
    String hostile = "<script>alert(1)</script>\n\n<iframe src=\"https://evil.example/\"></iframe>\n\n"
        + "<a href=\" java\tscript:alert(2)\" onclick=\"steal()\">click</a> <span onmouseover=\"x()\">hover</span>"
        + " [md](javascript:alert(3)) <img src=\"data:text/html,x\" alt=\"d\">\n";
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("articles/evening.md"), EVENING + hostile));
    String why = " removed: " + ALLOWLIST;
    assertEquals(List.of("articles/evening.md:7:1: warning: `<script>` element" + why,
        "articles/evening.md:9:1: warning: `<iframe>` element" + why,
        "articles/evening.md:11:4: warning: `javascript:` URL in `href`" + why,
        "articles/evening.md:11:33: warning: `onclick` attribute" + why,
        "articles/evening.md:11:67: warning: `onmouseover` attribute" + why,
        "articles/evening.md:11:98: warning: link to `javascript:` published as plain text: a Markdown link never runs script;"
            + " remove the link, or link a page or URL",
        "articles/evening.md:11:129: warning: `data:` URL in `src`" + why), diagnostics(r));
    for (String page : List.of("site/articles/evening/index.html", "site/print/index.html")) {
      Element body = Jsoup.parse(TestSites.read(tmp.resolve(page))).selectFirst("span:containsOwn(hover)").closest("p").parent();
      String html = body.html();
      assertFalse(html.contains("alert"), page + ": " + html);
      assertFalse(html.contains("steal"), page);
      assertFalse(html.contains("evil.example"), page);
      assertTrue(body.select("[onclick], [onmouseover], script, iframe").isEmpty(), page);
      // the link stays, without its javascript: target (raw-HTML links are treated as Markdown ones: rel=noopener)
      assertFalse(body.selectFirst("a:containsOwn(click)").hasAttr("href"), html);
    }
  }

  /**
   * Listed attributes with a value HTML does not take there ({@code <img width="50%">}, as READMEs write it, a
   * {@code colspan} of words, an {@code <ol type="Z">}) were published as written: the page failed the Nu Html
   * Checker, with no word from the build. Each is removed with a warning at its name; a number stays.
   */
  @Test
  void attributeValuesHtmlDoesNotTakeAreRemovedWithAWarning(@TempDir Path tmp) throws IOException {
    String body = "<img src=\"https://example.org/a.png\" alt=\"A\" width=\"50%\" height=\"120\">\n\n"
        + "<table><tr><td colspan=\"two\">x</td></tr></table>\n\n<ol start=\"3\" type=\"Z\"><li value=\"x\">a</li></ol>\n";
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("articles/evening.md"), EVENING + body));
    String why = ", which HTML does not take there, removed: " + ALLOWLIST;
    assertEquals(List.of("articles/evening.md:7:46: warning: `width` attribute with the value `50%`" + why,
        "articles/evening.md:9:16: warning: `colspan` attribute with the value `two`" + why,
        "articles/evening.md:11:15: warning: `type` attribute with the value `Z`" + why,
        "articles/evening.md:11:28: warning: `value` attribute with the value `x`" + why), diagnostics(r));
    Element page = Jsoup.parse(TestSites.read(tmp.resolve("site/articles/evening/index.html"))).body();
    assertFalse(page.selectFirst("img[alt=A]").hasAttr("width"));
    assertEquals("120", page.selectFirst("img[alt=A]").attr("height"));
    assertFalse(page.selectFirst("td:containsOwn(x)").hasAttr("colspan"));
    assertEquals("3", page.selectFirst("ol[start]").attr("start"));
    assertFalse(page.selectFirst("ol[start]").hasAttr("type"));
  }

  /**
   * Allowed raw HTML that the Nu Html Checker still rejected where the author put it was published as written: an
   * unclosed {@code <summary>} holding its details' paragraphs, an {@code <li>} outside a list, a {@code <bdo>}
   * without {@code dir}, a {@code datetime} that is no date and a {@code <time>} with neither. Each is mended with a
   * warning at the element naming what to write; what HTML takes stays as written.
   */
  @Test
  void rawHtmlTheNuCheckerRejectsIsMendedWithAWarning(@TempDir Path tmp) throws IOException {
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("articles/evening.md"), EVENING + TestSites.INVALID_WHERE_IT_STANDS));
    String value = ", which HTML does not take there, removed: " + ALLOWLIST;
    String time = ": published as its content; write `datetime=\"2026-12-07\"` (or `2026-12-07T18:30Z`, `18:30`, `2026-12`)";
    assertEquals(List.of("articles/evening.md:7:10: warning: `<summary>` element that holds its details' paragraphs"
            + " (HTML takes only text in it): closed before the first of them; write `</summary>` right after the summary's text",
        "articles/evening.md:13:1: warning: `<li>` element outside a list (`<ul>`, `<ol>`), which HTML does not take:"
            + " published as its content; write the items inside `<ul>…</ul>` or `<ol>…</ol>`, or as a Markdown list",
        "articles/evening.md:15:6: warning: `<bdo>` element without `dir`, which HTML requires: published as its content;"
            + " write `dir=\"rtl\"` or `dir=\"ltr\"`",
        "articles/evening.md:15:32: warning: `<time>` element without a date or time HTML can read, in its `datetime` or its text" + time,
        "articles/evening.md:15:38: warning: `datetime` attribute with the value `next week`" + value,
        "articles/evening.md:15:72: warning: `<time>` element without a date or time HTML can read, in its `datetime` or its text" + time,
        "articles/evening.md:15:99: warning: `datetime` attribute with the value `yesterday`" + value,
        "articles/evening.md:15:137: warning: `datetime` attribute with the value `2025-13-01`" + value), diagnostics(r));
    Element page = Jsoup.parse(TestSites.read(tmp.resolve("site/articles/evening/index.html"))).selectFirst("#article");
    assertEquals("Open me", page.selectFirst("summary").text());
    assertEquals("Inside the details.", page.selectFirst("details > p").text());
    assertEquals(List.of("Listed"), page.select("li").eachText());
    assertTrue(page.text().contains("Stray item A reversed word, soon, Tuesday,"), page.text());
    assertEquals(List.of("2025-01-03", "then", "18:30", "two hours"), page.select("time").eachText());
    assertEquals(List.of("", "2025-01-02", "", "PT2H"), page.select("time").stream().map(t -> t.attr("datetime")).toList());
    assertEquals("", page.selectFirst("del").attr("datetime"));
    assertEquals("rtl", page.selectFirst("bdo").attr("dir"));
    assertEquals("2025-01-02T10:00Z", page.selectFirst("ins").attr("datetime"));
  }

  /** Inline tags of a Markdown paragraph are read one by one: a time or an item there is judged in the whole body only. */
  @Test
  void inlineTimesAndListsInAParagraphAreNoWarning(@TempDir Path tmp) throws IOException {
    String body = "Meet at <time>18:30</time>, then <ul><li>tea</li></ul>\n";
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("articles/evening.md"), EVENING + body));
    assertEquals(List.of(), diagnostics(r));
  }

  /**
   * Round 10: a {@code <track>}, {@code <source>}, {@code <dt>}, {@code <figcaption>} or {@code <rt>} is mended only
   * where HTML does not take it, judged by its parent in the whole body: inside its parent, as inline tags of a
   * paragraph too ({@code <video>} and {@code <track>} are two pieces of raw HTML there), it is published as written
   * and not warned about. Each stray one is mended, at its position (sites/invalid/raw-html-stray-*).
   */
  @Test
  void elementsInTheirParentStayAndStrayOnesAreMended(@TempDir Path tmp) throws IOException {
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("articles/evening.md"), EVENING + TestSites.IN_ITS_PARENT
        + "\n" + TestSites.STRAY));
    // each warning's position and element; the sentences are the fixtures' (sites/invalid/raw-html-stray-*)
    List<String> said = diagnostics(r).stream().map(d -> d.replaceAll(": warning: `(<[a-z]+>)` element outside.*", " $1")).toList();
    assertEquals(List.of("articles/evening.md:21:1 <figcaption>", "articles/evening.md:23:7 <dt>", "articles/evening.md:23:21 <dd>",
        "articles/evening.md:25:3 <rp>", "articles/evening.md:25:13 <rt>", "articles/evening.md:25:30 <rp>",
        "articles/evening.md:25:45 <source>", "articles/evening.md:25:94 <track>", "articles/evening.md:27:45 <figcaption>",
        "articles/evening.md:29:40 <source>", "articles/evening.md:31:19 <track>"), said);
    String page = TestSites.read(tmp.resolve("site/articles/evening/index.html"));
    Element article = Jsoup.parse(page).selectFirst("#article");
    // every element of IN_ITS_PARENT is still in its parent, and none of STRAY is published
    assertEquals(List.of("First", "Last", "One"), article.select("figure > figcaption").eachText());
    assertEquals(List.of(), article.select("figcaption:not(figure > figcaption)").eachText());
    assertEquals(List.of("Term", "Grouped"), article.select("dt").eachText());
    assertEquals(List.of("Its description", "in a div"), article.select("dd").eachText());
    assertEquals(List.of("kan"), article.select("ruby > rt").eachText());
    assertEquals(2, article.select("ruby > rp").size());
    assertEquals(List.of("video", "audio", "picture"), article.select("source").stream().map(e -> e.parent().tagName()).toList());
    assertEquals(List.of("video", "audio"), article.select("track").stream().map(e -> e.parent().tagName()).toList());
    assertTrue(article.text().contains("Stray caption Steep term description 緑茶(ryokucha) and and"), article.text());
  }

  /**
   * A raw {@code <img>} without {@code alt}, as READMEs paste it, was published as written: the page failed the Nu
   * Html Checker ("An img element must have an alt attribute"), with no word from the build. It gets {@code alt=""}
   * and a warning at the element; an image with its own alt (empty too) and a Markdown image are left as they are.
   */
  @Test
  void aRawImageWithoutAltGetsAnEmptyOneAndAWarning(@TempDir Path tmp) throws IOException {
    String body = "<p><img src=\"https://example.org/a.png\" width=\"20\"> and <img src=\"https://example.org/b.png\" alt=\"\"></p>\n\n"
        + "<span><img src=\"https://example.org/c.png\"></span> ![Cup](https://example.org/d.png)\n";
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("articles/evening.md"), EVENING + body));
    String why = " (HTML requires it): published with `alt=\"\"`, which tells screen readers the picture is decoration;"
        + " write `alt=\"…\"` with what the picture shows, or `alt=\"\"` yourself if it is decoration";
    assertEquals(List.of("articles/evening.md:7:4: warning: `<img>` element without `alt`" + why,
        "articles/evening.md:9:7: warning: `<img>` element without `alt`" + why), diagnostics(r));
    Element page = Jsoup.parse(TestSites.read(tmp.resolve("site/articles/evening/index.html"))).body();
    for (String name : List.of("a", "b", "c")) {
      Element img = page.selectFirst("img[src=https://example.org/" + name + ".png]");
      assertTrue(img.hasAttr("alt"), name);
      assertEquals("", img.attr("alt"), name);
    }
    assertEquals("20", page.selectFirst("img[src=https://example.org/a.png]").attr("width"));
    assertEquals("Cup", page.selectFirst("img[src=https://example.org/d.png]").attr("alt"));
  }

  /**
   * A Markdown file no content folder reads is named with the reason: {@code articles/Later.MD} (only lower case
   * extensions are read) was ignored without a word, and {@code articles/old/x.md} was said to be outside the content
   * folders, though it is inside articles/, one level too deep.
   */
  @Test
  void anIgnoredMarkdownFileIsNamedWithWhyItIsIgnored(@TempDir Path tmp) throws IOException {
    BuildResult r = rebuild(tmp, s -> {
      Files.writeString(s.resolve("articles/Later.MD"), EVENING + "Words.\n");
      Files.createDirectories(s.resolve("articles/old"));
      Files.writeString(s.resolve("articles/old/x.md"), EVENING + "Words.\n");
      Files.writeString(s.resolve("notes.md"), "Words.\n");
    });
    assertEquals(List.of("articles/Later.MD:1:1: warning: file ending in `.MD` is ignored: Versus reads Markdown from names"
            + " ending in `.md` or `.markdown`, in lower case; rename it to end in `.md`",
        "articles/old/x.md:1:1: warning: Markdown file in a folder below articles/ is ignored: Versus reads the files"
            + " directly in articles/, not in its subfolders; move it to articles/",
        "notes.md:1:1: warning: Markdown file outside the content folders is ignored: move it to subjects/, criteria/,"
            + " articles/ or faq/"), diagnostics(r));
  }

  /** An invalid URL's hint fits it: `encode spaces as %20` was given for {@code mailto:} too, which has no space. */
  @Test
  void anInvalidUrlsHintFitsIt(@TempDir Path tmp) throws IOException {
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("articles/evening.md"),
        EVENING + "[x](mailto:) and [y](<https://example.org/a b>)\n"));
    assertEquals(List.of("articles/evening.md:7:1: error: link `mailto:` is not a valid URL (Expected scheme-specific part):"
            + " write a full URL such as https://example.org/page or mailto:name@example.org",
        "articles/evening.md:7:18: error: link `https://example.org/a b` is not a valid URL (Illegal character in path"
            + "): encode spaces as %20"), diagnostics(r));
  }

  @Test
  void unsafeHtmlTrueKeepsRawHtmlAsWritten(@TempDir Path tmp) throws IOException {
    BuildResult r = rebuild(tmp, s -> {
      TestSites.append(s.resolve("site.yaml"), "unsafe_html: true\n");
      Files.writeString(s.resolve("articles/evening.md"), EVENING + "<span onclick=\"count()\">tap</span>\n\n<script>track()</script>\n");
    });
    assertEquals(List.of(), diagnostics(r));
    String html = TestSites.read(tmp.resolve("site/articles/evening/index.html"));
    assertTrue(html.contains("<span onclick=\"count()\">tap</span>"), html);
    assertTrue(html.contains("<script>track()</script>"), html);
  }

  @Test
  void controlCharactersAndForbiddenReferencesNeverReachAPage(@TempDir Path tmp) throws IOException {
    BuildResult r = rebuild(tmp, s -> Files.writeString(s.resolve("articles/evening.md"),
        "---\ntitle: \"The \\x01evening\\u0007 cup\"\ndate: 2025-01-12\n---\n## Winding down\n\nA\u0001B\u001bC &#1;D&#xD800;E&#0;F&#x7f;.\n"));
    assertEquals(List.of("articles/evening.md:7:2: warning: control character U+0001 removed (2 in this file): HTML and XML forbid it;"
        + " delete it in your editor"), diagnostics(r));
    String page = TestSites.read(tmp.resolve("site/articles/evening/index.html"));
    assertTrue(page.contains("<p>ABC \uFFFDD\uFFFDE\uFFFDF\uFFFD.</p>"), page);
    for (String f : List.of("articles/evening/index.html", "feed.xml", "sitemap.xml", "print/index.html", "index.html")) {
      String text = TestSites.read(tmp.resolve("site").resolve(f));
      assertTrue(text.codePoints().noneMatch(dev.versus.content.SourceText::isForbidden), f);
      assertFalse(text.matches("(?s).*&#(x0*[0-8bcefBCEF]|x0*1[0-9a-fA-F]|x7[fF]|0*[0-8]|0*1[1-9]|0*2[0-9]|0*3[01]|127);.*"), f);
    }
    assertTrue(TestSites.read(tmp.resolve("site/feed.xml")).contains("The evening cup"));
  }

  @Test
  void everyOutputFormatEscapesForItsOwnSyntax(@TempDir Path tmp) throws Exception {
    String nasty = "Tea </script><b>&amp; \\\"quotes\\\" ]]> 'x' <!--";
    BuildResult r = rebuild(tmp, s -> {
      Files.writeString(s.resolve("articles/evening.md"), "---\ntitle: \"" + nasty + "\"\nmeta_description: \"" + nasty
          + "\"\ndate: 2025-01-12\n---\n## Winding down\n\nText.\n");
      Files.writeString(s.resolve("faq/cheapest.md"), "---\nquestion: \"" + nasty + "\"\ncriteria: [price]\n---\nTea </script> \"x\".\n");
    });
    assertEquals(List.of(), diagnostics(r));
    String plain = "Tea </script><b>&amp; \"quotes\" ]]> 'x' <!--";
    // HTML: the title and headings are text, never markup
    Document page = Jsoup.parse(TestSites.read(tmp.resolve("site/articles/evening/index.html")));
    assertEquals(plain, page.selectFirst("h1").text());
    assertTrue(page.select("h1 b").isEmpty());
    // XML: the feed and sitemap parse, and the title reads back exactly
    var xml = DocumentBuilderFactory.newInstance();
    var feed = xml.newDocumentBuilder().parse(tmp.resolve("site/feed.xml").toFile());
    assertTrue(feed.getDocumentElement().getTextContent().contains(plain));
    xml.newDocumentBuilder().parse(tmp.resolve("site/sitemap.xml").toFile());
    // JSON-LD: parses, reads back exactly, and cannot close its <script> element early
    Document faq = Jsoup.parse(TestSites.read(tmp.resolve("site/faq/index.html")));
    for (Element script : faq.select("script[type=application/ld+json]")) {
      assertFalse(script.data().contains("</script"));
      var json = com.google.gson.JsonParser.parseString(script.data()).getAsJsonObject().getAsJsonArray("mainEntity");
      assertEquals(plain, json.get(1).getAsJsonObject().get("name").getAsString());
    }
    // plain text: robots.txt holds one directive per line
    for (String line : Files.readAllLines(tmp.resolve("site/robots.txt"), StandardCharsets.UTF_8)) {
      assertTrue(line.isEmpty() || line.matches("(User-agent|Allow|Disallow|Sitemap): .*"), line);
    }
  }

  @Test
  void twelveSubjectsKeepTheTableUsable(@TempDir Path tmp) throws IOException {
    List<String> names = List.of("tea", "coffee", "cocoa", "mate", "chai", "kvass", "kefir", "lassi", "horchata", "kombucha", "sake", "mead");
    BuildResult r = rebuild(tmp, s -> {
      String site = Files.readString(s.resolve("site.yaml")).replace("subjects: [tea, coffee, cocoa]", "subjects: [" + String.join(", ", names) + "]")
          + "pairs: [[tea, coffee], [mead, chai]]\n";
      Files.writeString(s.resolve("site.yaml"), site);
      for (String n : names.subList(3, names.size())) Files.writeString(s.resolve("subjects/" + n + ".md"), "---\ntitle: \"" + n + "\"\n---\nA drink.\n");
    });
    assertEquals(27, diagnostics(r).size(), "9 new subjects x 3 criteria lack a verdict: warnings only: " + diagnostics(r));
    assertFalse(r.hasErrors());
    Document compare = Jsoup.parse(TestSites.read(tmp.resolve("site/compare/index.html")));
    Element table = compare.selectFirst("table");
    assertEquals(13, table.select("thead th").size(), "the criterion column and twelve subjects");
    // twelve columns do not fit a screen: the rows become cards, and each cell names its subject for them
    List<String> columns = table.select("thead th:not(.corner)").eachText();
    for (Element row : table.select("tr.row")) assertEquals(columns, row.select("td").eachAttr("data-subject"));
    assertEquals("12", table.attr("data-columns"), "the layout knows how many columns the table has");
    // past ten subjects only the listed pairs get a page (12 * 11 / 2 = 66 would grow with the subjects squared),
    // each named in the order site.yaml lists the subjects
    Set<String> pairs = new TreeSet<>(List.of("tea-vs-coffee", "chai-vs-mead"));
    try (var dirs = Files.list(tmp.resolve("site/compare"))) {
      Set<String> published = dirs.filter(d -> Files.isRegularFile(d.resolve("index.html")))
          .map(d -> d.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
      assertEquals(pairs, published);
    }
  }

  @Test
  void aSecondWriteNeverLeavesATemporaryFolder(@TempDir Path tmp) throws IOException {
    rebuild(tmp, s -> { });
    try (var s = Files.list(tmp)) {
      assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp-") || n.contains(".old-")).toList());
    }
  }
}

package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vectors of OWASP's XSS filter evasion cheat sheet (and a few mutation-XSS ones from DOMPurify's
 * reports), each written as an article's raw HTML or Markdown: the published article page, the print view
 * and the feed hold nothing of it that a browser runs or loads ({@link ScriptRules}, the tests' own rule
 * list), and the article's text around it is still published. One build of the three-subject fixture with
 * one article per vector; {@code PWN} stands for a token unique to the vector, a name, so that unquoted
 * attributes stay HTML for CommonMark (it reads {@code <img src=x onerror=alert('1')>} as text).
 */
class XssVectorsTest {
  /** Each vector, as written in the cheat sheet but for the payload, which names the token. */
  static final List<String> VECTORS = List.of(
      "<script>alert(PWN)</script>",
      "<SCRIPT SRC=https://xss.example/PWN.js></SCRIPT>",
      "<IMG SRC=\"javascript:alert(PWN);\">",
      "<IMG SRC=JaVaScRiPt:alert(PWN)>",
      "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;PWN&#41;>",
      "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(PWN)>",
      "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28PWN&#x29>",
      "<IMG SRC=\"jav\tascript:alert(PWN);\">",
      "<IMG SRC=\"jav&#x09;ascript:alert(PWN);\">",
      "<IMG SRC=\"jav&#x0A;ascript:alert(PWN);\">",
      "<IMG SRC=\"jav&#x0D;ascript:alert(PWN);\">",
      "<IMG SRC=\" &#14;  javascript:alert(PWN);\">",
      "<a href=\"javas&#99;ript:alert(PWN)\">x</a>",
      "<a href=\"&#x6A;avascript&colon;alert(PWN)\">x</a>",
      "<a href=\"JaVa\nScRiPt:alert(PWN)\">x</a>",
      "<a href=\"  &#1; javascript:alert(PWN)\">x</a>",
      "<a href=\"javascript://%0Aalert(PWN)\">x</a>",
      "<a href=\"vbscript:msgbox(PWN)\">x</a>",
      "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==#PWN\">x</a>",
      "<img src=\"data:image/svg+xml,<svg onload=alert(PWN)>\">",
      "<img srcset=\"ok.png 1x, javascript:alert(PWN) 2x\">",
      "<img src=x onerror=alert(PWN)>",
      "<img src=x onerror   =   \"alert(PWN)\">",
      "<img src=x\nonerror=alert(PWN)>",
      "<IMG SRC=# onmouseover=\"alert(PWN)\">",
      "<IMG onmouseover=\"alert(PWN)\">",
      "<IMG \"\"\"><SCRIPT>alert(PWN)</SCRIPT>\">",
      "<img/src=x/onerror=alert(PWN)>",
      "<svg onload=alert(PWN)>",
      "<svg><script>alert(PWN)</script></svg>",
      "<svg><a xlink:href=\"javascript:alert(PWN)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
      "<svg><animate onbegin=alert(PWN) attributeName=x dur=1s>",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(PWN)></style></mglyph></table></mtext></math>",
      "<math href=\"javascript:alert(PWN)\">x</math>",
      "<iframe srcdoc=\"<script>alert(PWN)</script>\"></iframe>",
      "<iframe src=\"javascript:alert(PWN)\"></iframe>",
      "<form><button formaction=\"javascript:alert(PWN)\">x</button></form>",
      "<form action=\"javascript:alert(PWN)\"><input type=\"submit\"></form>",
      "<input type=\"image\" formaction=\"javascript:alert(PWN)\" src=x>",
      "<isindex action=\"javascript:alert(PWN)\" type=image>",
      "<div style=\"width: expression(alert(PWN));\">x</div>",
      "<div style=\"background-image: url(javascript:alert(PWN))\">x</div>",
      "<img style=\"xss:expr/*XSS*/ession(alert(PWN))\">",
      "<STYLE>@import'https://xss.example/PWN.css';</STYLE>",
      "<STYLE>li {list-style-image: url(\"javascript:alert(PWN)\");}</STYLE><UL><LI>x</UL>",
      "<TABLE BACKGROUND=\"javascript:alert(PWN)\"><tr><td>x</td></tr></TABLE>",
      "<object data=\"javascript:alert(PWN)\"></object>",
      "<object type=\"text/x-scriptlet\" data=\"https://xss.example/PWN.html\"></object>",
      "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+#PWN\" type=\"image/svg+xml\">",
      "<base href=\"javascript:alert(PWN);//\">",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(PWN);\">",
      "<meta http-equiv=\"refresh\" content=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==#PWN\">",
      "<LINK REL=\"stylesheet\" HREF=\"javascript:alert(PWN);\">",
      "<BGSOUND SRC=\"javascript:alert(PWN);\">",
      "<body onload=alert(PWN)>",
      "<frameset onload=alert(PWN)>",
      "<video src=x onerror=alert(PWN)></video>",
      "<video poster=\"javascript:alert(PWN)\"></video>",
      "<audio src=x onerror=alert(PWN)></audio>",
      "<details open ontoggle=alert(PWN)>x</details>",
      "<template><script>alert(PWN)</script></template>",
      "<noscript><p title=\"</noscript><img src=x onerror=alert(PWN)>\"></noscript>",
      "<xss onafterscriptexecute=alert(PWN)>x</xss>",
      "<a href=\"#\" onclick=\"alert(PWN)\">x</a>",
      "<script>alert(PWN)",
      "<img src=x onerror=alert(PWN)",
      "<a href=\"javascript:alert(PWN)\">unclosed",
      "<div onmouseover=\"alert(PWN)\">\n\n*Markdown inside*\n\n</div>",
      "Inline <span onclick=\"alert(PWN)\">tap</span> and <a href=\"javascript:alert(PWN)\">link</a> in a sentence.",
      "[x](https://ok.example){onclick=\"alert(PWN)\"}",
      "A paragraph. {style=\"background:url(javascript:alert(PWN))\"}",
      "[x](javascript:alert(PWN)) ![y](javascript:alert(PWN))",
      "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==#PWN)",
      "<javascript:alert(PWN)>");

  @TempDir
  static Path tmp;
  private static Path site;
  private static List<Diagnostic> diagnostics;
  private static Element print;
  /** What the build with every vector said. */
  private static List<Diagnostic> firstBuild;
  /** The vectors whose articles the link check refused; the build published the others. */
  private static final java.util.Set<Integer> refused = new java.util.TreeSet<>();

  static String token(int i) {
    return "pwn" + (1000 + i) + "x";
  }

  @BeforeAll
  static void build() throws IOException {
    // every vector's article in the feed, in full (a guide's feed lists its 20 newest by default)
    Path source = TestSites.fixture("three", tmp, "\nfeed:\n  entries: 0\n");
    for (int i = 0; i < VECTORS.size(); i++) Files.writeString(article(source, i), text(i));
    site = tmp.resolve("site");
    diagnostics = TestSites.build(source, site).diagnostics();
    firstBuild = diagnostics;
    // a vector whose URL the link check refuses (a broken image, a URL that does not parse) stops the build:
    // it is checked at the load stage, and the site is built without it
    for (Diagnostic d : diagnostics) {
      if (d.severity() != dev.versus.diag.Severity.ERROR) continue;
      int i = Integer.parseInt(d.file().replaceAll("\\D", ""));
      refused.add(i);
      Files.deleteIfExists(article(source, i));
    }
    if (!refused.isEmpty()) diagnostics = TestSites.build(source, site).diagnostics();
    assertEquals(List.of(), diagnostics.stream().filter(d -> d.severity() == dev.versus.diag.Severity.ERROR).map(Diagnostic::format).toList());
    print = Jsoup.parse(TestSites.read(site.resolve("print/index.html")));
  }

  private static Path article(Path source, int i) {
    return source.resolve("articles/xss-" + i + ".md");
  }

  private static String text(int i) {
    return "---\ntitle: \"Vector " + i + "\"\ndate: 2025-03-01\n---\n"
        + "Before the vector.\n\n" + VECTORS.get(i).replace("PWN", token(i)) + "\n\nAfter the vector.\n";
  }

  static Stream<Integer> vectors() {
    return IntStream.range(0, VECTORS.size()).boxed();
  }

  @ParameterizedTest(name = "{index}: " + "{0}")
  @MethodSource("vectors")
  void nothingActiveIsPublished(int i) {
    String token = token(i);
    String where = VECTORS.get(i);
    if (refused.contains(i)) {
      assertEquals(List.of(), ScriptRules.violations(loaded(i), token), where);
      return;
    }
    Element page = Jsoup.parse(TestSites.read(site.resolve("articles/xss-" + i + "/index.html")));
    Element body = page.selectFirst("#article");
    assertNotNull(body, where);
    assertTrue(body.text().contains("Before the vector.") && body.text().contains("After the vector."), where + "\n" + body.html());
    assertEquals(List.of(), ScriptRules.violations(body, token), where + "\n" + body.html());
    assertEquals(List.of(), ScriptRules.leaks(page, token), where);
    assertEquals(List.of(), ScriptRules.leaks(print, token), where);
    // every body the print view shows: the template's layout around them is the theme's, not this test's
    List<Element> printed = print.select(".prose").stream().filter(e -> e.text().contains("Before the vector.")).toList();
    assertEquals(VECTORS.size() - refused.size(), printed.size());
    for (Element e : printed) assertEquals(List.of(), ScriptRules.violations(e, token), where + "\n" + e.html());
  }

  @ParameterizedTest(name = "{index}: " + "{0}")
  @MethodSource("vectors")
  void theFeedPublishesNothingActive(int i) {
    if (refused.contains(i)) return;
    org.jsoup.nodes.Document feed = Jsoup.parse(TestSites.read(site.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
    Element entry = feed.select("entry").stream().filter(e -> e.selectFirst("title").text().equals("Vector " + i))
        .findFirst().orElseThrow();
    Element content = Jsoup.parseBodyFragment(entry.selectFirst("content").text()).body();
    assertTrue(content.text().contains("Before the vector."), content.html());
    assertEquals(List.of(), ScriptRules.violations(content, token(i)), VECTORS.get(i) + "\n" + content.html());
  }

  /** The body of vector {@code i}'s article as the load stage hands it on, re-parsed as a browser would read it. */
  private static Element loaded(int i) {
    String text = text(i);
    int body = text.indexOf("---\n", 4) + 4;
    var rendered = new Markdown().render("x.md", text.substring(body), 5, new dev.versus.diag.Diagnostics()).orElseThrow();
    Body b = Body.of("x.md", Kind.ARTICLE, rendered.html(), rendered.claims(), rendered.active());
    assertTrue(b.html().contains("Before the vector.") && b.html().contains("After the vector."), b.html());
    return Jsoup.parseBodyFragment(b.html()).body();
  }

  /**
   * Each vector is a warning at the author's line, or published as text: CommonMark reads some as text, not
   * HTML ({@code <img/src=x/onerror=...>}: attributes need a space before them), and so there is nothing to remove.
   */
  @ParameterizedTest(name = "{index}: " + "{0}")
  @MethodSource("vectors")
  void everyVectorIsWarnedAboutAtItsLineOrShownAsText(int i) {
    List<Diagnostic> own = firstBuild.stream().filter(d -> d.file().equals("articles/xss-" + i + ".md")).toList();
    int lines = VECTORS.get(i).split("\n", -1).length;
    for (Diagnostic d : own) assertTrue(d.line() >= 7 && d.line() < 7 + lines, d.format());
    if (own.isEmpty()) {
      String text = refused.contains(i) ? loaded(i).text()
          : Jsoup.parse(TestSites.read(site.resolve("articles/xss-" + i + "/index.html"))).selectFirst("#article").text();
      String start = VECTORS.get(i).replace("PWN", token(i)).split("\n")[0];
      assertTrue(text.contains(start.substring(0, Math.min(12, start.length()))), VECTORS.get(i) + ": no warning, and not shown as text: " + text);
    }
  }
}

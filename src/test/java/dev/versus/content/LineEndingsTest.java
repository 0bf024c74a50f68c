package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.InitGuide;
import dev.versus.diag.Diagnostics;
import dev.versus.pipeline.BuildResult;
import dev.versus.pipeline.LiveBuild;
import dev.versus.pipeline.Rebuild;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, fault 1: CommonMark (2.1) and YAML 1.2 (5.4) count a lone CR and CRLF as line breaks,
 * like LF. Every file {@code versus init} writes, saved with each ending, publishes the same pages
 * (every page kind, the feed, the sitemap and the print view the PDF is made from) and gives the
 * same line numbers in messages; the preview server reads them the same way.
 */
class LineEndingsTest {
  @TempDir
  Path tmp;

  private static String withEnding(String text, String ending) {
    return text.replace("\n", ending);
  }

  @Test
  void splitsFrontMatterWrittenWithLoneCarriageReturns() {
    Diagnostics diags = new Diagnostics();
    FrontMatter fm = FrontMatter.split("index.md", "---\rtitle: \"Alpha vs Beta\"\r---\rHello.\r", true, diags).orElseThrow();
    assertEquals(List.of(), diags.sorted());
    assertEquals("title: \"Alpha vs Beta\"\n", fm.yaml());
    assertEquals("Hello.\n", fm.body());
    assertEquals(4, fm.bodyFirstLine());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"CR", "CRLF"})
  void everyFileWithOtherLineEndingsPublishesTheSamePages(String name) {
    Map<String, String> expected = InitGuide.pages(InitGuide.build(InitGuide.create(tmp.resolve("lf"))));
    Path guide = InitGuide.create(tmp.resolve(name));
    String ending = name.equals("CR") ? "\r" : "\r\n";
    for (String f : InitGuide.FILES) InitGuide.edit(guide, f, t -> withEnding(t, ending));

    BuildResult r = InitGuide.build(guide);
    assertEquals(List.of(), InitGuide.messages(r));
    Map<String, String> actual = InitGuide.pages(r);
    assertEquals(expected.keySet(), actual.keySet());
    // every page kind, feed.xml, sitemap.xml and print/index.html (the PDF's input)
    expected.forEach((path, html) -> assertEquals(html, actual.get(path), path));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"LF", "CR", "CRLF"})
  void messagesGiveTheSameLineNumbers(String name) {
    Path guide = InitGuide.create(tmp);
    String ending = switch (name) {
      case "CR" -> "\r";
      case "CRLF" -> "\r\n";
      default -> "\n";
    };
    // a verdict level on line 8 of the front matter, a link on line 11 of the body, a key on line 6 of site.yaml
    InitGuide.edit(guide, "criteria/speed.md", t -> withEnding(t.replace("beta: {level: extension", "beta: {level: extnsion")
        .replace("where the sources disagree.", "where the sources disagree.\n\nSee [the docs](../nowhere.md)."), ending));
    InitGuide.edit(guide, "site.yaml", t -> withEnding(t.replace("language: en", "language: en\nlanguag: en"), ending));
    InitGuide.edit(guide, "subjects/alpha.md", t -> withEnding(t, ending));

    List<String> messages = InitGuide.messages(InitGuide.build(guide));
    assertEquals(List.of(
        "criteria/speed.md:8:17: error: unknown level `extnsion` on scale `support`; did you mean `extension`?; known: built-in, extension, none",
        "criteria/speed.md:12:5: error: broken link: `../nowhere.md` points at nowhere.md, which does not exist; "
            + "nothing in the guide's top folder has a name close to `nowhere`",
        "site.yaml:6:1: warning: unknown key `languag` is ignored; did you mean `language`?"), messages);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"CR", "CRLF"})
  void templateErrorsGiveTheirLine(String name) {
    Path guide = InitGuide.create(tmp);
    String ending = name.equals("CR") ? "\r" : "\r\n";
    InitGuide.write(guide, "templates/404.peb", withEnding("{% extends \"base.peb\" %}\n{% block content %}\n"
        + "<p>Lost.</p>\n{{ page.title | nosuchfilter }}\n{% endblock %}\n", ending));
    List<String> messages = InitGuide.messages(InitGuide.build(guide));
    assertEquals(1, messages.size(), messages.toString());
    assertEquals("templates/404.peb:4:1: error: template error:", messages.get(0).substring(0, "templates/404.peb:4:1: error: template error:".length()),
        messages.get(0));
  }

  @Test
  void thePreviewServerReadsCarriageReturnsLikeABuild() {
    Map<String, String> expected = InitGuide.pages(InitGuide.build(InitGuide.create(tmp.resolve("lf"))));
    Path guide = InitGuide.create(tmp.resolve("cr"));
    for (String f : InitGuide.FILES) InitGuide.edit(guide, f, t -> withEnding(t, "\r"));
    LiveBuild live = new LiveBuild(guide, Optional.empty(), false, "https://example.org/alpha-vs-beta/", Set.of());
    Rebuild first = live.start();
    assertEquals(List.of(), first.diagnostics());
    assertServed(live, expected);

    // an edit saved with CR line ends, as a classic Mac editor saves it
    InitGuide.edit(guide, "faq/which-first.md", t -> t.replace("Try Alpha first", "Try Beta first"));
    Rebuild edit = live.update(List.of(guide.resolve("faq/which-first.md")));
    assertEquals(List.of(), edit.diagnostics());
    InitGuide.edit(tmp.resolve("lf").resolve("guide"), "faq/which-first.md", t -> t.replace("Try Alpha first", "Try Beta first"));
    assertServed(live, InitGuide.pages(InitGuide.build(tmp.resolve("lf").resolve("guide"))));
  }

  private static void assertServed(LiveBuild live, Map<String, String> expected) {
    Diagnostics diags = new Diagnostics();
    expected.forEach((path, text) -> {
      byte[] served = live.get(path, diags).orElseThrow(() -> new AssertionError("not served: " + path)).output().bytes();
      assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), served, path);
    });
    assertEquals(List.of(), diags.sorted());
  }
}

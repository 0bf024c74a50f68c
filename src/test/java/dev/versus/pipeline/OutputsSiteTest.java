package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.content.Markdown;
import dev.versus.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * site.yaml's {@code feed}, {@code print} and {@code search} maps on the repository's guide (6 articles): each
 * choice changes only its own output, and a wrong value is an error at the value.
 */
class OutputsSiteTest {
  @TempDir
  Path tmp;

  private BuildResult build(String siteYaml) {
    Path source = TestSites.copy(TestSites.repo().resolve("content"), tmp.resolve("guide"));
    TestSites.append(source.resolve("site.yaml"), siteYaml);
    return new Build(new Markdown(), k -> k.equals("SOURCE_DATE_EPOCH") ? "1780272000" : null)
        .run(new BuildOptions(source, tmp.resolve("site"), Optional.empty(), false, Optional.empty()), true);
  }

  private String file(String path) {
    return TestSites.read(tmp.resolve("site").resolve(path));
  }

  private Document feed() {
    return Jsoup.parse(file("feed.xml"), "", Parser.xmlParser());
  }

  @Test
  void byDefaultTheFeedCarriesUpToTwentyArticlesInFull() {
    BuildResult r = build("");
    assertEquals(List.of(), r.diagnostics());
    assertEquals(6, feed().select("entry:has(content)").size(), "the guide's 6 articles, each in full");
    assertTrue(file("print/index.html").contains("id=\"articles\""));
  }

  @Test
  void theFeedListsTheNewestEntriesBySummary() {
    BuildResult r = build("feed:\n  entries: 2\n  content: summary\n");
    assertEquals(List.of(), r.diagnostics());
    Document feed = feed();
    List<String> articles = feed.select("entry > link").eachAttr("href").stream().filter(u -> u.contains("/articles/")).toList();
    List<String> newest = r.site().orElseThrow().articles().subList(0, 2).stream().map(a -> "/articles/" + a.slug() + "/").toList();
    assertEquals(2, articles.size());
    for (int i = 0; i < 2; i++) assertTrue(articles.get(i).endsWith(newest.get(i)), articles + " " + newest);
    assertEquals(0, feed.select("content").size());
    assertEquals(2, feed.select("entry:has(summary)").stream().filter(e -> e.select("link").attr("href").contains("/articles/")).count());
  }

  @Test
  void thePrintViewCanLeaveTheArticlesOut() {
    BuildResult r = build("print:\n  articles: none\n");
    assertEquals(List.of(), r.diagnostics());
    String print = file("print/index.html");
    assertFalse(print.contains("id=\"articles\""));
    assertFalse(print.contains("id=\"article-"), "no article section");
    assertFalse(print.contains("href=\"#article-"), "a link to an article becomes a note with its address");
    assertTrue(print.contains("id=\"criteria\""));
  }

  @Test
  void theSearchIndexCanLeaveArticleTextOut() {
    String description = "Online shop, blog, internal dashboard";
    String body = "hold a real project up against each";
    build("");
    String full = file("search/index.json");
    assertTrue(full.contains(body) && full.contains(description));
    TestSites.delete(tmp.resolve("guide"));
    BuildResult r = build("search:\n  article_text: false\n");
    assertEquals(List.of(), r.diagnostics());
    String index = file("search/index.json");
    assertTrue(index.contains(description), "the description stays");
    assertFalse(index.contains(body), "the text goes");
  }

  @Test
  void wrongValuesAreErrorsAtTheirValues() {
    List<String> diags = build("feed:\n  entries: -3\n  content: html\nprint:\n  articles: some\nsearch:\n  article_text: maybe\n")
        .diagnostics().stream().map(Diagnostic::toString).toList();
    String lines = String.join("\n", diags);
    assertEquals(4, diags.stream().filter(d -> d.contains("error")).count(), lines);
    assertTrue(lines.contains("`entries` is how many of the newest articles"), lines);
    assertTrue(lines.contains("`content` must be `full` or `summary`, found `html`"), lines);
    assertTrue(lines.contains("`articles` must be `all` or `none`, found `some`"), lines);
    assertTrue(lines.contains("`article_text` must be `true` or `false`, found `maybe`"), lines);
    assertTrue(diags.stream().allMatch(d -> d.startsWith("site.yaml:") && !d.startsWith("site.yaml:0")), lines);
  }
}

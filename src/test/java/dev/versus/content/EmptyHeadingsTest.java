package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.InitGuide;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty heading ({@code ##} alone, legal CommonMark) gave an empty {@code <h2>} and, in an article, a table of
 * contents entry {@code <a href="#"></a>} with no words (axe: empty-heading, link-name; found by the round-9 tester).
 * It is left out of the page with a warning at it; a heading of an image or a code span alone stays.
 */
class EmptyHeadingsTest {
  @TempDir
  Path tmp;

  @Test
  void anEmptyHeadingIsLeftOutWithAWarning() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "articles/getting-started.md", t -> t + "\n## \n\nText.\n\n###\n\n## `code`\n");
    var result = InitGuide.build(guide);
    List<String> warnings = InitGuide.messages(result).stream().filter(m -> m.contains("empty heading")).toList();
    assertEquals(List.of(
        "articles/getting-started.md:11:1: warning: empty heading left out of the page: write its words after the `##`, or remove the line",
        "articles/getting-started.md:15:1: warning: empty heading left out of the page: write its words after the `###`, or remove the line"),
        warnings);
    Map<String, String> pages = InitGuide.pages(result);
    String article = pages.get("articles/getting-started/index.html");
    assertFalse(article.contains("<h2></h2>") || article.contains("<h3></h3>"), article);
    assertFalse(article.contains("href=\"#\""), "no contents entry without a target");
    assertTrue(article.contains("<code>code</code></h2>"), article);
  }
}

package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/**
 * The guide Versus ships (content/) is published as written: the allowlist holds everything its Markdown
 * and raw HTML make, so the cleaned body of every document is the very string the renderer wrote, and no
 * warning asks its authors to change anything.
 */
class ShippedGuideHtmlTest {
  @Test
  void everyBodyIsPublishedAsWritten() {
    SourceTree tree = new ContentLoader(new Markdown()).load(TestSites.repo().resolve("content"), new Diagnostics());
    assertFalse(tree.documents().isEmpty());
    for (Document d : tree.documents()) {
      assertEquals(java.util.List.of(), d.body().active(), d.path());
      assertSame(d.body().written(), d.body().html(), d.path());
    }
  }
}

package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.versus.TestSites;
import dev.versus.config.ConfigLoader;
import dev.versus.config.SiteConfig;
import dev.versus.content.ContentLoader;
import dev.versus.content.Markdown;
import dev.versus.content.SourceTree;
import dev.versus.diag.Diagnostics;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview assembles the model again on a save that changes an article's front matter. The targets of site-rooted
 * links ({@link RootedLinks}) held each document, so such a save made them differ, and every document's links (33,000
 * at 4,000 articles) were resolved again; they hold paths now and are kept while the documents and facts are the same:
 * only the links that looked at the edited document are resolved again.
 */
class RootedLinksKeptTest {
  @TempDir
  Path tmp;

  @Test
  void aFrontMatterEditKeepsTheOtherDocumentsResolvedLinks() throws java.io.IOException {
    Path source = TestSites.copy(TestSites.repo().resolve("content"), tmp.resolve("content"));
    Markdown markdown = new Markdown();
    ModelAssembler assembler = new ModelAssembler(false, LocalDate.of(2024, 1, 1), markdown);
    dev.versus.content.SourceCache sources = new dev.versus.content.SourceCache(new ContentLoader(markdown), source);
    Site first = assemble(assembler, sources);
    String edited = "articles/hello-world-in-both.md";
    Path file = source.resolve(edited);
    java.nio.file.Files.writeString(file, TestSites.read(file).replaceFirst("title: \"", "title: \"New: "));
    sources.refresh(java.util.List.of(edited));
    Site second = assemble(assembler, sources);
    // a document that links the edited one resolves its links again (their anchors may have changed); no other does
    java.util.List<String> again = first.linksByDocument().keySet().stream()
        .filter(p -> !first.linksByDocument().get(p).isEmpty() && first.linksByDocument().get(p) != second.linksByDocument().get(p))
        .sorted().toList();
    assertEquals(java.util.List.of("articles/architecture-and-structure.md", edited, "articles/which-should-you-choose.md",
        "criteria/dev-server.md", "criteria/hello-world.md", "faq/should-i-start-with-flask-or-django.md", "index.md"), again);
    assertNotSame(first.linksByDocument().get(edited), second.linksByDocument().get(edited));
    assertEquals(first.linksByDocument().keySet(), second.linksByDocument().keySet());
  }

  /** The preview's way: {@code sources} keeps every unchanged document, so the assembler's memo knows it. */
  private static Site assemble(ModelAssembler assembler, dev.versus.content.SourceCache sources) {
    Diagnostics diags = new Diagnostics();
    SourceTree tree = sources.tree(diags);
    SiteConfig config = ConfigLoader.load(tree.siteYaml(), tree.sourcesYaml(), diags).orElseThrow();
    Site site = assembler.assemble(tree, config, diags);
    assertEquals(0, diags.sorted().stream().filter(d -> d.severity() == dev.versus.diag.Severity.ERROR).count(), diags.sorted().toString());
    return site;
  }
}

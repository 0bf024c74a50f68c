package dev.versus;

import dev.versus.config.ConfigLoader;
import dev.versus.config.SiteConfig;
import dev.versus.content.ContentLoader;
import dev.versus.content.Markdown;
import dev.versus.content.SourceTree;
import dev.versus.diag.Diagnostics;
import dev.versus.model.ModelAssembler;
import dev.versus.model.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The inputs every benchmark reads: the repo's Django vs Flask guide ({@code content/}) loaded and
 * assembled, and one generated ~850-word article ({@code bench/jmh/article.md}, written by
 * bench/gen_sites.py). Paths are relative to the repo, the folder bench/jmh.sh runs from.
 */
public record BenchGuide(Path source, SourceTree tree, SiteConfig config, Site site, String article) {
  /** Loads {@code content/}; throws when the guide has errors, since timings of a failed build mean nothing. */
  public static BenchGuide load() {
    Path repo = Path.of(System.getProperty("versus.repo", "."));
    Path source = repo.resolve("content");
    Diagnostics diags = new Diagnostics();
    SourceTree tree = new ContentLoader(new Markdown()).load(source, diags);
    SiteConfig config = ConfigLoader.load(tree.siteYaml(), tree.sourcesYaml(), diags).orElseThrow();
    Site site = new ModelAssembler(false).assemble(tree, config, diags);
    if (diags.hasErrors()) throw new IllegalStateException("content/ has errors: " + diags.sorted());
    try {
      String article = Files.readString(repo.resolve("bench/jmh/article.md"), StandardCharsets.UTF_8);
      return new BenchGuide(source, tree, config, site, article.substring(article.indexOf("\n---\n") + 5));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostics;
import dev.versus.i18n.I18nFiles;
import dev.versus.i18n.UiStrings;
import dev.versus.matrix.Matrix;
import dev.versus.model.Site;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.web.Output;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sitemap.xml past the sitemaps.org limit of 50,000 addresses per file becomes a sitemap index of
 * sitemap-1.xml, sitemap-2.xml, ...: the limit is lowered here to 10 (the three-subject fixture lists 20), rather than building 50,000 pages.
 */
class SitemapIndexTest {
  @TempDir
  Path tmp;

  private Map<String, String> render(int limit) {
    Path source = TestSites.fixture("three", tmp.resolve("limit-" + limit));
    Site site = new Build().run(new BuildOptions(source, tmp.resolve("site-" + limit), Optional.empty(), false, Optional.empty()), false)
        .site().orElseThrow();
    Theme theme = Theme.locate(source, Optional.empty());
    Diagnostics diags = new Diagnostics();
    UiStrings strings = I18nFiles.read(theme.roots(), diags).resolve(site.config().language(), diags);
    List<Output> out = new Renderer(theme, strings, Paper.A4, false, false, limit).render(site, Matrix.of(site), diags);
    assertEquals(List.of(), diags.sorted());
    return out.stream().filter(o -> o.path().startsWith("sitemap"))
        .collect(Collectors.toMap(Output::path, o -> new String(o.bytes(), StandardCharsets.UTF_8)));
  }

  private static List<String> locs(String xml) {
    return Jsoup.parse(xml, "", Parser.xmlParser()).select("loc").eachText();
  }

  @Test
  void pastTheLimitTheSitemapIsAnIndexOfFilesOfAtMostTheLimit() {
    List<String> all = locs(render(Pages.SITEMAP_URLS).get("sitemap.xml"));
    assertTrue(all.size() >= 15 && all.size() <= 30, "the fixture's sitemap lists " + all.size());
    Map<String, String> files = render(10);
    Document index = Jsoup.parse(files.get("sitemap.xml"), "", Parser.xmlParser());
    assertEquals("sitemapindex", index.child(0).tagName());
    int parts = (all.size() + 9) / 10;
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= parts; i++) expected.add("https://example.org/drinks/sitemap-" + i + ".xml");
    assertEquals(expected, locs(files.get("sitemap.xml")));
    assertEquals(parts + 1, files.size(), files.keySet().toString());
    List<String> split = new ArrayList<>();
    for (int i = 1; i <= parts; i++) {
      List<String> one = locs(files.get("sitemap-" + i + ".xml"));
      assertTrue(one.size() <= 10);
      split.addAll(one);
    }
    assertEquals(all, split, "the files list every address once, in order");
    assertEquals(index.select("sitemap").size(), index.select("sitemap > lastmod").size());
  }
}

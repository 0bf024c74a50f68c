package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.InlineGuide;
import dev.versus.TestSites;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide whose comparison table is too big for one page (issue 25): 4 subjects x 800 criteria in two
 * groups, 3,200 cells against the 3,000 of one page. The table is split by group, and so is the print
 * view: {@code print/} lists its volumes (at most 1,500 cells each, so each group prints in two), every
 * criterion is in exactly one volume, and {@code --pdf-parts} makes one PDF per volume.
 */
class CatalogueSiteTest {
  static final int CRITERIA = 800;
  @TempDir
  static Path dir;
  static Path out;
  static BuildResult result;

  @BeforeAll
  static void build() throws IOException {
    Path source = dir.resolve("guide");
    InlineGuide.titled("Catalogue", "Four subjects, eight hundred criteria.", "https://example.org/cat/")
        .files("""
            -- sources.yaml --
            - {id: doc, title: "The docs", publisher: "Example", date: 2024-01-01}
            """)
        .groupedCriteria(CRITERIA, 4, (c, s) -> (c + s) % 2 == 0, c -> "doc", c -> "The question of criterion " + c + ".")
        .write(source);
    out = dir.resolve("site");
    result = new Build().run(new BuildOptions(source, out, Optional.empty(), false, Optional.empty(), Optional.empty()), true);
    assertFalse(result.hasErrors(), () -> result.diagnostics().get(0).toString());
  }

  static Document page(String route) {
    return Jsoup.parse(TestSites.read(out.resolve(route).resolve("index.html")));
  }

  @Test
  void theComparisonTableIsSplitByGroup() {
    Document compare = page("compare");
    assertEquals(null, compare.getElementById("matrix"), "compare/ lists the parts instead of one table");
    assertEquals(List.of("/cat/compare/group/g1/", "/cat/compare/group/g2/"), compare.select("#parts a").eachAttr("href"));
    assertEquals(CRITERIA / 2, page("compare/group/g2").select("tr.row").size());
  }

  @Test
  void thePrintViewListsItsVolumesAndEachCriterionIsInExactlyOne() {
    Document index = page("print");
    List<String> volumes = index.select("ol.volumes > li > a").eachAttr("href");
    assertEquals(List.of("/cat/print/group/g1/", "/cat/print/group/g1/2/", "/cat/print/group/g2/", "/cat/print/group/g2/2/"),
        volumes, "two groups of 1,600 cells, each in two volumes of at most 1,500");
    assertTrue(index.select("section.criterion").isEmpty(), "the index holds no criterion");
    assertEquals(4, index.select("section.subject").size(), "the subjects stay in the index");
    assertTrue(index.select("a[type=application/pdf]").isEmpty(), "no PDF was made, none is linked");
    List<String> seen = new ArrayList<>();
    for (String v : volumes) {
      Document volume = page(v.substring("/cat/".length()));
      volume.select("section.criterion").forEach(s -> seen.add(s.id()));
      // every row of the volume's table links a section of the same document
      volume.select("table.matrix a.pageref").eachAttr("href")
          .forEach(href -> assertTrue(volume.getElementById(href.substring(1)) != null, v + ": " + href));
      assertTrue(volume.title().startsWith("Catalogue: Group "), volume.title());
      assertTrue(volume.getElementById("source-doc") != null, "each volume has the bibliography its cells cite");
    }
    assertEquals(CRITERIA, seen.size());
    assertEquals(CRITERIA, seen.stream().distinct().count());
  }
}

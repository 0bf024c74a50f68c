package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.versus.TestSites;
import dev.versus.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server's source cache keeps the documents of data/'s tables the same objects while their
 * rows are unchanged, as it does for an unchanged Markdown file: one edited cell makes one new document.
 */
class TableDocumentsCacheTest {
  @Test
  void anEditedCellMakesOnlyItsCriterionANewDocument(@TempDir Path tmp) throws IOException {
    Path source = TestSites.fixture("three", tmp);
    Files.createDirectories(source.resolve("data"));
    Files.writeString(source.resolve("data/criteria.csv"), "slug,title,group,question\naroma,Aroma,taste,Smell?\nbody,Body,taste,Feel?\n");
    String cells = "criterion,subject,level,summary\naroma,tea,none,Faint.\nbody,tea,none,Thin.\n";
    Files.writeString(source.resolve("data/cells.csv"), cells);
    SourceCache cache = new SourceCache(new ContentLoader(new Markdown()), source);
    Map<String, Document> before = byPath(cache.tree(new Diagnostics()));

    Files.writeString(source.resolve("data/cells.csv"), cells.replace("Thin.", "Thin and watery."));
    cache.refresh(List.of("data/cells.csv"));
    Map<String, Document> after = byPath(cache.tree(new Diagnostics()));

    assertEquals(before.keySet(), after.keySet());
    assertSame(before.get("criteria/aroma.md"), after.get("criteria/aroma.md"));
    assertSame(before.get("criteria/price.md"), after.get("criteria/price.md"));
    assertNotSame(before.get("criteria/body.md"), after.get("criteria/body.md"));
  }

  private static Map<String, Document> byPath(SourceTree tree) {
    return tree.documents().stream().collect(Collectors.toMap(Document::path, Function.identity()));
  }
}

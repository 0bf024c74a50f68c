package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.pipeline.UnknownFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code versus check --evidence} prints the data-quality figures after the evidence lines (issue 28, item 4). */
class CheckQualityTest {
  @TempDir
  Path tmp;

  @Test
  void checkEvidencePrintsTheQualityFiguresLast() {
    UnknownFixture.build(tmp);
    CliTest.Run r = CliTest.run("check", "--evidence", "--source", tmp.resolve("tools").toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("speed/alpha: 1 claim"), r.out());
    assertEquals("quality: 7 of 9 cells answered, 1 unknown, 1 without an answer; 2 backed by a dated passage, 1 due for a check",
        lines.get(lines.size() - 2), r.out());
    assertTrue(lines.get(lines.size() - 1).startsWith("check passed"), r.out());
    // without --evidence, no figures
    assertTrue(CliTest.run("check", "--source", tmp.resolve("tools").toString()).out().lines().noneMatch(l -> l.startsWith("quality:")));
  }
}

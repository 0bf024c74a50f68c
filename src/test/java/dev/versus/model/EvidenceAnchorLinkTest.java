package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.InitGuide;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * content-model.md lists {@code #evidence-<subject>} among a criterion page's anchors, and every cell of the table
 * links there, but a Markdown link to it was a broken-anchor error (found by the round-9 tester). A link reaches the
 * section of each subject the criterion's file gives a verdict; another subject's is still an error.
 */
class EvidenceAnchorLinkTest {
  @TempDir
  Path tmp;

  @Test
  void aLinkReachesTheEvidenceOfASubjectWithAVerdict() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "articles/getting-started.md",
        t -> t + "\nSee [Beta's evidence](../criteria/speed.md#evidence-beta) and [Gamma's](../criteria/speed.md#evidence-gamma).\n");
    var result = InitGuide.build(guide);
    List<String> errors = InitGuide.messages(result).stream().filter(m -> m.contains("error")).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("broken anchor: `#evidence-gamma` is not a heading of criteria/speed.md"), errors.get(0));
    InitGuide.edit(guide, "articles/getting-started.md", t -> t.replace(" and [Gamma's](../criteria/speed.md#evidence-gamma)", ""));
    var fixed = InitGuide.build(guide);
    assertEquals(List.of(), InitGuide.messages(fixed).stream().filter(m -> m.contains("error")).toList());
    String article = InitGuide.pages(fixed).get("articles/getting-started/index.html");
    assertTrue(article.contains("/criteria/speed/#evidence-beta\""), article);
    assertTrue(InitGuide.pages(fixed).get("criteria/speed/index.html").contains("id=\"evidence-beta\""), "the section is there");
  }
}

package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.InitGuide;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index.md without text (an empty file, or a title and nothing else) published the home page's "The short answer"
 * heading over an empty section, and `check --strict` passed (found by the round-10 tester); it is a warning at the
 * file, saying what to write.
 */
class EmptyShortAnswerTest {
  @TempDir
  Path tmp;

  @Test
  void anIndexWithoutTextIsAWarning() {
    for (String index : new String[] {"", "---\ntitle: \"Alpha or Beta?\"\n---\n\n"}) {
      Path guide = InitGuide.create(tmp.resolve("g" + index.length()));
      InitGuide.edit(guide, "index.md", t -> index);
      assertEquals(List.of("index.md:1:1: warning: index.md has no short answer: the home page would show \"The short answer\""
          + " over an empty section; write it below the front matter, a sentence or two that answers the guide's question"),
          InitGuide.messages(InitGuide.build(guide)), index);
    }
  }

  @Test
  void anIndexWithTextIsFine() {
    Path guide = InitGuide.create(tmp);
    assertEquals(List.of(), InitGuide.messages(InitGuide.build(guide)));
  }
}

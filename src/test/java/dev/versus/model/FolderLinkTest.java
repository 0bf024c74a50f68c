package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.InitGuide;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link to a folder of the guide ({@code ../subjects/}, {@code ./}) is an error that says it is a folder and what
 * to link instead: it said the folder "does not exist" and that nothing in the top folder had a name close to it,
 * beside the folder itself (found by the round-9 tester).
 */
class FolderLinkTest {
  @TempDir
  Path tmp;

  @Test
  void aLinkToAFolderSaysItIsOneAndWhatToLink() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "articles/getting-started.md", t -> t + "\nSee [every subject](../subjects/) and [this folder](./).\n");
    List<String> errors = InitGuide.messages(InitGuide.build(guide)).stream().filter(m -> m.contains("error")).toList();
    assertEquals(List.of(
        "articles/getting-started.md:11:5: error: broken link: `../subjects/` points at the folder subjects/, and a link reaches a "
            + "file: link one of its files, such as subjects/alpha.md, or the list of them that the build makes, `/subjects/`",
        "articles/getting-started.md:11:39: error: broken link: `./` points at the folder articles/, and a link reaches a "
            + "file: link one of its files, such as articles/getting-started.md, or the list of them that the build makes, `/articles/`"),
        errors);
  }
}

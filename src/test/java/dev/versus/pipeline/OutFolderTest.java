package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link OutFolder}'s message names the folders as the user wrote them: run inside the guide, {@code --out static/x}
 * is inside {@code static}, not {@code ./static} (the guide found in the current folder is {@code .}), found by round
 * 8's tester.
 */
class OutFolderTest {
  private static String inside(String out, String folder) {
    return "the output " + out + " is inside " + folder + ", whose files every build publishes as they are: each build"
        + " would publish the last one's site again; choose an --out outside that folder";
  }

  @Test
  void aStaticFolderIsNamedAsTheUserWouldWriteIt() {
    assertEquals(Optional.of(inside("static/x", "static")), OutFolder.problem(Path.of("static/x"), List.of(Path.of("."))));
    assertEquals(Optional.of(inside("guide/static/x", "guide/static")),
        OutFolder.problem(Path.of("guide/static/x"), List.of(Path.of("./guide/"))));
    assertEquals(Optional.of(inside("../static/x", "../static")), OutFolder.problem(Path.of("../static/x"), List.of(Path.of(".."))));
    assertEquals(Optional.empty(), OutFolder.problem(Path.of("site"), List.of(Path.of("."))));
  }
}

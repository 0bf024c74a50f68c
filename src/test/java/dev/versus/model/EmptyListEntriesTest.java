package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.InitGuide;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty entry of a subject's {@code pros}, {@code cons} or {@code built_on} ({@code pros: [""]}) published an empty
 * {@code <li></li>} (found by the round-9 tester); it is an error at the entry, as every empty value is.
 */
class EmptyListEntriesTest {
  @TempDir
  Path tmp;

  @Test
  void anEmptyEntryIsAnErrorAtIt() {
    Path guide = InitGuide.create(tmp);
    InitGuide.edit(guide, "subjects/alpha.md", t -> t.replace("pros: [\"Fast\"]", "pros: [\"Fast\", \"\"]")
        .replace("cons: [\"Young\"]", "cons: [\" \"]\nbuilt_on: [\"\"]"));
    List<String> errors = InitGuide.messages(InitGuide.build(guide)).stream().filter(m -> m.contains("error")).toList();
    assertEquals(List.of(
        "subjects/alpha.md:6:16: error: an empty entry in `pros` would be an empty item on the subject's page: write it, or remove the entry",
        "subjects/alpha.md:7:8: error: an empty entry in `cons` would be an empty item on the subject's page: write it, or remove the entry",
        "subjects/alpha.md:8:12: error: an empty entry in `built_on` would be an empty item on the subject's page: write it, or remove the entry"),
        errors);
  }
}

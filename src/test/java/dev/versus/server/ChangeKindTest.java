package dev.versus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the preview server calls a changed file: an i18n file changes the words of every page, as site.yaml does. */
class ChangeKindTest {
  private static final Path GUIDE = Path.of("/guide").toAbsolutePath();
  private static final Path THEME = Path.of("/theme").toAbsolutePath();

  private static ChangeKind kind(Path file) {
    return ChangeKind.of(file, GUIDE, List.of(THEME));
  }

  @Test
  void i18nFilesAreConfigurationOfTheGuideAndOfATheme() {
    assertEquals(ChangeKind.CONFIG, kind(GUIDE.resolve("i18n/en.yaml")));
    assertEquals(ChangeKind.CONFIG, kind(THEME.resolve("i18n/en.yaml")));
    assertEquals(ChangeKind.CONFIG, kind(GUIDE.resolve("site.yaml")));
    assertEquals(ChangeKind.CONTENT, kind(GUIDE.resolve("criteria/price.md")));
    assertEquals(ChangeKind.TEMPLATE, kind(GUIDE.resolve("templates/faq.peb")));
  }
}

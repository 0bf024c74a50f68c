package dev.versus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rule "no main file over 300 lines" (STYLE.md, issue 22): a file that grows past it is
 * doing more than one job and is split before it lands. Lines are counted as {@code wc -l} does.
 */
class SourceFileSizeTest {
  private static final int MAX_LINES = 300;
  private static final Path MAIN = Path.of("src/main/java");

  @Test
  void noMainFileIsOver300Lines() throws IOException {
    assertTrue(Files.isDirectory(MAIN), "run from the project folder: " + MAIN.toAbsolutePath());
    record Counted(Path file, long lines) {}
    List<String> over;
    try (Stream<Path> s = Files.walk(MAIN)) {
      over = s.filter(Files::isRegularFile).sorted().map(f -> new Counted(f, lines(f)))
          .filter(c -> c.lines() > MAX_LINES)
          .map(c -> MAIN.relativize(c.file()) + ": " + c.lines() + " lines")
          .toList();
    }
    assertEquals(List.of(), over, "main files over " + MAX_LINES + " lines: split them by job");
  }

  /** Newline characters, as {@code wc -l} counts. */
  private static long lines(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs kept in the repo and compared exactly. They are regenerated only
 * on purpose, with {@code ./mvnw test -Dversus.updateGolden=true}, and the diff is then reviewed.
 */
final class Golden {
  private Golden() {}

  static boolean updating() {
    return Boolean.getBoolean("versus.updateGolden");
  }

  static void assertMatches(Path golden, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
          "differs from " + golden + "; if the change is intended, rerun with -Dversus.updateGolden=true and review the diff");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

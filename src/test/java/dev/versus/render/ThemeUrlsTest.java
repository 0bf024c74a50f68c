package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The default theme prints every URL as a value from the route table, and never builds one from the base path. */
class ThemeUrlsTest {
  // the base path or URL printed by itself is a URL built by hand: whatever follows it is a route spelled in the theme
  private static final Pattern GLUED = Pattern.compile("\\{\\{\\s*site\\.base(Path|Url)\\s*}}");

  @Test
  void noTemplateGluesAPathOntoTheBase() throws IOException {
    List<String> glued = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("theme/templates"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = GLUED.matcher(lines.get(i));
          if (m.find()) glued.add(f + ":" + (i + 1) + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), glued);
  }
}

package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One subject named {@code Microsoft.Extensions.DependencyInjection}, a word with no break opportunity, makes
 * no page wider than a 360 px phone (issue 24, long names on a phone): every page kind, a pair page, a sorted
 * table and the print view.
 */
@Tag("browser")
class LongNamesTest {
  @TempDir
  static Path tmp;
  @RegisterExtension
  static final Chromium chromium = new Chromium();
  static ServedSite site;

  @BeforeAll
  static void serve() {
    site = ServedSite.start("long-name", WideGuide.write(tmp.resolve("src"), 3, true), tmp.resolve("out"));
  }

  @AfterAll
  static void stop() {
    if (site != null) site.close();
  }

  @Test
  void noPageIsWiderThanA360PixelScreen() {
    Set<String> paths = new LinkedHashSet<>(site.onePagePerKind().values());
    site.pages("compare").stream().filter(p -> p.contains("-vs-") || p.contains("/by/")).forEach(paths::add);
    site.pages("subject").forEach(paths::add);
    assertTrue(paths.stream().anyMatch(p -> p.startsWith("print/")), "the print view is checked: " + paths);
    List<String> wide = new ArrayList<>();
    for (String path : paths) {
      chromium.visit(site.url(path), 360, 740, true, page -> {
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow.intValue() != 0) wide.add(path + " by " + overflow + " px");
      });
    }
    assertEquals(List.of(), wide, "pages wider than the screen");
  }
}

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

  /**
   * A printed table split into parts names its subjects in each part's caption; a caption sets the table's
   * smallest width in a browser, so a real package name (53 characters) there must break like the cells do,
   * and a part of three columns leaves cells too narrow for a label such as "○ Not included" on one line:
   * on a 320 px phone neither may widen the page, as on the comparison page.
   */
  @Test
  void aPrintedPartNamingALongSubjectFitsA320PixelScreen() {
    Path guide = WideGuide.write(tmp.resolve("src-parts"), 5, "Microsoft.Extensions.DependencyInjection.Abstractions");
    try (ServedSite parts = ServedSite.start("long-name-parts", guide, tmp.resolve("out-parts"))) {
      chromium.visit(parts.url("print/"), 320, 740, true, page -> {
        Number captions = (Number) page.evaluate("() => document.querySelectorAll('table.matrix caption').length");
        assertTrue(captions.intValue() > 1, "the printed table is split into captioned parts");
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), () -> "the print view is wider than a 320 px screen, by: " + page.evaluate(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                + "document.documentElement.clientWidth).map(e => e.tagName + '.' + e.className + ' ' "
                + "+ e.textContent.trim().slice(0, 60)).slice(0, 5).join(' | ')"));
      });
    }
  }
}

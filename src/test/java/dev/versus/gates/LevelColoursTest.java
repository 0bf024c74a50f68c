package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.versus.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The colours of levels and of a missing answer (issue 23, items 4 and 8), read as Chromium draws them in the
 * light and the dark scheme: every level of a scale of 2 to 13 levels has a colour of its own with at least
 * 4.5:1 contrast (WCAG AA) on the page and on a card; "Good", the second of four levels, is green rather than
 * the amber of a warning; "No answer" is grey, not any level's colour.
 */
@Tag("browser")
class LevelColoursTest {
  static final int LONGEST = 13;

  @TempDir
  static Path tmp;
  @RegisterExtension
  static final Chromium chromium = new Chromium();
  static ServedSite site;

  @BeforeAll
  static void serve() {
    StringBuilder files = new StringBuilder("""
        -- site.yaml --
        title: "Scales"
        description: "Scales of every length."
        base_url: "https://example.org/scales/"
        subjects: [a, b]
        groups:
          - {key: all, title: "All"}
        scales:
        """);
    for (int n = 2; n <= LONGEST; n++) {
      files.append("  l").append(n).append(":\n");
      for (int k = 0; k < n; k++) {
        String label = n == 4 ? List.of("Excellent", "Good", "Fair", "Poor").get(k) : "Level " + (k + 1) + " of " + n;
        files.append("    - {key: k").append(k).append(", label: \"").append(label).append("\", symbol: \"").append(k).append("\"}\n");
      }
    }
    files.append("""
        -- sources.yaml --
        - {id: s, title: "A source", url: "https://example.org/s"}
        -- index.md --
        ---
        title: "Scales"
        ---
        Every length.
        -- subjects/a.md --
        ---
        title: "Alpha"
        ---
        A.
        -- subjects/b.md --
        ---
        title: "Beta"
        ---
        B.
        """);
    for (int n = 2; n <= LONGEST; n++) {
      // Beta has no verdict on the first criterion: a warning, and a cell that says "No answer"
      files.append("-- criteria/c").append(n).append(".md --\n---\ntitle: \"C").append(n).append("\"\ngroup: all\norder: ").append(n)
          .append("\nquestion: \"Which?\"\nscale: l").append(n).append("\nverdicts:\n  a: {level: k0, summary: \"x\", sources: [s]}\n")
          .append(n == 2 ? "" : "  b: {level: k" + (n - 1) + ", summary: \"y\", sources: [s]}\n").append("---\nText.\n");
    }
    TestSites.write(tmp.resolve("scales"), files.toString());
    site = ServedSite.start("scales", tmp.resolve("scales"), tmp.resolve("out"), 1);
  }

  @AfterAll
  static void stop() {
    if (site != null) site.close();
  }

  /** Per legend scale, its levels' drawn colours ({@code [r, g, b]}); the page's and a cell's backgrounds; the missing cell's colour. */
  static final String READ = """
      () => {
        const rgb = c => { const x = document.createElement('canvas').getContext('2d'); x.fillStyle = c; x.fillRect(0, 0, 1, 1);
          return [...x.getImageData(0, 0, 1, 1).data].slice(0, 3); };
        const scales = {};
        document.querySelectorAll('#legend ul.scale').forEach(u => scales[u.dataset.scale] =
          [...u.querySelectorAll('.level')].map(l => ({label: l.textContent.trim(), rgb: rgb(getComputedStyle(l).color)})));
        const missing = document.querySelector('#matrix .level-missing');
        return {scales, page: rgb(getComputedStyle(document.body).backgroundColor),
          card: rgb(getComputedStyle(document.querySelector('#matrix td')).backgroundColor === 'rgba(0, 0, 0, 0)'
            ? getComputedStyle(document.querySelector('#matrix')).backgroundColor : getComputedStyle(document.querySelector('#matrix td')).backgroundColor),
          missing: {text: missing.textContent.trim(), rgb: rgb(getComputedStyle(missing).color), weight: getComputedStyle(missing).fontWeight}};
      }""";

  @SuppressWarnings("unchecked")
  static Map<String, Object> read(ColorScheme scheme) {
    try (BrowserContext context = chromium.context(new Browser.NewContextOptions().setColorScheme(scheme).setViewportSize(1280, 900))) {
      Page page = context.newPage();
      page.navigate(site.url(site.page("compare")));
      return (Map<String, Object>) page.evaluate(READ);
    }
  }

  static double luminance(List<?> rgb) {
    double[] lin = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = ((Number) rgb.get(i)).doubleValue() / 255;
      lin[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  }

  static double contrast(List<?> a, List<?> b) {
    double x = luminance(a);
    double y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  /** The HSL hue of {@code rgb}, in degrees. */
  static double hue(List<?> rgb) {
    float[] hsb = java.awt.Color.RGBtoHSB(((Number) rgb.get(0)).intValue(), ((Number) rgb.get(1)).intValue(), ((Number) rgb.get(2)).intValue(), null);
    return hsb[0] * 360;
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyLevelOfEveryScaleLengthHasItsOwnReadableColour() {
    for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
      Map<String, Object> seen = read(scheme);
      Map<String, List<Map<String, Object>>> scales = (Map<String, List<Map<String, Object>>>) seen.get("scales");
      List<?> page = (List<?>) seen.get("page");
      List<?> card = (List<?>) seen.get("card");
      List<String> failures = new ArrayList<>();
      for (int n = 2; n <= LONGEST; n++) {
        List<Map<String, Object>> levels = scales.get("l" + n);
        assertEquals(n, levels.size(), "legend of l" + n);
        if (new HashSet<>(levels.stream().map(l -> l.get("rgb")).toList()).size() != n) {
          failures.add(scheme + " l" + n + ": levels share colours " + levels.stream().map(l -> l.get("rgb")).toList());
        }
        for (Map<String, Object> l : levels) {
          List<?> rgb = (List<?>) l.get("rgb");
          double worst = Math.min(contrast(rgb, page), contrast(rgb, card));
          if (worst < 4.5) failures.add(scheme + " l" + n + " " + l.get("label") + " " + rgb + ": contrast " + worst);
        }
      }
      assertEquals(List.of(), failures);
      List<Map<String, Object>> four = scales.get("l4");
      double good = hue((List<?>) four.get(1).get("rgb"));
      assertTrue(good >= 75 && good <= 165, scheme + ": Good is green, not amber: hue " + good + " " + four.get(1));
      assertTrue(hue((List<?>) four.get(2).get("rgb")) < good, scheme + ": Fair is warmer than Good");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMissingAnswerIsNeutralNotTheWorstLevel() {
    for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
      Map<String, Object> seen = read(scheme);
      Map<String, Object> missing = (Map<String, Object>) seen.get("missing");
      assertEquals("– No answer", missing.get("text"), scheme.toString());
      List<Number> rgb = (List<Number>) missing.get("rgb");
      int spread = rgb.stream().mapToInt(Number::intValue).max().getAsInt() - rgb.stream().mapToInt(Number::intValue).min().getAsInt();
      assertTrue(spread <= 40, scheme + ": grey, not a tier's colour: " + rgb);
      Map<String, List<Map<String, Object>>> scales = (Map<String, List<Map<String, Object>>>) seen.get("scales");
      for (List<Map<String, Object>> levels : scales.values()) {
        for (Map<String, Object> l : levels) assertTrue(!rgb.equals(l.get("rgb")), scheme + ": shares " + l);
      }
      assertTrue(contrast(rgb, (List<?>) seen.get("page")) >= 4.5, scheme + ": readable");
      assertTrue(Integer.parseInt(missing.get("weight").toString()) < 600, scheme + ": not bold like an answer");
    }
  }
}

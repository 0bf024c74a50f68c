package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.versus.TestSites;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full-page screenshots of home, comparison and an article at 360 and 1280 px, for both guides, written to
 * target/screenshots/ for a person to look at. {@code -Dversus.updateDocs=true} also refreshes docs/compare.png,
 * the README's picture of the comparison page, and docs/phone-compare.png and phone-compare-dark.png, theming.md's
 * pictures of the table on a 390 px phone; they are never rewritten silently.
 */
@Tag("browser")
class ScreenshotTest {
  static final List<String> KINDS = List.of("home", "compare", "article");
  static final List<Integer> WIDTHS = List.of(360, 1280);

  @TempDir
  static Path tmp;
  @RegisterExtension
  static final Chromium chromium = new Chromium();
  @RegisterExtension
  static final ServedGuides guides = new ServedGuides();

  @Test
  void homeCompareAndArticleAt360And1280() throws IOException {
    Path dir = TestSites.repo().resolve("target/screenshots");
    Files.createDirectories(dir);
    for (ServedSite site : guides.sites()) {
      for (String kind : KINDS) {
        for (int width : WIDTHS) {
          Path png = dir.resolve(site.name() + "-" + kind + "-" + width + ".png");
          shoot(site.url(site.page(kind)), width, 900, true, png);
          BufferedImage image = ImageIO.read(png.toFile());
          assertEquals(width, image.getWidth(), png + ": the page is exactly as wide as the screen");
          assertTrue(image.getHeight() >= 900, png + " is a full page");
        }
      }
    }
    readmePicture(guides.djangoFlask());
  }

  private static void readmePicture(ServedSite site) throws IOException {
    String compare = site.url(site.page("compare"));
    docsPicture("compare.png", compare, 1280, 800, ColorScheme.LIGHT);
    // the phone layout (theming.md): the comparison table as cards, in both colour schemes
    docsPicture("phone-compare.png", compare, 390, 844, ColorScheme.LIGHT);
    docsPicture("phone-compare-dark.png", compare + "#group-data", 390, 844, ColorScheme.DARK);
  }

  private static void docsPicture(String name, String url, int width, int height, ColorScheme scheme) throws IOException {
    Path shot = tmp.resolve(name);
    shoot(url, width, height, false, shot, scheme);
    BufferedImage image = ImageIO.read(shot.toFile());
    assertEquals(width, image.getWidth(), name);
    if (Boolean.getBoolean("versus.updateDocs")) {
      Path docs = TestSites.repo().resolve("docs").resolve(name);
      Files.createDirectories(docs.getParent());
      Files.copy(shot, docs, StandardCopyOption.REPLACE_EXISTING);
      System.out.println("updated " + docs);
    }
  }

  private static void shoot(String url, int width, int height, boolean fullPage, Path png) {
    shoot(url, width, height, fullPage, png, ColorScheme.LIGHT);
  }

  private static void shoot(String url, int width, int height, boolean fullPage, Path png, ColorScheme scheme) {
    try (BrowserContext context = chromium.context(new Browser.NewContextOptions().setViewportSize(width, height).setColorScheme(scheme))) {
      Page page = context.newPage();
      page.navigate(url);
      page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(fullPage));
    }
  }
}

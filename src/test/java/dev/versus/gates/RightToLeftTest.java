package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.options.BoundingBox;
import dev.versus.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide in Hebrew (issue 24, right-to-left languages): every page and the print view say {@code dir="rtl"}
 * on their html element, and the layout mirrors (logical CSS properties): the header's brand and the table's
 * criterion column sit on the right, and no page scrolls sideways on a phone.
 */
@Tag("browser")
class RightToLeftTest {
  @TempDir
  static Path tmp;
  @RegisterExtension
  static final Chromium chromium = new Chromium();
  static ServedSite site;

  @BeforeAll
  static void serve() throws Exception {
    Path guide = WideGuide.write(tmp.resolve("src"), 3);
    Path yaml = guide.resolve("site.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("language: en", "language: he"));
    site = ServedSite.start("hebrew", guide, tmp.resolve("out"));
  }

  @AfterAll
  static void stop() {
    if (site != null) site.close();
  }

  @Test
  void everyPageAndThePrintViewAreRightToLeft() {
    Map<String, String> pages = site.onePagePerKind();
    assertTrue(pages.containsKey("print"), "the print view is one of the pages: " + pages.keySet());
    for (Map.Entry<String, String> p : pages.entrySet()) {
      var html = Jsoup.parse(TestSites.read(site.out().resolve(p.getValue()))).selectFirst("html");
      assertEquals("rtl", html.attr("dir"), p.getKey() + " " + p.getValue());
      assertEquals("he", html.attr("lang"), p.getKey());
    }
  }

  @Test
  void theLayoutMirrors() {
    chromium.visit(site.url(site.page("compare")), 1280, 800, true, page -> {
      BoundingBox brand = page.locator(".brand").boundingBox();
      assertTrue(brand.x > 640, "the brand starts the header on the right: x = " + brand.x);
      BoundingBox corner = page.locator("#matrix thead th.corner").boundingBox();
      BoundingBox last = page.locator("#matrix thead th").last().boundingBox();
      assertTrue(corner.x > last.x, "the criterion column is the rightmost: " + corner.x + " vs " + last.x);
    });
    chromium.visit(site.url(site.page("home")), 1280, 800, true, page -> {
      String padding = (String) page.evaluate("() => { const s = getComputedStyle(document.querySelector('.tallies')); return s.paddingLeft + ' ' + s.paddingRight; }");
      assertTrue(padding.startsWith("0px ") && !padding.endsWith(" 0px"), "a list indents on the right: " + padding);
    });
    chromium.visit(site.url(site.page("print")), 1280, 800, true, page -> {
      String padding = (String) page.evaluate("() => { const s = getComputedStyle(document.querySelector('.bibliography')); return s.paddingLeft + ' ' + s.paddingRight; }");
      assertTrue(padding.startsWith("0px ") && !padding.endsWith(" 0px"), "the print view's sources indent on the right: " + padding);
    });
    for (String path : site.onePagePerKind().values()) {
      chromium.visit(site.url(path), 360, 740, true, page -> {
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), path + " scrolls sideways by " + overflow + " px");
      });
    }
  }
}

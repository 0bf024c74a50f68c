package dev.versus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.versus.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real page in headless Chromium (Debian's, driven by Playwright) next to the preview server:
 * it reloads by itself after a source edit and keeps its scroll position, swaps a stylesheet
 * without reloading, and shows then clears the error overlay. Skipped with a message when
 * Chromium is missing, unless VERSUS_REQUIRE_BROWSER=1 (then it fails).
 */
@Tag("browser")
class BrowserReloadTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final double WAIT_MS = 20_000;
  private static Playwright playwright;
  private static Browser browser;

  @TempDir
  Path tmp;
  Path source;
  Path theme;
  Preview preview;
  BrowserContext context;
  Page page;

  @BeforeAll
  static void launch() {
    if (!Files.isExecutable(CHROMIUM)) {
      String why = "browser test skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium)";
      if ("1".equals(System.getenv("VERSUS_REQUIRE_BROWSER"))) fail(why + ", and VERSUS_REQUIRE_BROWSER=1");
      Assumptions.abort(why);
    }
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    // Playwright gives each launch a fresh profile folder of its own
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run")));
  }

  @AfterAll
  static void quit() {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
  }

  @BeforeEach
  void open() throws IOException {
    source = TestSites.fixture("three", tmp);
    theme = TestSites.themeWith(tmp, "static/css/versus.css");
    preview = Preview.start(new Preview.Settings(source, Optional.of(theme), false, "127.0.0.1", 0), new PrintWriter(new StringWriter()));
    // a small window, so the article scrolls
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(480, 320));
    page = context.newPage();
    page.navigate(preview.url() + "articles/morning/");
    assertTrue((Boolean) page.evaluate("() => document.documentElement.scrollHeight > innerHeight + 150"), "the page can scroll");
    awaitListener();
    // a mark that lives only as long as this very document: a reload wipes it
    page.evaluate("() => { window.versusMark = 'before'; }");
  }

  @AfterEach
  void close() {
    context.close();
    preview.close();
  }

  @Test
  void thePageReloadsByItselfAfterAnEditAndKeepsItsScrollPosition() throws IOException {
    page.evaluate("() => window.scrollTo(0, 150)");
    int before = ((Number) page.evaluate("() => Math.round(window.scrollY)")).intValue();
    assertTrue(before > 0, "the page scrolled");
    edit(source.resolve("articles/morning.md"), "matters most", "matters above all else");
    page.waitForFunction("() => document.body.innerText.includes('matters above all else')", null,
        new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
    assertEquals(null, page.evaluate("() => window.versusMark"), "a new document: the page reloaded");
    page.waitForFunction("y => Math.round(window.scrollY) === y", before, new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
  }

  @Test
  void aStylesheetEditIsAppliedWithoutReloading() throws IOException {
    Path css = theme.resolve("static/css/versus.css");
    Files.writeString(css, Files.readString(css) + "\nbody { background-color: rgb(1, 2, 3) !important; }\n");
    page.waitForFunction("() => getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)'", null,
        new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
    assertEquals("before", page.evaluate("() => window.versusMark"), "the same document: no reload");
    assertEquals(1, ((Number) page.evaluate("() => document.querySelectorAll('link[rel=stylesheet]').length")).intValue(),
        "the old stylesheet was removed once the new one applied");
  }

  @Test
  void theErrorOverlayListsTheProblemOverTheLastGoodPageAndClearsWhenFixed() throws IOException {
    Path price = source.resolve("criteria/price.md");
    edit(price, "title: \"Price\"", "title: \"Price");
    page.waitForSelector("#versus-errors", new Page.WaitForSelectorOptions().setTimeout(WAIT_MS));
    String overlay = page.textContent("#versus-errors");
    assertTrue(overlay.contains("criteria/price.md:4:"), overlay);
    assertTrue(page.textContent("h1").contains("The morning cup"), "the last good page stays underneath");
    edit(price, "title: \"Price", "title: \"Price\"");
    page.waitForSelector("#versus-errors", new Page.WaitForSelectorOptions().setState(
        com.microsoft.playwright.options.WaitForSelectorState.DETACHED).setTimeout(WAIT_MS));
  }

  private void awaitListener() {
    for (int i = 0; i < 200 && preview.listeners() == 0; i++) page.waitForTimeout(50);
    assertEquals(1, preview.listeners(), "the page's event stream is open");
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), from);
    Files.writeString(file, text.replace(from, to));
  }
}

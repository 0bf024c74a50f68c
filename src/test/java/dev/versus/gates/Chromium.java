package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright for Java, as a JUnit extension on a static field of each test class that
 * needs it. One browser serves the whole run (it lives in the root context's store, and JUnit closes it at the
 * end): {@code Playwright.create()} unpacks its driver each time (about two seconds) and a launch costs another,
 * while every test gets a fresh context (own cookies and storage) anyway. Playwright is not thread-safe: the
 * browser tests run one after another, on one thread. Playwright's own browser download is switched off; a missing
 * Chromium skips the class (fails it in CI).
 */
final class Chromium implements BeforeAllCallback {
  private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(Chromium.class);
  private Browser browser;

  @Override
  public void beforeAll(ExtensionContext context) {
    Tools.chromium();
    browser = context.getRoot().getStore(SHARED).getOrComputeIfAbsent(Launched.class, k -> Launched.launch(), Launched.class).browser();
  }

  /** A fresh context (own cookies and storage) with the given options; close it after use. */
  BrowserContext context(Browser.NewContextOptions options) {
    return browser.newContext(options);
  }

  /**
   * Opens {@code url} in a fresh context with a {@code width} x {@code height} CSS-pixel viewport,
   * JavaScript on or off, runs {@code use} on the page and closes the context.
   */
  void visit(String url, int width, int height, boolean javaScript, Consumer<Page> use) {
    try (BrowserContext context = context(new Browser.NewContextOptions()
        .setViewportSize(width, height).setJavaScriptEnabled(javaScript))) {
      Page page = context.newPage();
      page.navigate(url);
      use.accept(page);
    }
  }

  /** A tab of a fresh context with JavaScript on or off, for pages loaded one after another; close it after use. */
  Tab tab(boolean javaScript) {
    BrowserContext context = context(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript));
    return new Tab(context, context.newPage());
  }

  /**
   * One tab that loads page after page, each afresh at its own viewport size: cheaper than a context per load (a
   * renderer process each) and as clean while the pages keep no state in the browser, which every load checks of
   * the page before it (and closing, of the last): no local or session storage, no cookies.
   */
  record Tab(BrowserContext context, Page page) implements AutoCloseable {
    /** Checks the page loaded before (if any), sets the viewport to {@code width} x {@code height} and loads {@code url}. */
    Page load(String url, int width, int height) {
      assertStateless();
      page.setViewportSize(width, height);
      page.navigate(url);
      return page;
    }

    private void assertStateless() {
      if (page.url().equals("about:blank")) return;
      assertEquals(0, page.evaluate("() => localStorage.length + sessionStorage.length + document.cookie.length"),
          page.url() + " keeps state in the browser, so the pages loaded after it in the same tab could see it");
    }

    @Override
    public void close() {
      try {
        assertStateless();
      } finally {
        context.close();
      }
    }
  }

  /** The run's Playwright driver and the Chromium it launched. */
  private record Launched(Playwright playwright, Browser browser) implements AutoCloseable {
    static Launched launch() {
      Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      return new Launched(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(Tools.CHROMIUM).setHeadless(true).setArgs(Tools.CHROMIUM_FLAGS)));
    }

    @Override
    public void close() {
      browser.close();
      playwright.close();
    }
  }
}

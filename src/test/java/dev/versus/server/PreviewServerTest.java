package dev.versus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server against a temp copy of the three-subject fixture, on a free port, through
 * real sockets and the real file watcher: pages, headers, live reload, the error overlay's event,
 * recovery, and shutting down.
 */
class PreviewServerTest {
  private static final int WAIT = 20;

  @TempDir
  Path tmp;
  Path source;
  Path theme;
  StringWriter console = new StringWriter();
  Preview preview;
  URI base;

  @BeforeEach
  void start() throws IOException {
    source = TestSites.fixture("three", tmp);
    theme = TestSites.themeWith(tmp, "static/css/versus.css");
    preview = Preview.start(new Preview.Settings(source, Optional.of(theme), false, "127.0.0.1", 0), new PrintWriter(console, true));
    base = preview.url();
  }

  @AfterEach
  void stop() {
    preview.close();
  }

  /** A trailing-slash redirect keeps the query: the comparison's filters survive /compare?diff=1&group=basics. */
  @Test
  void aFolderWithoutItsSlashRedirectsWithItsQuery() {
    Http.Response r = Http.get(base, "/compare?diff=1&group=basics");
    assertEquals(301, r.status());
    assertEquals("/compare/?diff=1&group=basics", r.header("Location"));
    assertEquals("/articles/morning/", Http.get(base, "/articles/morning").header("Location"), "no query, none added");
    assertEquals("/compare/?q=%C3%A9t%C3%A9", Http.get(base, "/compare?q=%C3%A9t%C3%A9").header("Location"), "the query as sent");
  }

  /** RFC 9110 section 14, one range: 206 with Content-Range, 416 past the end, the whole file otherwise. */
  @Test
  void rangeRequestsGetPartialContent() {
    byte[] whole = Http.get(base, "/img/cup.svg").body();
    Http.Response full = Http.get(base, "/img/cup.svg");
    assertEquals("bytes", full.header("Accept-Ranges"));
    int n = whole.length;
    assertTrue(n > 20);
    Http.Response part = Http.get(base, "/img/cup.svg", "Range: bytes=0-9");
    assertEquals(206, part.status());
    assertEquals("bytes 0-9/" + n, part.header("Content-Range"));
    assertEquals("10", part.header("Content-Length"));
    assertEquals("image/svg+xml", part.header("Content-Type"));
    assertEquals(new String(whole, 0, 10, java.nio.charset.StandardCharsets.ISO_8859_1), new String(part.body(), java.nio.charset.StandardCharsets.ISO_8859_1));
    Http.Response open = Http.get(base, "/img/cup.svg", "Range: bytes=10-");
    assertEquals("bytes 10-" + (n - 1) + "/" + n, open.header("Content-Range"));
    assertEquals(n - 10, open.body().length);
    Http.Response suffix = Http.get(base, "/img/cup.svg", "Range: bytes=-5");
    assertEquals("bytes " + (n - 5) + "-" + (n - 1) + "/" + n, suffix.header("Content-Range"));
    assertEquals("bytes 0-" + (n - 1) + "/" + n, Http.get(base, "/img/cup.svg", "Range: bytes=0-99999999999999999999").header("Content-Range"),
        "a last byte past the end means to the end");
    Http.Response past = Http.get(base, "/img/cup.svg", "Range: bytes=" + n + "-");
    assertEquals(416, past.status());
    assertEquals("bytes */" + n, past.header("Content-Range"));
    assertEquals(416, Http.get(base, "/img/cup.svg", "Range: bytes=-0").status());
    assertEquals(200, Http.get(base, "/img/cup.svg", "Range: bytes=0-1,5-6").status(), "several ranges: the whole file");
    assertEquals(200, Http.get(base, "/img/cup.svg", "Range: items=0-1").status(), "another unit: ignored");
    assertEquals(200, Http.get(base, "/img/cup.svg", "Range: bytes=5-1").status(), "invalid: ignored");
    assertEquals(200, Http.get(base, "/img/cup.svg", "Range: bytes=0-9", "If-Range: \"other\"").status(), "another version: whole");
    assertEquals(206, Http.get(base, "/img/cup.svg", "Range: bytes=0-9", "If-Range: " + full.header("ETag")).status());
    Http.Response head = Http.request(base, "HEAD", "/img/cup.svg", "Range: bytes=0-9");
    assertEquals(200, head.status(), "only GET has ranges");
    assertEquals(206, Http.get(base, "/", "Range: bytes=0-4").status(), "pages too");
  }

  @Test
  void servesPagesWithTheirTypesFolderIndexesAndThePreviewBaseUrl() {
    Http.Response home = Http.get(base, "/");
    assertEquals(200, home.status());
    assertEquals("text/html; charset=utf-8", home.header("Content-Type"));
    assertTrue(home.text().contains("<script src=\"/_versus/live.js\"></script>\n</body>"), "live script injected");
    Http.Response article = Http.get(base, "/articles/morning/");
    assertTrue(article.text().contains("<link rel=\"canonical\" href=\"" + base + "articles/morning/\">"), "rendered for the preview's URL");
    Http.Response noSlash = Http.get(base, "/articles/morning");
    assertEquals(301, noSlash.status());
    assertEquals("/articles/morning/", noSlash.header("Location"));
    assertEquals("text/css; charset=utf-8", Http.get(base, "/css/versus.css").header("Content-Type"));
    assertEquals("image/svg+xml", Http.get(base, "/img/cup.svg").header("Content-Type"));
    assertEquals("application/xml; charset=utf-8", Http.get(base, "/sitemap.xml").header("Content-Type"));
    assertEquals("text/javascript; charset=utf-8", Http.get(base, SiteHandler.SCRIPT).header("Content-Type"));
    Http.Response feed = Http.get(base, "/feed.xml");
    assertEquals("application/atom+xml; charset=utf-8", feed.header("Content-Type"));
    assertTrue(feed.text().contains("<title>The morning cup</title>"), "the on-demand feed is rendered when asked for");
    assertTrue(Http.get(base, "/print/").text().contains("The morning cup"), "the print view is rendered when asked for");
    Http.Response pdf = Http.get(base, "/guide.pdf");
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.header("Content-Type"));
    assertTrue(pdf.text().startsWith("%PDF-"), "the PDF is made from the print view on request");
  }

  /**
   * The built-in theme of the release archives lives inside the jar, a zip file system: its static files
   * (the stylesheet, the scripts) must be served as the repository's theme folder's are, or every page of
   * `bin/versus serve` is unstyled. A theme in a zip stands in for the jar.
   */
  @Test
  void aThemeInsideAZipFileServesItsStaticFiles() throws IOException {
    Path zip = tmp.resolve("theme.zip");
    try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip, java.util.Map.of("create", "true"))) {
      Path css = fs.getPath("/theme/static/css/zipped.css");
      Files.createDirectories(css.getParent());
      Files.writeString(css, "body { color: teal }\n");
    }
    try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip);
        Preview zipped = Preview.start(new Preview.Settings(source, Optional.of(fs.getPath("/theme")), false, "127.0.0.1", 0),
            new PrintWriter(new StringWriter(), true))) {
      Http.Response r = Http.get(zipped.url(), "/css/zipped.css");
      assertEquals(200, r.status(), "a static file of a theme inside a zip (the jar's built-in theme)");
      assertEquals("body { color: teal }\n", r.text());
      assertEquals(404, Http.get(zipped.url(), "/css/../../outside.css").status(), "nothing outside the site");
    }
  }

  @Test
  void missingPagesGetTheThemes404PageWithStatus404() {
    Http.Response r = Http.get(base, "/no/such/page/");
    assertEquals(404, r.status());
    assertTrue(r.text().contains("Page not found"), r.text());
    assertTrue(r.text().contains("/_versus/live.js"));
  }

  @Test
  void onlyGetAndHead() {
    Http.Response head = Http.request(base, "HEAD", "/articles/morning/");
    Http.Response get = Http.get(base, "/articles/morning/");
    assertEquals(200, head.status());
    assertEquals(0, head.body().length);
    assertEquals(String.valueOf(get.body().length), head.header("Content-Length"));
    assertEquals(get.header("ETag"), head.header("ETag"));
    for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "PATCH")) {
      Http.Response r = Http.request(base, method, "/");
      assertEquals(405, r.status(), method);
      assertEquals("GET, HEAD", r.header("Allow"));
    }
  }

  @Test
  void etagAndLastModifiedAnswer304() {
    Http.Response first = Http.get(base, "/criteria/caffeine/");
    String etag = first.header("ETag");
    String modified = first.header("Last-Modified");
    assertNotNull(etag);
    assertNotNull(modified);
    Http.Response same = Http.get(base, "/criteria/caffeine/", "If-None-Match: " + etag);
    assertEquals(304, same.status());
    assertEquals(0, same.body().length);
    assertEquals(304, Http.get(base, "/criteria/caffeine/", "If-Modified-Since: " + modified).status());
    assertEquals(200, Http.get(base, "/criteria/caffeine/", "If-None-Match: \"other\"").status());
    assertEquals(304, Http.get(base, "/css/versus.css", "If-None-Match: " + Http.get(base, "/css/versus.css").header("ETag")).status());
  }

  @Test
  void writesNothingToDisk() throws IOException {
    List<String> before = files(tmp);
    for (String path : List.of("/", "/articles/morning/", "/feed.xml", "/css/versus.css", "/missing/")) Http.get(base, path);
    assertEquals(before, files(tmp), "no site folder, nothing in the sources");
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void editReloadsBreakShowsErrorsAndFixRecovers() throws Exception {
    try (EventClient page = new EventClient(base)) {
      waitForListeners(1);
      // edit an article: a reload naming its page, and the page shows the new text
      edit("articles/morning.md", "matters most", "matters more than anything");
      EventClient.Event reload = page.await("reload", WAIT);
      assertTrue(reload.data().contains("\"/articles/morning/\""), reload.data());
      assertTrue(Http.get(base, "/articles/morning/").text().contains("matters more than anything"));

      // break the YAML of a criterion: an error event with the file and line; the last good page stays
      edit("criteria/price.md", "title: \"Price\"", "title: \"Price");
      EventClient.Event error = page.await("error", WAIT);
      assertTrue(error.data().contains("\"text\":\"criteria/price.md:4:"), error.data());
      assertTrue(error.data().contains("\"line\":4"), error.data());
      Http.Response stale = Http.get(base, "/criteria/price/");
      assertEquals(200, stale.status());
      assertTrue(stale.text().contains("<h1>Price</h1>"));
      assertTrue(console.toString().contains("criteria/price.md:4:"), console.toString());
      try (EventClient late = new EventClient(base)) {
        assertTrue(late.await("error", WAIT).data().contains("criteria/price.md"), "a page opened while failing is told at once");
      }

      // fix it: a reload (which also clears the overlay) and the new text
      edit("criteria/price.md", "title: \"Price", "title: \"Cost\"");
      page.await("reload", WAIT);
      assertTrue(Http.get(base, "/criteria/price/").text().contains("<h1>Cost</h1>"));
    }
    assertTrue(console.toString().contains("articles/morning.md (content): "), console.toString());
  }

  @Test
  void aStaticFileReplacingAGeneratedOneIsSaidOnTheConsoleAndServed() throws Exception {
    Path robots = source.resolve("static/robots.txt");
    Files.writeString(robots, "User-agent: *\nDisallow: /drafts/\n");
    preview.changed(java.util.Set.of(robots));
    assertTrue(console.toString().contains("  static/robots.txt: warning: replaces the robots.txt Versus generates"), console.toString());
    assertEquals("User-agent: *\nDisallow: /drafts/\n", Http.get(base, "/robots.txt").text());
  }

  @Test
  void aStylesheetEditIsSwappedNotReloaded() throws Exception {
    try (EventClient page = new EventClient(base)) {
      waitForListeners(1);
      Path css = theme.resolve("static/css/versus.css");
      Files.writeString(css, Files.readString(css) + "\nbody { outline: 1px solid red; }\n");
      EventClient.Event swap = page.await("css", WAIT);
      assertEquals("{\"paths\":[\"/css/versus.css\"]}", swap.data());
      assertTrue(Http.get(base, "/css/versus.css").text().contains("outline: 1px solid red"));
    }
  }

  @Test
  void newFoldersAreWatchedToo() throws Exception {
    try (EventClient page = new EventClient(base)) {
      waitForListeners(1);
      Files.createDirectories(source.resolve("static/docs/deep"));
      Files.writeString(source.resolve("static/docs/deep/notes.txt"), "first");
      page.await("reload", WAIT);
      assertEquals("first", Http.get(base, "/docs/deep/notes.txt").text());
      Files.writeString(source.resolve("static/docs/deep/notes.txt"), "second");
      page.await("reload", WAIT);
      assertEquals("second", Http.get(base, "/docs/deep/notes.txt").text());
    }
  }

  @Test
  void stopsCleanly() throws Exception {
    EventClient page = new EventClient(base);
    waitForListeners(1);
    preview.close();
    assertTrue(page.ended(WAIT), "open event streams are ended");
    page.close();
    try (ServerSocket again = new ServerSocket(base.getPort(), 50, InetAddress.getByName("127.0.0.1"))) {
      assertEquals(base.getPort(), again.getLocalPort(), "the port is free");
    }
    assertEquals(Set.of(), versusThreads(), "no thread of the preview is left");
  }

  static Set<String> versusThreads() throws InterruptedException {
    // threads end shortly after being told to; give them a moment, bounded
    for (int i = 0; i < 50; i++) {
      Set<String> alive = threads("versus-");
      if (alive.isEmpty()) return alive;
      Thread.sleep(100);
    }
    return threads("versus-");
  }

  static Set<String> threads(String prefix) {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
        .filter(n -> n.startsWith(prefix)).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  private void waitForListeners(int n) throws InterruptedException {
    for (int i = 0; i < 100 && preview.listeners() < n; i++) Thread.sleep(50);
    assertEquals(n, preview.listeners());
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = source.resolve(file);
    String text = Files.readString(p);
    assertNotEquals(text, text.replace(from, to), "the edit changes " + file);
    Files.writeString(p, text.replace(from, to));
  }
}

package dev.versus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing outside the site root can be fetched, whatever the path looks like, and a storm of
 * concurrent requests leaves no thread or file handle behind.
 */
class ServerSecurityTest {
  @TempDir
  static Path tmp;
  static Path secret;
  static Preview preview;
  static URI base;

  @BeforeAll
  static void start() throws IOException {
    Path source = TestSites.fixture("three", tmp);
    secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "top secret outside the site");
    preview = Preview.start(new Preview.Settings(source, Optional.empty(), false, "127.0.0.1", 0), new PrintWriter(new StringWriter()));
    // a symlink in static/ that leads out of the guide, to a file and to a folder, made while serving: the
    // rebuild refuses it (LiveBuildTest shows the error) and the last good site, without it, stays served
    Files.createSymbolicLink(source.resolve("static/leak.txt"), secret);
    Files.createSymbolicLink(source.resolve("static/outside"), tmp);
    base = preview.url();
  }

  @AfterAll
  static void stop() {
    preview.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../secret.txt", "/../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd",
      "/..%2fsecret.txt", "/img/..%2F..%2F..%2Fsecret.txt", "/%5c..%5csecret.txt", "/%5C..%5C..%5Cetc%5Cpasswd",
      "//etc/passwd", "/etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/C:/Windows/win.ini", "/c%3a%5cwindows%5cwin.ini",
      "/leak.txt", "/outside/secret.txt", "/index.html%00.txt", "/%c0%ae%c0%ae/secret.txt"})
  void everyWayOutIs404(String path) {
    Http.Response r = Http.get(base, path);
    assertEquals(404, r.status(), path);
    assertFalse(r.text().contains("top secret"), path);
    assertFalse(r.text().contains("root:"), path);
  }

  @Test
  void absolutePathsAndAbsoluteUrlsStayInside() {
    assertEquals(404, Http.get(base, secret.toString()).status());
    assertEquals(404, Http.get(base, "http://" + base.getHost() + ":" + base.getPort() + "/../secret.txt").status());
  }

  @Test
  void rawBackslashesNeverReachAFile() {
    // not a valid URI: the JDK's HTTP server answers 400 before any lookup; never the file
    for (String path : List.of("/..\\secret.txt", "/..\\..\\etc\\passwd", "\\..\\secret.txt")) {
      Http.Response r = Http.get(base, path);
      assertTrue(r.status() == 400 || r.status() == 404, path + " -> " + r.status());
      assertFalse(r.text().contains("top secret"), path);
    }
  }

  @Test
  void aStormOf2000RequestsFrom50ThreadsLeavesNothingBehind() throws Exception {
    List<String> paths = List.of("/", "/articles/morning/", "/criteria/caffeine/", "/css/versus.css", "/img/cup.svg",
        "/feed.xml", "/sitemap.xml", "/missing/", "/%2e%2e/secret.txt", "/compare/");
    Http.get(base, "/");
    int threadsBefore = PreviewServerTest.threads("versus-").size();
    long handlesBefore = openFiles();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(50, r -> new Thread(r, "storm-client"));
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 50; t++) {
      int offset = t;
      done.add(clients.submit(() -> {
        for (int i = 0; i < 40; i++) {
          String path = paths.get((offset + i) % paths.size());
          try {
            int status = Http.get(base, path).status();
            int expected = path.contains("missing") || path.contains("%2e") ? 404 : 200;
            if (status != expected) problems.add(path + " -> " + status);
          } catch (RuntimeException e) {
            problems.add(path + " -> " + e);
          }
        }
      }));
    }
    for (Future<?> f : done) f.get(120, TimeUnit.SECONDS);
    clients.shutdown();
    assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
    assertEquals(List.of(), List.copyOf(problems));
    assertEquals(threadsBefore, PreviewServerTest.threads("versus-").size(), "the server's threads are a fixed pool");
    // closed connections are released by the server shortly after the last answer; wait for that, bounded
    long handlesAfter = openFiles();
    for (int i = 0; i < 50 && handlesAfter > handlesBefore + 2; i++) {
      Thread.sleep(100);
      handlesAfter = openFiles();
    }
    assertTrue(handlesAfter <= handlesBefore + 2, "file handles: " + handlesBefore + " before, " + handlesAfter + " after");
  }

  /** Open file descriptors of this JVM (sockets included), from /proc on Linux; -1 elsewhere. */
  private static long openFiles() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) return -1;
    try (var s = Files.list(fds)) {
      return s.count();
    }
  }
}

package dev.versus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview server under load and abuse: 500 concurrent keep-alive connections and 100 open
 * live-reload clients during 50 rebuilds, very long URLs, malformed requests and more encodings of
 * a way out. No crash, no thread or file handle left behind, bounded memory, loopback only; and
 * {@code serve} never writes into the source folder. Sizes here keep {@code verify} quick; the
 * long variant ({@code -Dversus.long=true}) multiplies the rebuilds and connections by four.
 */
class ServerLoadTest {
  private static final int SCALE = Boolean.getBoolean("versus.long") ? 4 : 1;

  @TempDir
  Path tmp;

  private Preview start(Path source) throws IOException {
    return Preview.start(new Preview.Settings(source, Optional.empty(), false, "127.0.0.1", 0), new PrintWriter(new StringWriter()));
  }

  @Test
  void keepAliveConnectionsAndReloadClientsDuringRebuildsLeaveNothingBehind() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    long threadsBefore;
    long handlesBefore;
    long heapBefore;
    try (Preview preview = start(source)) {
      URI base = preview.url();
      assertEquals(200, Http.get(base, "/").status());
      threadsBefore = PreviewServerTest.threads("versus-").size();
      handlesBefore = openFiles();
      heapBefore = usedHeap();

      List<EventClient> pages = new ArrayList<>();
      for (int i = 0; i < 100; i++) pages.add(new EventClient(base));
      List<Socket> connections = Collections.synchronizedList(new ArrayList<>());
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      java.util.concurrent.atomic.AtomicInteger reconnects = new java.util.concurrent.atomic.AtomicInteger();
      ExecutorService clients = Executors.newFixedThreadPool(50, r -> new Thread(r, "load-client"));
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < 500 * SCALE; c++) {
        int n = c;
        done.add(clients.submit(() -> {
          try {
            Socket s = connect(base, connections);
            // two requests on one connection, which stays open (keep-alive) for the whole test
            for (String path : List.of("/", n % 2 == 0 ? "/criteria/price/" : "/css/versus.css")) {
              int status;
              try {
                status = keepAliveGet(s, base, path);
              } catch (IOException closed) {
                // the JDK server keeps at most 200 idle connections (sun.net.httpserver.maxIdleConnections)
                // and closes the others, as HTTP/1.1 (RFC 9112, 9.6) allows; a browser reconnects and retries
                reconnects.incrementAndGet();
                s = connect(base, connections);
                status = keepAliveGet(s, base, path);
              }
              if (status != 200) problems.add(path + " -> " + status);
            }
          } catch (IOException e) {
            problems.add("connection " + n + ": " + e);
          }
        }));
      }
      EventClient watcher = pages.get(0);
      for (int i = 0; i < 50 * SCALE; i++) {
        Files.writeString(source.resolve("criteria/price.md"), TestSites.read(source.resolve("criteria/price.md")) + "\nEdit " + i + ".\n");
        watcher.await("reload", 30);
      }
      for (Future<?> f : done) f.get(120, TimeUnit.SECONDS);
      clients.shutdown();
      assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
      assertEquals(List.of(), List.copyOf(problems));
      assertTrue(connections.size() >= 500 * SCALE, "connections opened: " + connections.size() + ", reconnects " + reconnects);
      for (EventClient page : pages.subList(1, pages.size())) page.await("reload", 30);
      assertEquals(200, Http.get(base, "/criteria/price/").status());
      assertTrue(Http.get(base, "/criteria/price/").text().contains("Edit " + (50 * SCALE - 1)));

      for (Socket s : connections) s.close();
      for (EventClient page : pages) page.close();
      // the server learns that a page went away when it next writes to it: two more rebuilds tell it
      EventClient last = new EventClient(base);
      for (int i = 0; i < 2; i++) {
        Files.writeString(source.resolve("criteria/price.md"), TestSites.read(source.resolve("criteria/price.md")) + "\nMore " + i + ".\n");
        last.await("reload", 30);
      }
      last.close();
      assertTrue(usedHeap() - heapBefore < 128L * 1024 * 1024, "heap grew by " + (usedHeap() - heapBefore) / (1024 * 1024) + " MB");
      assertEquals(threadsBefore, PreviewServerTest.threads("versus-").size(), "the server's threads are a fixed pool");
      long handlesAfter = openFiles();
      for (int i = 0; i < 100 && handlesAfter > handlesBefore + 2; i++) {
        Thread.sleep(100);
        handlesAfter = openFiles();
      }
      assertTrue(handlesAfter <= handlesBefore + 2, "file handles: " + handlesBefore + " before, " + handlesAfter + " after");
    }
    assertEquals(List.of(), List.copyOf(PreviewServerTest.threads("versus-")), "no thread outlives the server");
  }

  private static Socket connect(URI base, List<Socket> all) throws IOException {
    Socket s = new Socket(base.getHost(), base.getPort());
    s.setSoTimeout(30_000);
    all.add(s);
    return s;
  }

  /** Sends one GET on an open connection and reads exactly its answer (Content-Length or chunked). */
  private static int keepAliveGet(Socket s, URI base, String path) throws IOException {
    s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    s.getOutputStream().flush();
    InputStream in = s.getInputStream();
    String head = readHead(in);
    int status = Integer.parseInt(head.split(" ")[1]);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
    if (headers.containsKey("Content-Length")) {
      in.readNBytes(Integer.parseInt(headers.get("Content-Length")));
    } else if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
      while (true) {
        int size = Integer.parseInt(readLine(in).strip(), 16);
        in.readNBytes(size);
        readLine(in);
        if (size == 0) break;
      }
    }
    return status;
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    String line;
    while (!(line = readLine(in)).isEmpty()) head.append(line).append("\r\n");
    return head.toString();
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') b.write(c);
    }
    if (c < 0 && b.size() == 0) throw new IOException("connection closed");
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/%252e%252e/secret.txt", "/%e0%80%ae%e0%80%ae/secret.txt", "/%ef%bc%8e%ef%bc%8e/secret.txt",
      "/..;/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt", "/img/%2e%2e%2f%2e%2e%2fsecret.txt", "/..%c0%afsecret.txt",
      "/%25%32%65%25%32%65/secret.txt", "/img/../../secret.txt", "/./../secret.txt", "/..%00/secret.txt", "/%u002e%u002e/secret.txt",
      "/..%255c..%255csecret.txt", "/static/../../secret.txt", "/%2F..%2Fsecret.txt"})
  void moreEncodingsOfAWayOutAre404(String path) throws IOException {
    Path source = TestSites.fixture("three", tmp);
    Files.writeString(tmp.resolve("secret.txt"), "top secret outside the site");
    try (Preview preview = start(source)) {
      Http.Response r = Http.get(preview.url(), path);
      assertTrue(r.status() == 404 || r.status() == 400, path + " -> " + r.status());
      assertFalse(r.text().contains("top secret"), path);
    }
  }

  @Test
  void longUrlsAndMalformedRequestsNeverStopTheServer() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    try (Preview preview = start(source)) {
      URI base = preview.url();
      for (int length : List.of(2_000, 70_000, 1_000_000)) {
        int status = rawStatus(base, ("GET /" + "a".repeat(length) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(status == 404 || status == 414 || status == 400 || status == -1, length + " -> " + status);
      }
      List<byte[]> malformed = List.of(
          "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
          "GET\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
          "GET / \r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
          "GET /\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
          "BREW /pot HTCPCP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
          "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
          "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " .concat("b".repeat(200_000)).concat("\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1),
          "GET / HTTP/1.1\r\nBroken header line\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
          "GET / HTTP/9.9\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
          new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3, '\r', '\n', '\r', '\n'},
          "GET /\u00e9\u00e8 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.UTF_8),
          "GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      for (byte[] request : malformed) {
        int status = rawStatus(base, request);
        // the JDK server is lenient with some (`GET / ` answers 200): what matters is no 5xx and no crash
        assertTrue(status == -1 || status < 500, new String(request, StandardCharsets.ISO_8859_1).substring(0, Math.min(40, request.length)) + " -> " + status);
        assertEquals(200, Http.get(base, "/").status(), "the server still answers");
      }
    }
  }

  /** Sends raw bytes and returns the status of the answer, or -1 when the server just closed the connection. */
  private static int rawStatus(URI base, byte[] request) {
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(15_000);
      try {
        s.getOutputStream().write(request);
        s.getOutputStream().flush();
        s.shutdownOutput();
      } catch (IOException e) {
        return -1;  // the server closed the connection before reading it all
      }
      String line = readLine(s.getInputStream());
      return line.startsWith("HTTP/") ? Integer.parseInt(line.split(" ")[1]) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  @Test
  void listensOnLoopbackOnly() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    try (Preview preview = start(source)) {
      assertTrue(InetAddress.getByName(preview.url().getHost()).isLoopbackAddress());
      Optional<InetAddress> lan = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
          .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
      if (lan.isPresent()) {
        try (Socket s = new Socket()) {
          s.connect(new InetSocketAddress(lan.get(), preview.url().getPort()), 2_000);
          throw new AssertionError("reachable on " + lan.get());
        } catch (IOException expected) {
          // refused: nothing listens there
        }
      }
    }
  }

  @Test
  void serveNeverWritesIntoTheSourceFolder() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    Map<String, String> before = snapshot(source);
    try (Preview preview = start(source)) {
      URI base = preview.url();
      for (String path : List.of("/", "/feed.xml", "/print/", "/sitemap.xml", "/criteria/price/", "/missing/")) Http.get(base, path);
      EventClient page = new EventClient(base);
      Files.writeString(source.resolve("criteria/price.md"), "---\ntitle: broken\n");
      page.await("error", 30);
      Files.writeString(source.resolve("criteria/price.md"), TestSites.read(TestSites.repo().resolve("src/test/resources/sites/three/criteria/price.md")));
      page.await("reload", 30);
      page.close();
    }
    assertEquals(before, snapshot(source), "serve changed nothing in the source folder");
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of("three"), s.map(p -> p.getFileName().toString()).toList(), "and wrote nothing beside it");
    }
  }

  /** Every file and folder below {@code root}, with a hash of each file's bytes. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        out.put(root.relativize(p).toString(), Files.isDirectory(p) ? "dir" : java.util.Arrays.hashCode(Files.readAllBytes(p)) + "");
      }
    }
    return out;
  }

  private static long usedHeap() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long openFiles() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) return -1;
    try (var s = Files.list(fds)) {
      return s.count();
    }
  }
}

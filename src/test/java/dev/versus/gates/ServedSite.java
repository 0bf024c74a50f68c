package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.web.Output;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A guide built with {@code --base-url http://127.0.0.1:PORT/sub/} and served there by the JDK's HTTP
 * server, the way a static host serves it (pretty URLs, 404.html for missing pages), so the gates also
 * prove the site works from a sub-path.
 */
final class ServedSite implements AutoCloseable {
  static final String BASE_PATH = "/sub/";
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
      "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "png", "image/png",
      "jpg", "image/jpeg", "webp", "image/webp", "json", "application/json");

  private final String name;
  private final Path out;
  private final HttpServer server;
  private final ExecutorService pool;
  private final List<Output> outputs;

  private ServedSite(String name, Path out, HttpServer server, ExecutorService pool, List<Output> outputs) {
    this.name = name;
    this.out = out;
    this.server = server;
    this.pool = pool;
    this.outputs = outputs;
  }

  /** Builds {@code source} into {@code dir/<name>} and starts serving it; the build must be clean. */
  static ServedSite start(String name, Path source, Path dir) {
    return start(name, source, dir, 0);
  }

  /** As {@link #start(String, Path, Path)} for a guide whose build gives exactly {@code warnings} warnings and no error. */
  static ServedSite start(String name, Path source, Path dir, int warnings) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
      Path out = dir.resolve(name);
      BuildResult result = new Build().run(new BuildOptions(source, out, Optional.of(baseUrl), false, Optional.empty()), true);
      assertEquals(warnings, result.diagnostics().size(), "building " + name + ": " + result.diagnostics());
      assertEquals(false, result.hasErrors(), "building " + name + ": " + result.diagnostics());
      ExecutorService pool = Executors.newFixedThreadPool(4);
      ServedSite site = new ServedSite(name, out, server, pool, result.outputs());
      server.createContext("/", site::handle);
      server.setExecutor(pool);
      server.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return name;
  }

  Path out() {
    return out;
  }

  /** The site's root URL, ending in {@code /sub/}. */
  String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
  }

  /** The URL of one output file; {@code dir/index.html} is addressed as {@code dir/}. */
  String url(String outputPath) {
    return root() + (outputPath.endsWith("index.html") ? outputPath.substring(0, outputPath.length() - "index.html".length()) : outputPath);
  }

  /**
   * One HTML page of every kind the build made, keyed by kind in build order: the page with the shortest path,
   * so the comparison is {@code compare/} rather than a pair. New kinds (a print view) join by themselves.
   */
  Map<String, String> onePagePerKind() {
    Map<String, String> byKind = new LinkedHashMap<>();
    for (Output o : outputs) {
      // a moved page (compare/by/<slug>/) leaves at once by its meta refresh for the comparison page, a kind of its own
      if (!o.path().endsWith(".html") || o.kind().equals("moved")) continue;
      byKind.merge(o.kind(), o.path(), (a, b) -> Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()).compare(a, b) <= 0 ? a : b);
    }
    return byKind;
  }

  /** The page of one kind, as {@link #onePagePerKind()} picks it. */
  String page(String kind) {
    String path = onePagePerKind().get(kind);
    if (path == null) throw new IllegalStateException(name + " has no page of kind " + kind + "; kinds: " + onePagePerKind().keySet());
    return path;
  }

  /** Every HTML page of one kind, sorted by path. */
  List<String> pages(String kind) {
    return outputs.stream().filter(o -> o.kind().equals(kind) && o.path().endsWith(".html")).map(Output::path).sorted().toList();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (!path.startsWith(BASE_PATH)) {
        send(ex, 404, out.resolve("404.html"));
        return;
      }
      Path file = out.resolve(path.substring(BASE_PATH.length())).normalize();
      if (!file.startsWith(out)) {
        send(ex, 404, out.resolve("404.html"));
      } else if (Files.isDirectory(file) && !path.endsWith("/")) {
        ex.getResponseHeaders().set("Location", path + "/");
        ex.sendResponseHeaders(301, -1);
      } else if (Files.isDirectory(file) && Files.isRegularFile(file.resolve("index.html"))) {
        send(ex, 200, file.resolve("index.html"));
      } else if (Files.isRegularFile(file)) {
        send(ex, 200, file);
      } else {
        send(ex, 404, out.resolve("404.html"));
      }
    }
  }

  private static void send(HttpExchange ex, int status, Path file) throws IOException {
    String fileName = file.getFileName().toString();
    String ext = fileName.substring(fileName.lastIndexOf('.') + 1);
    String type = TYPES.getOrDefault(ext, "application/octet-stream");
    ex.getResponseHeaders().set("Content-Type", type);
    byte[] body = Files.readAllBytes(file);
    // text is compressed, as every static host does (GitHub Pages, Netlify, nginx with gzip_static)
    boolean text = type.startsWith("text/") || type.contains("xml") || type.contains("json");
    String accept = String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding"));
    if (text) ex.getResponseHeaders().set("Vary", "Accept-Encoding");
    if (text && accept.contains("gzip")) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
        gz.write(body);
      }
      body = zipped.toByteArray();
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    if ("HEAD".equals(ex.getRequestMethod())) {
      ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}

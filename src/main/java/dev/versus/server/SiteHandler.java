package dev.versus.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.pipeline.LiveBuild;
import dev.versus.web.Output;
import dev.versus.web.PageKind;
import dev.versus.web.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers requests from the live build: GET and HEAD only; index.html for folders; the theme's
 * 404 page with status 404; ETag and Last-Modified with 304 answers; the live-reload script
 * injected into HTML (only here: the built pages stay as a build makes them). Only files the
 * build produced are served, and a copied file only while its real path is inside its source
 * folder, so nothing outside the site can be reached.
 */
final class SiteHandler implements HttpHandler {
  static final String EVENTS = "/_versus/events";
  static final String SCRIPT = "/_versus/live.js";
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
  private static final byte[] INJECTED = ("<script src=\"" + SCRIPT + "\"></script>\n").getBytes(StandardCharsets.UTF_8);

  private final LiveBuild live;
  private final EventStream events;
  private final List<Path> publishedRoots;
  private final byte[] script;

  /**
   * @param publishedRoots the folders copied files may come from (the guide's and the themes'
   *     static/ folders); a file whose real path leaves them is not served
   */
  SiteHandler(LiveBuild live, EventStream events, List<Path> publishedRoots) {
    this.live = live;
    this.events = events;
    this.publishedRoots = publishedRoots;
    try (InputStream in = SiteHandler.class.getResourceAsStream("live.js")) {
      if (in == null) throw new IllegalStateException("live.js missing from the jar");
      this.script = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(ex, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String raw = ex.getRequestURI().getRawPath();
      if (EVENTS.equals(raw) && method.equals("GET")) {
        events.open(ex);
        return;
      }
      if (SCRIPT.equals(raw)) {
        send(ex, 200, ContentTypes.of(SCRIPT), script);
        return;
      }
      serve(ex, raw);
    } catch (IOException | RuntimeException e) {
      // a broken connection or a failed read: this request is over, the server goes on
      ex.close();
    }
  }

  private void serve(HttpExchange ex, String raw) throws IOException {
    Optional<String> path = RequestPath.resolve(raw);
    if (path.isEmpty()) {
      notFound(ex);
      return;
    }
    Diagnostics diags = new Diagnostics();
    Optional<LiveBuild.Served> found = live.get(path.get(), diags);
    if (found.isEmpty() && !path.get().endsWith(Routes.INDEX) && !path.get().contains(".")
        && live.get(Routes.file(path.get() + "/"), diags).isPresent()) {
      // a folder asked for without its slash: send the browser where relative links work, with its query
      // (the comparison's filters, ?diff=1&group=basics), which the page's script reads
      String query = ex.getRequestURI().getRawQuery();
      ex.getResponseHeaders().set("Location", raw + "/" + (query == null ? "" : "?" + query));
      send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
      return;
    }
    if (diags.hasErrors()) {
      String text = diags.sorted().stream().map(Diagnostic::format).collect(Collectors.joining("\n", "", "\n"));
      send(ex, 500, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
      return;
    }
    Optional<byte[]> bytes = found.flatMap(this::bytes);
    if (bytes.isEmpty()) {
      notFound(ex);
      return;
    }
    Instant modified = found.get().modified();
    Path copy = found.get().output().copyOf();
    if (copy != null) modified = max(modified, Files.getLastModifiedTime(copy).toInstant());
    String type = ContentTypes.of(path.get());
    byte[] body = type.startsWith("text/html") ? inject(bytes.get()) : bytes.get();
    String etag = "\"" + hash(body) + "\"";
    ex.getResponseHeaders().set("ETag", etag);
    ex.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(ZonedDateTime.ofInstant(modified, ZoneOffset.UTC)));
    if (notModified(ex, etag, modified)) {
      ex.sendResponseHeaders(304, -1);
      ex.close();
      return;
    }
    ex.getResponseHeaders().set("Accept-Ranges", "bytes");
    sendRange(ex, type, body, etag);
  }

  /**
   * {@code body} whole (200), or the one range a GET's {@code Range} asks for (206 with Content-Range), or 416
   * when that range is past the end. Only GET has ranges, and an {@code If-Range} naming another version than
   * {@code etag} gets the whole file (RFC 9110 sections 14.2 and 13.1.5).
   */
  private static void sendRange(HttpExchange ex, String type, byte[] body, String etag) throws IOException {
    String ifRange = ex.getRequestHeaders().getFirst("If-Range");
    boolean ranged = ex.getRequestMethod().equals("GET") && (ifRange == null || ifRange.strip().equals(etag));
    ByteRange.Asked asked = ranged ? ByteRange.of(ex.getRequestHeaders().getFirst("Range"), body.length) : new ByteRange.Whole();
    if (asked instanceof ByteRange.Part p) {
      ex.getResponseHeaders().set("Content-Range", p.range().contentRange(body.length));
      send(ex, 206, type, java.util.Arrays.copyOfRange(body, (int) p.range().first(), (int) p.range().last() + 1));
    } else if (asked instanceof ByteRange.Unsatisfiable) {
      ex.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
      send(ex, 416, "text/plain; charset=utf-8", new byte[0]);
    } else {
      send(ex, 200, type, body);
    }
  }

  private void notFound(HttpExchange ex) throws IOException {
    Optional<byte[]> page = live.get(PageKind.NOT_FOUND.file(), new Diagnostics()).flatMap(this::bytes);
    byte[] body = page.map(this::inject).orElse(inject("<!DOCTYPE html><title>Not found</title><h1>Not found</h1>\n"
        .getBytes(StandardCharsets.UTF_8)));
    send(ex, 404, "text/html; charset=utf-8", body);
  }

  /** The bytes of an output; a copied file only while it really lies inside a published folder. */
  private Optional<byte[]> bytes(LiveBuild.Served s) {
    Output o = s.output();
    if (o.bytes() != null) return Optional.of(o.bytes());
    try {
      Path real = o.copyOf().toRealPath();
      for (Path root : publishedRoots) {
        if (Files.isDirectory(root) && real.startsWith(root.toRealPath())) return Optional.of(Files.readAllBytes(real));
      }
      return Optional.empty();
    } catch (IOException e) {
      // deleted since the build: the next build drops it
      return Optional.empty();
    }
  }

  private static boolean notModified(HttpExchange ex, String etag, Instant modified) {
    String match = ex.getRequestHeaders().getFirst("If-None-Match");
    if (match != null) {
      for (String tag : match.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) return true;
      }
      return false;
    }
    String since = ex.getRequestHeaders().getFirst("If-Modified-Since");
    if (since == null) return false;
    try {
      Instant ims = ZonedDateTime.parse(since, HTTP_DATE).toInstant();
      return !modified.truncatedTo(ChronoUnit.SECONDS).isAfter(ims);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-cache");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
      ex.sendResponseHeaders(status, -1);
    } else {
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  /** The page with the live-reload script before {@code </body>} (or at the end). */
  private byte[] inject(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    int at = text.lastIndexOf("</body>");
    if (at < 0) at = text.length();
    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + INJECTED.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(INJECTED, 0, out, head.length, INJECTED.length);
    System.arraycopy(tail, 0, out, head.length + INJECTED.length, tail.length);
    return out;
  }

  private static String hash(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body), 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}

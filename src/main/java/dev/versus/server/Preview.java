package dev.versus.server;

import com.sun.net.httpserver.HttpServer;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Severity;
import dev.versus.pdf.Pdf;
import dev.versus.pdf.PdfMaker;
import dev.versus.pipeline.LiveBuild;
import dev.versus.pipeline.OnDemand;
import dev.versus.pipeline.Rebuild;
import dev.versus.web.Json;
import dev.versus.web.PageKind;
import dev.versus.web.Routes;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running preview: the live build, the HTTP server, the watcher and the event channel, wired
 * together. Each batch of changes is sorted into kinds, built, reported on one console line, and
 * announced to open pages. {@link #close} stops the watcher and every thread and frees the port.
 */
public final class Preview implements Closeable {
  /** Page routes rendered only when requested, not on every save: the feed, and the print view when the theme has one. */
  public static final Set<String> ON_DEMAND = Set.of(PageKind.FEED.route(), PageKind.PRINT.route());
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final int THREADS = 8;

  /** What to serve and where: the guide, an extra theme, drafts, and the address to listen on (port 0: any free port). */
  public record Settings(Path source, Optional<Path> theme, boolean drafts, String bind, int port) {}

  private final Path source;
  private final List<Path> themes;
  private final LiveBuild live;
  private final HttpServer http;
  private final ExecutorService pool;
  /** The pool's threads, joined by {@link #close}: a finished pool's last worker is still alive until it returns. */
  private final List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final EventStream events;
  private final PrintWriter console;
  private final URI url;
  private Watcher watcher;
  private boolean failing;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private Preview(Settings settings, PrintWriter console) throws IOException {
    this.console = console;
    this.source = settings.source().toAbsolutePath().normalize();
    InetAddress address = InetAddress.getByName(settings.bind());
    this.http = HttpServer.create(new InetSocketAddress(address, settings.port()), 256);
    int port = http.getAddress().getPort();
    // pages link their own origin; a wildcard address is reached through the loopback one
    String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
    this.url = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/");
    this.live = new LiveBuild(settings.source(), settings.theme(), settings.drafts(), url.toString(), ON_DEMAND);
    // the PDF is made from the print view, on the first request after a change, never on save
    PdfMaker pdf = new PdfMaker(live.theme().roots(), live.theme()::staticFiles);
    live.onDemand(Routes.PDF, (site, files, diags) -> files.apply(Routes.PRINT_FILE)
        .flatMap(print -> {
          dev.versus.diag.Diagnostics own = new dev.versus.diag.Diagnostics();
          Optional<Pdf> made = pdf.convert(new String(print.bytes(), java.nio.charset.StandardCharsets.UTF_8),
              site.config().baseUrl(), java.util.List.of(), java.util.Optional.of(source), own);
          // the request only fails on errors: warnings (characters the fonts lack) go to the console
          own.sorted().forEach(diags::add);
          reportPdf(own);
          return made;
        })
        .map(Pdf::bytes));
    this.themes = live.theme().roots().stream().skip(1)
        .filter(p -> p.getFileSystem().equals(FileSystems.getDefault()))
        .map(p -> p.toAbsolutePath().normalize()).toList();
    this.events = new EventStream(15);
    this.pool = threads("versus-http-");
  }

  /** Prints the problems of a PDF made on request, which no build line reports. */
  private void reportPdf(dev.versus.diag.Diagnostics diags) {
    if (diags.sorted().isEmpty()) return;
    synchronized (console) {
      console.println(Routes.PDF + ":");
      diags.sorted().forEach(d -> console.println("  " + d.format()));
      console.flush();
    }
  }

  /**
   * Binds the address, builds the guide, starts serving and watching. Console lines go to
   * {@code console}: one per build.
   */
  public static Preview start(Settings settings, PrintWriter console) throws IOException {
    Preview p = new Preview(settings, console);
    try {
      p.run();
      return p;
    } catch (IOException | RuntimeException e) {
      p.close();
      throw e;
    }
  }

  private void run() throws IOException {
    Rebuild first = live.start();
    report("first build", first, " rendered");
    if (first.hasErrors()) fail(first);
    List<Path> published = new ArrayList<>();
    published.add(source.resolve("static"));
    live.theme().roots().stream().skip(1).forEach(t -> published.add(t.resolve("static"))); // the jar's theme too
    http.setExecutor(pool);
    http.createContext("/", new SiteHandler(live, events, published));
    http.start();
    List<Path> watched = new ArrayList<>(List.of(source));
    themes.stream().filter(t -> !t.startsWith(source) && Files.isDirectory(t)).forEach(watched::add);
    // 3 ms of quiet close a batch, 100 ms while a file of it is missing (a save by rename): see Watcher
    watcher = new Watcher(watched, Duration.ofMillis(3), Duration.ofMillis(100), Duration.ofMillis(500), this::changed);
    watcher.start();
  }

  /** The address pages are served from, such as {@code http://127.0.0.1:8080/}. */
  /** The path of site.yaml's base_url ("/guide/"), which the preview replaces by its own root; empty before a good config. */
  public Optional<String> configuredPath() {
    return live.configuredPath();
  }

  public URI url() {
    return url;
  }

  /** The folders watched for changes: the source folder and the theme folders on disk. */
  public List<Path> watched() {
    List<Path> out = new ArrayList<>(List.of(source));
    out.addAll(themes);
    return out;
  }

  /** Serves {@code path} as made by {@code producer} on request (see {@link LiveBuild#onDemand}). */
  public void onDemand(String path, OnDemand producer) {
    live.onDemand(path, producer);
  }

  /** Builds after a batch of changed paths; called by the watcher, and by tests that do not wait for it. */
  synchronized void changed(Set<Path> batch) {
    Rebuild r = live.update(batch);
    if (r.hasErrors()) {
      // the problems are on the console before any page is told of them
      report(describe(batch), r, " re-rendered");
      fail(r);
      return;
    }
    boolean recovered = failing;
    failing = false;
    events.standing(Optional.empty());
    // the pages are told first: the console line (its file checks, its printing) is no part of a save-to-reload
    try {
      tell(batch, r, recovered);
    } finally {
      report(describe(batch), r, " re-rendered");
    }
  }

  /** Sends open pages the event of a good rebuild {@code r} of {@code batch}, if it changed anything or ended a failure. */
  private void tell(Set<Path> batch, Rebuild r, boolean recovered) {
    if (r.changed().isEmpty() && !recovered) return;
    List<String> paths = r.changed().stream().map(Preview::urlPath).toList();
    if (!recovered && stylesheetsOnly(batch, r.changed())) {
      events.send("css", Json.write(Map.of("paths", paths.stream().filter(p -> p.endsWith(".css")).toList())));
    } else {
      events.send("reload", Json.write(Map.of("paths", paths, "ms", r.millis())));
    }
  }

  /** While a build fails, every open page and every page that connects gets the full list of problems. */
  private synchronized void fail(Rebuild r) {
    String data = Json.write(Map.of("diagnostics", r.diagnostics().stream().map(Preview::diagnostic).toList()));
    events.standing(Optional.of(EventStream.frame("error", data)));
    events.send("error", data);
    failing = true;
  }

  /** Whether the changes were stylesheets only, so pages can swap them instead of reloading. */
  private boolean stylesheetsOnly(Set<Path> batch, Set<String> changed) {
    boolean sources = batch.stream().allMatch(p -> p.toString().endsWith(".css") && kind(p) == ChangeKind.STATIC);
    boolean outputs = changed.stream().allMatch(p -> p.endsWith(".css") || p.endsWith(".html") || p.endsWith(".xml"));
    return sources && outputs && changed.stream().anyMatch(p -> p.endsWith(".css"));
  }

  private ChangeKind kind(Path p) {
    return ChangeKind.of(p.toAbsolutePath().normalize(), source, themes);
  }

  /**
   * "articles/a.md (content)", or "articles/a.md and 2 more (content, template)". Files that are
   * gone again by the time of the build (an editor's or sed's temporary files) are not named.
   */
  private String describe(Set<Path> batch) {
    List<Path> files = batch.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::exists).toList();
    if (files.isEmpty()) files = batch.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    files.forEach(p -> kinds.add(kind(p)));
    Path first = files.get(0);
    Path root = themes.stream().filter(first::startsWith).findFirst().orElse(source);
    String name = first.startsWith(root) ? root.relativize(first).toString().replace('\\', '/') : first.toString();
    if (files.size() > 1) name += " and " + (files.size() - 1) + " more";
    return name + " (" + String.join(", ", kinds.stream().map(ChangeKind::label).toList()) + ")";
  }

  private void report(String what, Rebuild r, String verb) {
    StringBuilder line = new StringBuilder(LocalTime.now().format(CLOCK)).append(' ').append(what).append(": ");
    long errors = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
    if (errors > 0) {
      line.append(errors).append(errors == 1 ? " error" : " errors").append(", still serving the last good build");
    } else {
      line.append(r.rendered().size()).append(r.rendered().size() == 1 ? " page" : " pages").append(verb);
      if (!r.deferred().isEmpty()) line.append(", ").append(r.deferred().size()).append(" on request");
    }
    long warnings = r.diagnostics().size() - errors;
    if (warnings > 0) line.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    line.append(", ").append(r.millis()).append(" ms [");
    line.append(String.join(", ", r.stageMillis().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
    console.println(line.append(']'));
    // warnings too (a static file replacing a generated one, a mended language tag): a build prints them as well
    r.diagnostics().forEach(d -> console.println("  " + d.format()));
    console.flush();
  }

  private static Map<String, Object> diagnostic(Diagnostic d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", d.file());
    m.put("line", d.line());
    m.put("column", d.column());
    m.put("severity", d.severity().label());
    m.put("message", d.message());
    m.put("text", d.format());
    return m;
  }

  /** The URL path of a served file: folders end with a slash, as pages link them. */
  static String urlPath(String file) {
    return "/" + Routes.route(file);
  }

  /** Number of open event streams (open pages), for tests. */
  int listeners() {
    return events.clients();
  }

  @Override
  public void close() {
    // not synchronized with builds: the watcher's thread may be in one, and closing waits for that thread
    if (!closed.compareAndSet(false, true)) return;
    try {
      if (watcher != null) watcher.close();
    } catch (IOException e) {
      console.println("versus: could not stop watching cleanly: " + e.getMessage());
    }
    events.close();
    http.stop(0);
    pool.shutdownNow();
    try {
      if (pool.awaitTermination(5, TimeUnit.SECONDS)) {
        for (Thread t : workers) t.join(1000); // each has left its last task: only its exit is left
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A fixed pool of daemon threads, all started now so their number does not vary with load. */
  private ExecutorService threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      workers.add(t);
      return t;
    });
    pool.prestartAllCoreThreads();
    return pool;
  }
}

package dev.versus.pipeline;

import dev.versus.content.ContentLoader;
import dev.versus.content.Markdown;
import dev.versus.content.SourceCache;
import dev.versus.content.SourceTree;
import dev.versus.diag.Diagnostics;
import dev.versus.i18n.I18nFiles;
import dev.versus.i18n.UiStrings;
import dev.versus.model.ModelAssembler;
import dev.versus.render.Dependencies;
import dev.versus.render.RenderPlan;
import dev.versus.render.Renderer;
import dev.versus.render.Theme;
import dev.versus.web.Output;
import dev.versus.web.Routes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The preview server's build: the site kept in memory and brought up to date after each change.
 * It runs the stages of {@link Stages} with the same code, in the same order (load, config, model,
 * matrix, render on each change; search and data on request; nothing is written), but the load stage
 * re-reads only the files that changed, the model stage reuses what did not change, and the render
 * stage renders only the pages whose inputs differ from the last good build's dependency record. The result equals a
 * full build's, byte for byte. A build with errors changes nothing that is served: the last good site stays up.
 */
public final class LiveBuild {
  private final Path source;
  private final String baseUrl;
  /** site.yaml's base_url path as configured, before the preview's own URL replaces it. */
  private volatile String configuredPath;
  private final Set<String> onDemandRoutes;
  private final Map<String, OnDemand> derived = new ConcurrentHashMap<>();
  private final SourceCache sources;
  private final ModelAssembler assembler;
  private final Theme theme;
  private Renderer renderer;

  /** The plan the served pages were rendered from: the last good build. */
  private volatile RenderPlan good;
  /** The files served, by path: changed in place by each good build ({@link #apply}). */
  private final Map<String, Served> served = new ConcurrentHashMap<>();
  /** The paths of {@link #served} whose file is a copy (an asset or a static file of the guide), as of the last good build. */
  private Set<String> copies = Set.of();
  /** On-demand pages and derived outputs made since their inputs last changed, by path. */
  private final Map<String, Served> made = new ConcurrentHashMap<>();
  /**
   * The search index's files and the open data (compare.json, its schema, compare.csv) for the site
   * served, made on the first request for one of them (the index reads every body: too slow to redo on
   * each save of a large guide); null until then.
   */
  private Map<String, Served> search;
  /** Files changed since the last good build (they may be assets whose bytes are served from disk). */
  private final Set<Path> unsettled = new LinkedHashSet<>();

  /** The theme chain's i18n files as last read, and their problems; null before the first read. */
  private I18nRead i18n;

  private record I18nRead(I18nFiles files, List<dev.versus.diag.Diagnostic> diagnostics) {}

  /** A file as served: what it is, and when its content last changed (for Last-Modified). */
  public record Served(Output output, Instant modified) {}

  /**
   * A live build of the guide in {@code source}, rendered for {@code baseUrl} (the preview's own
   * address). {@code onDemand} names page routes rendered only when requested (the feed, the print
   * view), not on every save.
   */
  public LiveBuild(Path source, Optional<Path> theme, boolean drafts, String baseUrl, Set<String> onDemand) {
    this.source = source.toAbsolutePath().normalize();
    this.baseUrl = baseUrl;
    this.onDemandRoutes = Set.copyOf(onDemand);
    Markdown markdown = new Markdown();
    this.sources = new SourceCache(new ContentLoader(markdown), this.source);
    this.theme = Theme.locate(source, theme);
    // theme assets read on each assembly (one added is linkable on the next save); a guide's date if it states none
    this.assembler = new ModelAssembler(drafts, false, false, () -> this.theme.staticFiles().keySet(),
        BuildDate.of(System.getenv(BuildDate.SOURCE_DATE_EPOCH), java.time.Clock.systemUTC(), new Diagnostics()), markdown);
  }

  /**
   * Serves {@code path} as made by {@code producer} when it is requested, made again on the next
   * request after any change (the PDF of the print view is the intended one).
   */
  public synchronized void onDemand(String path, OnDemand producer) {
    derived.put(path, producer);
  }

  public Theme theme() {
    return theme;
  }

  /** Builds everything; the first call, before serving. */
  public Rebuild start() {
    return update(List.of());
  }

  /**
   * Brings the site up to date after {@code changed} (absolute paths of files or folders that
   * changed, appeared or vanished, in the source folder or the theme).
   */
  public synchronized Rebuild update(Collection<Path> changed) {
    Stages stages = new Stages(new Diagnostics());
    Stages.Front front = stages.front(d -> {
      List<String> inSource = changed.stream().map(p -> p.toAbsolutePath().normalize()).filter(p -> p.startsWith(source))
          .map(p -> source.relativize(p).toString().replace('\\', '/')).toList();
      sources.refresh(inSource);
      changed.forEach(p -> unsettled.add(p.toAbsolutePath().normalize()));
      return sources.tree(d);
    }, d -> i18n(changed, d), c -> {
      configuredPath = c.basePath();
      return c.withBaseUrl(baseUrl);
    }, assembler);
    if (!front.ok()) return failed(stages);

    // rendered as a build renders (no PDF link): served pages equal a full build's; other words need another engine
    UiStrings strings = front.strings().orElseThrow();
    // Pebble keeps compiled templates, and the renderer which templates each reads and the assets' hashes: a
    // change that may touch a template or a static file of the theme chain (or other words) needs a new one
    if (renderer == null || !renderer.strings().equals(strings) || touches(changed, "templates") || touches(changed, "static")) {
      renderer = new Renderer(theme, strings);
    }
    RenderPlan plan = stages.plan(renderer, front, derived.keySet());
    Optional<Dependencies.Changes> changes = good == null ? Optional.empty()
        : Optional.of(stages.timed("compare", () -> plan.dependencies().changesSince(good.dependencies())));
    return render(plan, front.tree(), changes, stages);
  }

  /**
   * The theme chain's i18n files, read again only when {@code changed} may hold one of them (a path in or above
   * an {@code i18n} folder of the chain on disk; the built-in theme's never change); their problems each time.
   */
  private I18nFiles i18n(Collection<Path> changed, Diagnostics diags) {
    if (i18n == null || touches(changed, "i18n")) {
      Diagnostics own = new Diagnostics();
      i18n = new I18nRead(I18nFiles.read(theme.roots(), own), own.sorted());
    }
    i18n.diagnostics().forEach(diags::add);
    return i18n.files();
  }

  /**
   * Whether a path of {@code changed} is in or above the folder {@code folder} of a root of the theme chain on disk
   * (the guide's folder, {@code --theme}; the built-in theme in the jar never changes): a file there may have changed.
   */
  private boolean touches(Collection<Path> changed, String folder) {
    return changed.stream().map(p -> p.toAbsolutePath().normalize()).anyMatch(p -> theme.roots().stream()
        .filter(r -> r.getFileSystem().equals(p.getFileSystem())).map(r -> r.toAbsolutePath().normalize().resolve(folder))
        .anyMatch(dir -> p.startsWith(dir) || dir.startsWith(p)));
  }

  private Rebuild render(RenderPlan plan, SourceTree tree, Optional<Dependencies.Changes> changes, Stages stages) {
    Set<String> routes = new LinkedHashSet<>(changes.map(Dependencies.Changes::pages).orElse(plan.dependencies().routes()));
    Map<String, Output> assets = new HashMap<>();
    Stages.withGuideFiles(plan.assets(), tree).forEach(o -> assets.put(o.path(), o));
    // a page whose path a static file of the guide held until now (deleted, moved): made again, as a build makes it
    Set<String> freed = copies.stream().filter(p -> !assets.containsKey(p)).collect(java.util.stream.Collectors.toSet());
    if (!freed.isEmpty()) plan.routes().forEach(r -> plan.file(r).filter(freed::contains).ifPresent(f -> routes.add(r)));
    Set<String> deferred = new LinkedHashSet<>(routes);
    deferred.retainAll(onDemandRoutes);
    routes.removeAll(onDemandRoutes);
    List<Output> pages = stages.render(plan, routes, java.util.function.UnaryOperator.identity());
    if (stages.diagnostics().hasErrors()) return failed(stages);
    Set<String> removed = changes.map(Dependencies.Changes::removed).orElse(Set.of());
    Set<String> changedFiles = stages.timed("apply", () -> apply(plan, assets, pages, deferred, removed));
    return new Rebuild(stages.diagnostics().sorted(), routes, deferred, changedFiles,
        changes.map(Dependencies.Changes::inputs).orElse(Set.of()), stages.times());
  }

  /** The file served at {@code path} (below the site root), making an on-demand one if needed. */
  public Optional<Served> get(String path, Diagnostics diags) {
    Served s = served.get(path);
    if (s != null) return Optional.of(s);
    s = made.get(path);
    if (s != null) return Optional.of(s);
    if (Routes.isSearchFile(path) || Routes.DATA_FILES.contains(path) || Routes.CHANGES_FILES.contains(path)) {
      return Optional.ofNullable(searchFiles().get(path));
    }
    return make(path, diags);
  }

  /** The path of site.yaml's base_url as the guide configures it ("/" or "/guide/"); empty until site.yaml was read. */
  public Optional<String> configuredPath() {
    return Optional.ofNullable(configuredPath);
  }

  /** Every path served, the on-demand ones included. */
  public Set<String> paths() {
    Set<String> out = new java.util.TreeSet<>(served.keySet());
    RenderPlan plan = good;
    if (plan != null) onDemandRoutes.forEach(r -> plan.file(r).ifPresent(out::add));
    out.addAll(derived.keySet());
    out.addAll(searchFiles().keySet());
    return out;
  }

  /** The dependency record of the site being served (empty before the first good build). */
  public Optional<Dependencies> dependencies() {
    RenderPlan plan = good;
    return plan == null ? Optional.empty() : Optional.of(plan.dependencies());
  }

  private synchronized Optional<Served> make(String path, Diagnostics diags) {
    Served s = made.get(path);
    if (s != null || good == null) return Optional.ofNullable(s);
    RenderPlan plan = good;
    Optional<Output> out = Optional.empty();
    for (String route : onDemandRoutes) {
      if (plan.file(route).filter(path::equals).isPresent()) out = plan.render(List.of(route), diags).stream().findFirst();
    }
    OnDemand producer = derived.get(path);
    if (producer != null) {
      out = producer.make(plan.site(), p -> get(p, diags).map(Served::output), diags)
          .map(bytes -> new Output(path, "derived", bytes, null));
    }
    out.ifPresent(o -> made.put(path, new Served(o, Instant.now())));
    return out.map(o -> made.get(path));
  }

  /**
   * Serves the plan just rendered. The map is changed in place, not copied (a 4,000-article site's copy cost milliseconds
   * per save): new assets, then pages, then removals, so no page served meanwhile links an asset not yet served.
   */
  private Set<String> apply(RenderPlan plan, Map<String, Output> assets, List<Output> pages, Set<String> deferred, Set<String> removed) {
    Map<String, Served> newAssets = new HashMap<>();
    Map<String, Served> newPages = new HashMap<>();
    Set<String> gone = new HashSet<>();
    Set<String> changed = new LinkedHashSet<>();
    Instant now = Instant.now();
    for (Output o : pages) {
      // the guide's static file of the same path wins, as in a build (reported by the render stage)
      if (assets.containsKey(o.path())) continue;
      Served old = served.get(o.path());
      if (old == null || !Arrays.equals(old.output().bytes(), o.bytes())) {
        newPages.put(o.path(), new Served(o, now));
        changed.add(o.path());
      }
    }
    for (String route : removed) {
      good.file(route).ifPresent(f -> {
        if (!assets.containsKey(f) && (newPages.remove(f) != null | served.containsKey(f))) {
          gone.add(f);
          changed.add(f);
        }
      });
    }
    for (String route : deferred) plan.file(route).ifPresent(f -> { made.remove(f); changed.add(f); });
    // files served as copies (assets) that no plan or static folder has any more (a page may take the path back)
    copies.stream().filter(p -> !assets.containsKey(p) && !newPages.containsKey(p)).forEach(gone::add);
    changed.addAll(gone);
    assets.forEach((path, o) -> {
      Served old = served.get(path);
      Path file = o.copyOf().toAbsolutePath().normalize();
      if (old == null || !Objects.equals(old.output().copyOf(), o.copyOf()) || unsettled.stream().anyMatch(file::startsWith)) {
        newAssets.put(path, new Served(o, now));
        changed.add(path);
      }
    });
    if (!changed.isEmpty()) {
      derived.keySet().forEach(made::remove);
      search = null;
    }
    served.putAll(newAssets);
    served.putAll(newPages);
    gone.forEach(served::remove);
    copies = Set.copyOf(assets.keySet());
    good = plan;
    unsettled.clear();
    return changed;
  }

  private synchronized Map<String, Served> searchFiles() {
    if (search == null && good != null) {
      Instant now = Instant.now();
      Map<String, Served> files = new HashMap<>();
      // the search and data stages, run on request for the site served; their problems are none (they report none)
      Stages stages = new Stages(new Diagnostics());
      stages.search(good.site()).forEach(o -> files.put(o.path(), new Served(o, now)));
      stages.data(good.site(), good.matrix()).forEach(o -> files.put(o.path(), new Served(o, now)));
      search = java.util.Collections.unmodifiableMap(files);
    }
    return search == null ? Map.of() : search;
  }

  private Rebuild failed(Stages stages) {
    return new Rebuild(stages.diagnostics().sorted(), Set.of(), Set.of(), Set.of(), Set.of(), stages.times());
  }
}

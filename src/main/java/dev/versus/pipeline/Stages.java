package dev.versus.pipeline;

import dev.versus.config.ConfigLoader;
import dev.versus.config.SiteConfig;
import dev.versus.content.SourceTree;
import dev.versus.content.StaticFile;
import dev.versus.data.OpenData;
import dev.versus.diag.Diagnostics;
import dev.versus.i18n.I18nFiles;
import dev.versus.i18n.UiStrings;
import dev.versus.matrix.Matrix;
import dev.versus.model.ModelAssembler;
import dev.versus.model.Site;
import dev.versus.pdf.Pdf;
import dev.versus.pdf.PdfMaker;
import dev.versus.render.PrintSections;
import dev.versus.render.RenderPlan;
import dev.versus.render.Renderer;
import dev.versus.search.SearchIndex;
import dev.versus.web.Links;
import dev.versus.web.Output;
import dev.versus.web.Routes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The stages of a build, in the one order {@code build} ({@link Build}) and {@code serve}
 * ({@link LiveBuild}) both run them, each timed:
 * load (files to documents, and the theme chain's i18n files) -> config (site.yaml, sources.yaml) -> model (validated, cross-linked
 * records) -> matrix (the comparison table, computed once and handed to every later stage) -> render
 * (Pebble; planned first, so serve renders only what a change touches) -> search (the search index's
 * files) -> data (compare.json, its schema, compare.csv) -> pdf (only when asked: the print view to
 * guide.pdf) -> write (in place over a site of ours, else an atomic swap; build only, serve keeps the site in
 * memory). A stage runs only when the ones before it found no error, but every problem of a stage is reported, so an
 * author sees all of them in one run. One instance times one run; its diagnostics collect every stage's problems.
 */
final class Stages {
  private final Diagnostics diags;
  private final Map<String, Long> times = new LinkedHashMap<>();
  private final long started = System.nanoTime();

  Stages(Diagnostics diags) {
    this.diags = diags;
  }

  /**
   * What the stages up to matrix made: the source tree always, the site once the model stage ran (even
   * with errors, for the report), the matrix and the theme's words only when no stage so far found an error.
   */
  record Front(SourceTree tree, Optional<Site> site, Optional<Matrix> matrix, Optional<UiStrings> strings) {
    boolean ok() {
      return matrix.isPresent();
    }
  }

  /**
   * load -> config -> model -> matrix. {@code load} reads the source tree (all of it, or only what changed);
   * {@code i18n} reads the theme chain's i18n files with it ({@link I18nFiles#read}; the preview reads them
   * again only when one may have changed), merged for the site's language by the model stage; {@code adjust}
   * changes the configuration before the model reads it (the preview's own base URL).
   */
  Front front(Function<Diagnostics, SourceTree> load, Function<Diagnostics, I18nFiles> i18nFiles, UnaryOperator<SiteConfig> adjust,
      ModelAssembler assembler) {
    SourceTree tree = timed("load", () -> load.apply(diags));
    I18nFiles i18n = timed("load", () -> i18nFiles.apply(diags));
    Optional<SiteConfig> config = timed("config", () -> ConfigLoader.load(tree.siteYaml(), tree.sourcesYaml(), diags).map(adjust));
    if (config.isEmpty()) return new Front(tree, Optional.empty(), Optional.empty(), Optional.empty());
    Site site = timed("model", () -> assembler.assemble(tree, config.get(), diags));
    UiStrings strings = timed("model", () -> i18n.resolve(config.get().language(), diags));
    if (diags.hasErrors()) return new Front(tree, Optional.of(site), Optional.empty(), Optional.empty());
    return new Front(tree, Optional.of(site), Optional.of(timed("matrix", () -> Matrix.of(site))), Optional.of(strings));
  }

  /**
   * The render stage's first half: every page with its dependency record. Warns of each of the guide's static
   * files that has the path of a file Versus generates (a page of the plan, or one of {@code alsoGenerated}).
   */
  RenderPlan plan(Renderer renderer, Front front, Collection<String> alsoGenerated) {
    RenderPlan plan = timed("plan", () -> renderer.plan(front.site().orElseThrow(), front.matrix().orElseThrow()));
    // most guides have no static file: then the set of every generated file (thousands) is not made
    if (!front.tree().staticFiles().isEmpty()) {
      Set<String> generated = new java.util.TreeSet<>(alsoGenerated);
      plan.routes().forEach(r -> plan.file(r).ifPresent(generated::add));
      reportReplaced(generated, front.tree());
    }
    return plan;
  }

  /** The render stage's second half: the pages of {@code routes}, each handed to {@code sink} as soon as it is made. */
  List<Output> render(RenderPlan plan, Collection<String> routes, UnaryOperator<Output> sink) {
    return render(plan, routes, sink, PrintSections.none());
  }

  /** {@link #render(RenderPlan, Collection, UnaryOperator)}, the print view reusing the sections of {@code print}. */
  List<Output> render(RenderPlan plan, Collection<String> routes, UnaryOperator<Output> sink, PrintSections print) {
    return timed("render", () -> plan.render(routes, diags, sink, print));
  }

  /** The search stage: the search index's files (the /search/ page is rendered with the other pages). */
  List<Output> search(Site site) {
    return timed("search", searchStep(site, false, Map.of())).outputs(Map.of());
  }

  /**
   * The search stage's work, untimed: {@link #search} times it, and {@link #alongside} when it runs beside the render
   * stage. {@code keepable}: the build cache may keep the old site's index files ({@link CachedPages#generated}), so
   * the step computes each file's digest ({@link SearchIndex#digests}, taking {@code bodies}, the load stage's body
   * digests, for the bodies' texts) and leaves the files to be made once the build knows which of them changed;
   * otherwise it makes the files at once.
   */
  static Supplier<Searched> searchStep(Site site, boolean keepable, Map<?, byte[]> bodies) {
    return () -> {
      Links links = links(site);
      SearchIndex index = SearchIndex.of(site, links);
      return keepable ? new Searched(index, links, Optional.of(index.digests(links, bodies)), List.of(), index.documentsJson())
          : new Searched(index, links, Optional.empty(), index.outputs(links), "");
    };
  }

  /**
   * The search stage's result: the index and the links it was made with; {@code digests} (each file's, by path),
   * and {@code documentsJson} ({@link SearchIndex#documentsJson}) when the step was keepable, else {@code made}, the
   * index's files already made.
   */
  record Searched(SearchIndex index, Links links, Optional<Map<String, String>> digests, List<Output> made, String documentsJson) {
    /**
     * The index's files but the parts' in {@code kept} (path to the file the site keeps, {@link SearchIndex#outputs(Links, Map)}):
     * those made by the step, or, for a keepable step, made now.
     */
    List<Output> outputs(Map<String, java.nio.file.Path> kept) {
      return digests.isEmpty() ? made : index.outputs(links, kept, documentsJson);
    }
  }

  /** The data stage: compare.json, its schema and compare.csv (the pages linking them are rendered with the others). */
  List<Output> data(Site site, Matrix matrix) {
    return timed("data", dataStep(site, matrix));
  }

  /** The data stage's work, untimed ({@link #searchStep} says why). */
  static Supplier<List<Output>> dataStep(Site site, Matrix matrix) {
    return () -> OpenData.outputs(site, matrix, links(site));
  }

  /**
   * The pdf stage: a PDF made from the print page {@code printFile} among {@code outputs} (the print view's
   * for guide.pdf), its fonts' problems at the lines of the guide in {@code source}; empty when it failed
   * (said in the diagnostics).
   */
  Optional<Pdf> pdf(PdfMaker maker, Site site, List<Output> outputs, Path source, String printFile) {
    return timed("pdf", () -> {
      String print = outputs.stream().filter(o -> o.path().equals(printFile)).findFirst()
          .map(o -> new String(o.bytes(), StandardCharsets.UTF_8)).orElseThrow();
      return maker.convert(print, site.config().baseUrl(), outputs, Optional.of(source), diags);
    });
  }

  /** {@code outputs} plus the guide's own static files, which win over the theme's assets and generated files of the same name. */
  static List<Output> withGuideFiles(List<Output> outputs, SourceTree tree) {
    Set<String> guideFiles = new HashSet<>();
    for (StaticFile f : tree.staticFiles()) guideFiles.add(f.urlPath().substring(1));
    List<Output> out = new ArrayList<>(outputs);
    out.removeIf(o -> guideFiles.contains(o.path()));
    for (StaticFile f : tree.staticFiles()) out.add(Output.copy(f.urlPath().substring(1), f.file()));
    return out;
  }

  /**
   * A warning for each of the guide's static files that has the path of a file Versus generates
   * ({@code static/feed.xml}, {@code static/404.html}): the author's file wins, in build and serve alike,
   * but never silently.
   */
  private void reportReplaced(Set<String> generated, SourceTree tree) {
    for (StaticFile f : tree.staticFiles()) {
      String path = f.urlPath().substring(1);
      if (!generated.contains(path)) continue;
      diags.warning("static" + f.urlPath(), 0, 0, "replaces the " + path + " Versus generates: both are published at /"
          + path + " and this file wins; to change the generated one, override its template in templates/ instead, "
          + "or rename this file");
    }
  }

  private static Links links(Site site) {
    return new Links(site.config().baseUrl(), site.config().basePath());
  }

  /** Every problem the stages of this run found so far. */
  Diagnostics diagnostics() {
    return diags;
  }

  /** The milliseconds of each stage run so far, in the order they ran. */
  Map<String, Long> times() {
    return times;
  }

  /**
   * Starts {@code step} on the common pool, to run while this thread goes on with a later stage; the
   * supplier returned waits for its value and only then adds its milliseconds to {@code stage}, so the
   * stages keep the order they are listed in. The build overlaps the search and data stages with the
   * render stage: they read only the site and the matrix, report nothing, and the render stage's pages
   * share both cores with them instead of leaving one idle while they run alone at the end. A failure is
   * thrown by the supplier as {@code step} threw it.
   */
  <T> Supplier<T> alongside(String stage, Supplier<T> step) {
    java.util.concurrent.CompletableFuture<Timed<T>> running = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      long start = System.nanoTime();
      return new Timed<>(step.get(), (System.nanoTime() - start) / 1_000_000);
    });
    return () -> {
      Timed<T> done;
      try {
        done = running.join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error r) throw r;
        throw e;
      }
      times.merge(stage, done.millis(), Long::sum);
      return done.value();
    };
  }

  private record Timed<T>(T value, long millis) {}

  /** The milliseconds since this run began (its wall time so far: stages run {@link #alongside} overlap). */
  long elapsed() {
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** Runs {@code step}, adding its milliseconds to {@code stage}. */
  <T> T timed(String stage, Supplier<T> step) {
    long start = System.nanoTime();
    try {
      return step.get();
    } finally {
      times.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
    }
  }
}

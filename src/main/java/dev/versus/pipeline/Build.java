package dev.versus.pipeline;

import dev.versus.config.ConfigLoader;
import dev.versus.config.SiteConfig;
import dev.versus.content.ContentLoader;
import dev.versus.content.Markdown;
import dev.versus.content.SourceTree;
import dev.versus.content.StaticFile;
import dev.versus.diag.Diagnostics;
import dev.versus.model.ModelAssembler;
import dev.versus.model.Site;
import dev.versus.pdf.PdfMaker;
import dev.versus.render.Output;
import dev.versus.render.Paper;
import dev.versus.render.Renderer;
import dev.versus.render.Theme;
import dev.versus.render.Urls;
import dev.versus.search.SearchIndex;
import dev.versus.site.SiteWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Runs a build. The stages below are listed in the order they execute, each timed:
 * load (files to documents) -> model (validated, cross-linked records) -> render (Pebble)
 * -> search (the search index's files) -> data (compare.json, its schema, compare.csv) -> pdf (only when asked: the print view to guide.pdf) -> write (atomic swap). A stage runs only when the ones before it found no error, but every
 * problem of a stage is reported, so an author sees all of them in one run.
 */
public final class Build {
  private final Markdown markdown;
  private final java.util.function.UnaryOperator<String> env;

  public Build() {
    this(new Markdown());
  }

  /** Shares one configured Markdown converter across builds (the preview server rebuilds often). */
  public Build(Markdown markdown) {
    this(markdown, System::getenv);
  }

  /** A build reading environment variables ({@code SOURCE_DATE_EPOCH}) through {@code env}, as tests do. */
  public Build(Markdown markdown, java.util.function.UnaryOperator<String> env) {
    this.markdown = markdown;
    this.env = env;
  }

  /** Builds and, when {@code write} is true and nothing failed, publishes into {@code options.out()}. */
  public BuildResult run(BuildOptions options, boolean write) {
    Diagnostics diags = new Diagnostics();
    Map<String, Long> times = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();

    SourceTree tree = timed("load", times, () -> new ContentLoader(markdown).load(options.source(), diags));
    Optional<SiteConfig> config = timed("config", times,
        () -> ConfigLoader.load(tree.siteYaml(), tree.sourcesYaml(), diags).map(c -> options.baseUrl().map(c::withBaseUrl).orElse(c)));
    if (config.isEmpty()) return result(diags, Optional.empty(), List.of(), times, notes);
    Site site = timed("model", times, () -> new ModelAssembler(options.drafts(),
        BuildDate.of(env.apply(BuildDate.SOURCE_DATE_EPOCH), java.time.Clock.systemUTC(), diags)).assemble(tree, config.get(), diags));
    if (diags.hasErrors()) return result(diags, Optional.of(site), List.of(), times, notes);

    Theme theme = Theme.locate(options.source(), options.theme());
    SiteWriter writer = new SiteWriter();
    // pages go to disk as they are rendered, unless the PDF needs the print view's bytes afterwards;
    // when the folder may not be written, the write stage below reports it as before
    Optional<SiteWriter.Staging> staging = write && options.pdf().isEmpty() ? begin(writer, options) : Optional.empty();
    try {
      List<Output> outputs = timed("render", times, () -> render(site, tree, theme, options, diags,
          staging.<UnaryOperator<Output>>map(s -> s::put).orElse(UnaryOperator.identity())));
      if (diags.hasErrors()) return result(diags, Optional.of(site), List.of(), times, notes);
      timed("search", times, () -> outputs.addAll(search(site)));
      timed("data", times, () -> outputs.addAll(openData(site)));
      if (options.pdf().isPresent()) {
        timed("pdf", times, () -> pdf(site, theme, options, outputs, diags, notes));
        if (diags.hasErrors()) return result(diags, Optional.of(site), List.of(), times, notes);
      }
      return write(writer, staging, options, write, outputs, diags, times, notes, site);
    } finally {
      // published or not, nothing is left behind (discard after publish finds no folder)
      staging.ifPresent(SiteWriter.Staging::discard);
    }
  }

  private static Optional<SiteWriter.Staging> begin(SiteWriter writer, BuildOptions options) {
    try {
      return Optional.of(writer.begin(options.out()));
    } catch (SiteWriter.RefusedException | IOException e) {
      return Optional.empty();
    }
  }

  private static BuildResult write(SiteWriter writer, Optional<SiteWriter.Staging> staging, BuildOptions options,
      boolean write, List<Output> outputs, Diagnostics diags, Map<String, Long> times, List<String> notes, Site site) {
    timed("write", times, () -> {
      try {
        if (staging.isPresent()) notes.addAll(staging.get().publish(outputs).notes());
        else if (write) notes.addAll(writer.write(options.out(), outputs).notes());
        else writer.checkWritable(options.out());
      } catch (SiteWriter.RefusedException e) {
        diags.error(options.out().toString(), 0, 0, e.getMessage());
      } catch (IOException e) {
        diags.error(options.out().toString(), 0, 0, "cannot write the site: " + e.getMessage()
            + "; the previous output is unchanged");
      }
      return null;
    });
    return result(diags, Optional.of(site), outputs, times, notes);
  }

  private static List<Output> render(Site site, SourceTree tree, Theme theme, BuildOptions options, Diagnostics diags,
      UnaryOperator<Output> sink) {
    Paper paper = options.pdf().orElse(Paper.A4);
    List<Output> outputs = new Renderer(theme, paper, options.pdf().isPresent()).render(site, diags, sink);
    java.util.Set<String> generated = new java.util.TreeSet<>();
    outputs.stream().filter(o -> !"asset".equals(o.kind())).forEach(o -> generated.add(o.path()));
    if (options.pdf().isPresent()) generated.add(Renderer.PDF);
    reportReplaced(generated, tree, diags);
    return withGuideFiles(outputs, tree);
  }

  /**
   * A warning for each of the guide's static files that has the path of a file Versus generates
   * ({@code static/feed.xml}, {@code static/404.html}): the author's file wins, in build and serve alike,
   * but never silently.
   */
  static void reportReplaced(java.util.Set<String> generated, SourceTree tree, Diagnostics diags) {
    for (StaticFile f : tree.staticFiles()) {
      String path = f.urlPath().substring(1);
      if (!generated.contains(path)) continue;
      diags.warning("static" + f.urlPath(), 0, 0, "replaces the " + path + " Versus generates: both are published at /"
          + path + " and this file wins; to change the generated one, override its template in templates/ instead, "
          + "or rename this file");
    }
  }

  /** The search index's files (the /search/ page is rendered with the other pages). */
  static List<Output> search(Site site) {
    Urls urls = new Urls(site.config().baseUrl(), site.config().basePath());
    return SearchIndex.of(site, urls).outputs(urls);
  }

  /** compare.json, its schema and compare.csv (the pages linking them are rendered with the others). */
  static List<Output> openData(Site site) {
    return dev.versus.data.OpenData.outputs(site, new Urls(site.config().baseUrl(), site.config().basePath()));
  }

  /** {@code outputs} plus the guide's own static files, which win over the theme's assets and generated files of the same name. */
  static List<Output> withGuideFiles(List<Output> outputs, SourceTree tree) {
    java.util.Set<String> guideFiles = new java.util.HashSet<>();
    for (StaticFile f : tree.staticFiles()) guideFiles.add(f.urlPath().substring(1));
    List<Output> out = new ArrayList<>(outputs);
    out.removeIf(o -> guideFiles.contains(o.path()));
    for (StaticFile f : tree.staticFiles()) out.add(Output.copy(f.urlPath().substring(1), f.file()));
    return out;
  }

  /** Adds guide.pdf, made from the print view just rendered, to {@code outputs}. */
  private static Void pdf(Site site, Theme theme, BuildOptions options, List<Output> outputs, Diagnostics diags, List<String> notes) {
    Paper paper = options.pdf().orElseThrow();
    String print = outputs.stream().filter(o -> o.path().equals(PdfMaker.PRINT_FILE)).findFirst()
        .map(o -> new String(o.bytes(), java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();
    new PdfMaker(theme.roots(), theme::staticFiles).convert(print, site.config().baseUrl(), outputs, Optional.of(options.source()), diags).ifPresent(pdf -> {
      outputs.add(new Output(Renderer.PDF, "pdf", pdf.bytes(), null));
      notes.add(Renderer.PDF + ": " + pdf.pages() + " pages, " + paper.label() + ", " + (pdf.bytes().length + 1023) / 1024 + " KB");
    });
    return null;
  }

  private static BuildResult result(Diagnostics diags, Optional<Site> site, List<Output> outputs,
      Map<String, Long> times, List<String> notes) {
    return new BuildResult(diags.sorted(), site, outputs, times, notes);
  }

  /** Runs {@code step}, adding its milliseconds to {@code stage} in {@code times}. */
  static <T> T timed(String stage, Map<String, Long> times, Supplier<T> step) {
    long start = System.nanoTime();
    try {
      return step.get();
    } finally {
      times.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
    }
  }
}

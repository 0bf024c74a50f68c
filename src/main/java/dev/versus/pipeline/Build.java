package dev.versus.pipeline;

import dev.versus.content.ContentLoader;
import dev.versus.content.LoadCache;
import dev.versus.content.Markdown;
import dev.versus.diag.Diagnostics;
import dev.versus.model.ModelAssembler;
import dev.versus.model.Site;
import dev.versus.pdf.Pdf;
import dev.versus.pdf.PdfMaker;
import dev.versus.render.Paper;
import dev.versus.render.PrintSections;
import dev.versus.render.RenderPlan;
import dev.versus.render.Renderer;
import dev.versus.render.Theme;
import dev.versus.search.SearchIndex;
import dev.versus.site.SiteWriter;
import dev.versus.web.Output;
import dev.versus.web.Routes;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Runs a build: every stage of {@link Stages}, in its order, once, publishing the result in place, file by file,
 * when the output folder holds a site of ours, else (a first build, {@code --pdf}) with an atomic swap.
 */
public final class Build {
  private final Markdown markdown;
  private final java.util.function.UnaryOperator<String> env;
  private final boolean cache;

  public Build() {
    this(new Markdown());
  }

  /** Shares one configured Markdown converter across builds (the preview server rebuilds often). */
  public Build(Markdown markdown) {
    this(markdown, System::getenv);
  }

  /** A build reading environment variables ({@code SOURCE_DATE_EPOCH}) through {@code env}, as tests do. */
  public Build(Markdown markdown, java.util.function.UnaryOperator<String> env) {
    this(markdown, env, false);
  }

  private Build(Markdown markdown, java.util.function.UnaryOperator<String> env, boolean cache) {
    this.markdown = markdown;
    this.env = env;
    this.cache = cache;
  }

  /**
   * This build with the persistent build cache ({@link BuildCache}) on or off: on, it reads the documents
   * parsed by the last build and keeps each page whose inputs did not change from the old site, and saves the
   * cache once the site is published; off (the default, and {@code --no-cache}), it builds cold.
   */
  public Build withCache(boolean on) {
    return new Build(markdown, env, on);
  }

  /** Builds and, when {@code write} is true and nothing failed, publishes into {@code options.out()}. */
  public BuildResult run(BuildOptions asked, boolean write) {
    Diagnostics diags = new Diagnostics();
    Stages stages = new Stages(diags);
    List<String> notes = new ArrayList<>();

    Theme theme = Theme.locate(asked.source(), asked.theme());
    Optional<String> badOut = OutFolder.problem(asked.out(), theme.roots());
    if (badOut.isPresent()) {
      diags.error(asked.out().toString(), 0, 0, badOut.get());
      return result(diags, Optional.empty(), List.of(), stages, notes);
    }
    Optional<BuildCache> buildCache = cache && Files.isDirectory(asked.source())
        ? Optional.of(new BuildCache(asked.source())) : Optional.empty();
    LoadCache loadCache = stages.timed("load", () -> buildCache.map(c -> c.load(notes)).orElse(LoadCache.none()));
    Stages.Front front = stages.front(d -> new ContentLoader(markdown).load(asked.source(), d, loadCache),
        d -> dev.versus.i18n.I18nFiles.read(theme.roots(), d),
        c -> asked.baseUrl().map(c::withBaseUrl).orElse(c),
        new ModelAssembler(asked.drafts(), asked.pdf().isPresent(), asked.pdfParts(), () -> theme.staticFiles().keySet(), BuildDate.of(env.apply(BuildDate.SOURCE_DATE_EPOCH), java.time.Clock.systemUTC(), diags),
            markdown));
    if (!front.ok()) return result(diags, front.site(), List.of(), stages, notes);
    Site site = front.site().orElseThrow();
    // site.yaml's `print: {pdf: true}` asks every build for guide.pdf, as --pdf asks one (A4 unless --paper says)
    BuildOptions options = site.config().outputs().printPdf() && asked.pdf().isEmpty()
        ? new BuildOptions(asked.source(), asked.out(), asked.baseUrl(), asked.drafts(), asked.theme(), Optional.of(Paper.A4), asked.pdfParts())
        : asked;
    SiteWriter writer = new SiteWriter();
    // an output folder that may not be written (not ours, a file, a link to nothing) is said before any page is
    // rendered (at 4,000 articles the render stage took seconds only to be thrown away): staging begins with that
    // check; pages go to disk as they are rendered, unless the PDF needs the print view's bytes afterwards
    Optional<SiteWriter.Staging> begun = Optional.empty();
    try {
      // `check` (write false) and a PDF build stage nothing: they only ask, before rendering too
      if (write && options.pdf().isEmpty()) begun = Optional.of(writer.begin(options.out()));
      else writer.checkWritable(options.out());
    } catch (SiteWriter.RefusedException e) {
      diags.error(options.out().toString(), 0, 0, e.getMessage());
      return result(diags, front.site(), List.of(), stages, notes);
    } catch (IOException e) {
      // a repair that failed (Recovery): the write stage below reports it as before
    }
    Optional<SiteWriter.Staging> staging = begun;
    // what each body the load read stands for (its file's path and bytes): the page digests and the search index's
    Map<Object, byte[]> bodies = loadCache.bodyDigests();
    // the search and data stages need only the site and the matrix: they run beside the plan and render stages
    // (Stages.alongside), and hand over their files where the list below always had them
    Supplier<Stages.Searched> search = stages.alongside("search",
        Stages.searchStep(site, buildCache.isPresent() && write && options.pdf().isEmpty(), bodies));
    Supplier<List<Output>> data = stages.alongside("data", Stages.dataStep(site, front.matrix().orElseThrow()));

    // over a site of ours, every build publishes in place: a page whose bytes the site's file holds is not written
    // (a --no-cache build over the same site creates no file), the others move in under a journal
    staging.ifPresent(SiteWriter.Staging::updateInPlace);
    try {
      Renderer renderer = new Renderer(theme, front.strings().orElseThrow(), options.pdf().orElse(Paper.A4), options.pdf().isPresent(),
          options.pdfParts());
      RenderPlan plan = stages.plan(renderer, front, options.pdf().isPresent() ? List.of(Routes.PDF) : List.of());
      // the page record needs pages written as they are rendered, so a build with a PDF renders every page
      Optional<CachedPages> cached = buildCache.flatMap(c -> staging.flatMap(s -> CachedPages.start(c, s, options, theme, plan,
          bodies, stages, notes)));
      List<Output> outputs = new ArrayList<>(cached.map(CachedPages::kept).orElse(List.of()));
      PrintSections sections = cached.map(CachedPages::print).orElse(PrintSections.none());
      outputs.addAll(stages.render(plan, cached.map(CachedPages::toRender).orElse(plan.routes()),
          staging.<UnaryOperator<Output>>map(s -> s::put).orElse(UnaryOperator.identity()), sections));
      if (diags.hasErrors()) return result(diags, front.site(), List.of(), stages, notes);
      if (sections.printed()) notes.add(sections.summary());
      outputs.addAll(plan.assets());
      outputs = new ArrayList<>(Stages.withGuideFiles(outputs, front.tree()));
      Stages.Searched searched = search.get();
      // with the cache, each of the old site's index files is kept when its digest is the one recorded with it
      outputs.addAll(stages.timed("search", () -> searched.digests()
          .flatMap(d -> cached.map(c -> c.generated(SearchIndex.KIND, d, searched::outputs, notes)))
          .orElseGet(() -> searched.outputs(java.util.Map.of()))));
      outputs.addAll(data.get());
      if (options.pdf().isPresent()) {
        Paper paper = options.pdf().get();
        PdfMaker maker = new PdfMaker(theme.roots(), theme::staticFiles);
        // guide.pdf from the print view; with --pdf-parts, one more from each volume of a split print view
        List<String> prints = outputs.stream().filter(o -> o.kind().equals("print"))
            .filter(o -> options.pdfParts() || o.path().equals(Routes.PRINT_FILE)).map(Output::path).toList();
        for (String print : prints) {
          Optional<Pdf> pdf = stages.pdf(maker, site, outputs, options.source(), print);
          if (diags.hasErrors()) return result(diags, front.site(), List.of(), stages, notes);
          String name = Routes.pdf(Routes.route(print));
          for (Pdf made : pdf.stream().toList()) {
            outputs.add(new Output(name, "pdf", made.bytes(), null));
            notes.add(name + ": " + made.pages() + " pages, " + paper.label() + ", " + (made.bytes().length + 1023) / 1024 + " KB");
          }
        }
      }
      List<Output> published = outputs;
      BuildResult result = write(writer, staging, options, write, published, diags, stages, notes, site);
      if (!result.hasErrors() && write) {
        // only a published site is recorded: a failed build leaves the cache as the last good build left it
        stages.timed("cache", () -> {
          buildCache.ifPresent(c -> c.save(loadCache, cached.map(CachedPages::key).orElse(""),
              cached.map(p -> p.record(published)).orElse(PageRecord.empty()), sections, notes));
          return null;
        });
        return result(diags, front.site(), published, stages, notes);
      }
      return result;
    } finally {
      // published or not, nothing is left behind (discard after publish finds no folder)
      staging.ifPresent(SiteWriter.Staging::discard);
    }
  }

  private static BuildResult write(SiteWriter writer, Optional<SiteWriter.Staging> staging, BuildOptions options,
      boolean write, List<Output> outputs, Diagnostics diags, Stages stages, List<String> notes, Site site) {
    boolean[] partly = {false};
    stages.timed("write", () -> {
      try {
        if (staging.isPresent()) notes.addAll(staging.get().publish(outputs).notes());
        // check's --out was asked about before rendering, and nothing is written
        else if (write) notes.addAll(writer.write(options.out(), outputs).notes());
      } catch (SiteWriter.RefusedException e) {
        diags.error(options.out().toString(), 0, 0, e.getMessage());
      } catch (SiteWriter.UnfinishedException e) {
        partly[0] = true;
        diags.error(options.out().toString(), 0, 0, "cannot write the site: " + e.getMessage());
      } catch (IOException e) {
        diags.error(options.out().toString(), 0, 0, "cannot write the site: " + e.getMessage()
            + "; the previous output is unchanged");
      }
      return null;
    });
    return new BuildResult(diags.sorted(), Optional.of(site), outputs, stages.times(), notes, stages.elapsed(), partly[0]);
  }

  private static BuildResult result(Diagnostics diags, Optional<Site> site, List<Output> outputs, Stages stages,
      List<String> notes) {
    return new BuildResult(diags.sorted(), site, outputs, stages.times(), notes, stages.elapsed(), false);
  }
}

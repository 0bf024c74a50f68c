package dev.versus.render;

import dev.versus.content.EveryCore;
import dev.versus.diag.Diagnostics;
import dev.versus.matrix.Matrix;
import dev.versus.model.Site;
import dev.versus.web.Output;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One site ready to render: every page's plan with its dependency record, the template globals
 * and the theme's assets. A full build renders every route; the preview server renders only the
 * routes whose inputs changed, through the same code, so both produce the same bytes.
 */
public final class RenderPlan {
  private final Renderer renderer;
  private final Site site;
  private final Matrix matrix;
  private final Urls urls;
  /** The bodies' links, and the bodies one render shares between its pages ({@link BodyHtml#oneRender}). */
  private final BodyHtml bodies;
  private final Map<String, PagePlan> pages = new LinkedHashMap<>();
  private final Map<String, Object> globals;
  private final Map<String, Path> assets;
  /** Made on first use: only the build cache and the preview read it (a cold build's templates are then read once, by Pebble). */
  private Dependencies dependencies;

  RenderPlan(Renderer renderer, Site site, Matrix matrix, Urls urls, BodyHtml bodies, List<PagePlan> pages,
      Map<String, Object> globals, Map<String, Path> assets) {
    this.renderer = renderer;
    this.bodies = bodies;
    this.site = site;
    this.matrix = matrix;
    this.urls = urls;
    pages.forEach(p -> this.pages.put(p.route(), p));
    this.globals = globals;
    this.assets = assets;
  }

  public Site site() {
    return site;
  }

  /** The site's full matrix, the matrix stage's output the pages were planned from. */
  public Matrix matrix() {
    return matrix;
  }

  /** Every page route, in the order pages are listed. */
  public List<String> routes() {
    return List.copyOf(pages.keySet());
  }

  /** The output file of a page route ({@code articles/x/} -> {@code articles/x/index.html}). */
  public Optional<String> file(String route) {
    return Optional.ofNullable(pages.get(route)).map(PagePlan::file);
  }

  /** What each page read: the record of its inputs and of the templates it is made with ({@link TemplateGraph}). */
  public synchronized Dependencies dependencies() {
    if (dependencies == null) {
      dependencies = Dependencies.of(List.copyOf(pages.values()), site.config(), renderer.strings(), globals, renderer.templates());
    }
    return dependencies;
  }

  /** Renders the given routes in parallel (pages are independent); template problems go to {@code diags}. */
  public List<Output> render(Collection<String> routes, Diagnostics diags) {
    return render(routes, diags, UnaryOperator.identity());
  }

  /**
   * {@link #render(Collection, Diagnostics)}, handing each page to {@code sink} as soon as it is made (to write it).
   * Each thread takes the next page of one queue until none is left ({@code EveryCore}), the pages
   * that read the most first ({@link PagePlan#weight}: the print view reads every document, the feed every article):
   * started last, as their place in the list had them, a page that heavy left the other threads idle while it
   * finished (longest processing time first). The list comes back in the order of {@code routes}.
   */
  public List<Output> render(Collection<String> routes, Diagnostics diags, UnaryOperator<Output> sink) {
    return render(routes, diags, sink, PrintSections.none());
  }

  /**
   * {@link #render(Collection, Diagnostics, UnaryOperator)}, the print pages reusing (and recording) the article
   * sections of {@code sections}, the persistent build cache's: the same bytes as without it.
   */
  public List<Output> render(Collection<String> routes, Diagnostics diags, UnaryOperator<Output> sink, PrintSections sections) {
    java.util.Queue<Renderer.TemplateError> errors = new java.util.concurrent.ConcurrentLinkedQueue<>();
    List<String> list = List.copyOf(routes);
    // handed out a page at a time (EveryCore), the heaviest first (the classic longest-first rule): rendered last,
    // the print view of 4,000 articles kept one thread busy for seconds after the other had finished
    List<Integer> order = java.util.stream.IntStream.range(0, list.size()).boxed()
        .sorted(java.util.Comparator.comparingInt((Integer i) -> pages.get(list.get(i)).weight()).reversed()).toList();
    List<Optional<Output>> made = bodies.oneRender(() -> EveryCore.map(order,
        i -> renderer.renderPage(pages.get(list.get(i)).spec().apply(sections), globals, urls, errors::add).map(sink)));
    // back in the order of routes
    @SuppressWarnings("unchecked")
    Optional<Output>[] inOrder = new Optional[list.size()];
    for (int k = 0; k < order.size(); k++) inOrder[order.get(k)] = made.get(k);
    List<Output> out = java.util.Arrays.stream(inOrder).flatMap(Optional::stream).toList();
    report(errors, diags);
    return out;
  }

  /**
   * One diagnostic per template error, however many pages met it (a broken partial breaks every page
   * that includes it), with the chain of includes of the first page in template order.
   */
  private static void report(Collection<Renderer.TemplateError> errors, Diagnostics diags) {
    record At(String file, int line, String message) {}
    Map<At, java.util.TreeSet<String>> chains = new LinkedHashMap<>();
    for (Renderer.TemplateError e : errors) {
      chains.computeIfAbsent(new At(e.file(), e.line(), e.message()), k -> new java.util.TreeSet<>()).add(e.via());
    }
    chains.forEach((at, via) -> {
      String first = via.first();
      int more = via.size() - 1;
      String chain = first.isEmpty() ? "" : "; included through " + first + (more > 0 ? " (and " + more + " more page templates)" : "");
      diags.error(at.file(), at.line(), 1, at.message() + chain);
    });
  }

  /** The theme's static files, to copy as they are. */
  public List<Output> assets() {
    return assets.entrySet().stream().map(e -> Output.copy(e.getKey().substring(1), e.getValue())).toList();
  }
}

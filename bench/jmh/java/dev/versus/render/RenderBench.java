package dev.versus.render;

import dev.versus.BenchGuide;
import dev.versus.content.Kind;
import dev.versus.diag.Diagnostics;
import dev.versus.model.Article;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The render stage on content/: link rewriting, one article page through Pebble, the print view. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBench {
  private BenchGuide guide;
  private Renderer renderer;
  private RenderPlan plan;
  private BodyHtml bodies;
  private Article article;
  private List<String> route;

  @Setup
  public void setUp() {
    guide = BenchGuide.load();
    renderer = new Renderer(Theme.locate(guide.source(), Optional.empty()));
    plan = renderer.plan(guide.site());
    String base = guide.site().config().baseUrl();
    bodies = new BodyHtml(guide.site(), new Urls(base, java.net.URI.create(base).getPath()));
    article = guide.site().articles().stream().max(java.util.Comparator.comparingInt(a -> a.body().links().size())).orElseThrow();
    route = List.of(Urls.route(Kind.ARTICLE, article.slug()));
  }

  /** The author links of the guide's most-linked article pointed at their pages ({@link BodyHtml}). */
  @Benchmark
  public String rewriteLinks() {
    return bodies.html(Kind.ARTICLE, article.slug(), article.body());
  }

  /** That article's page rendered by the theme's Pebble templates. */
  @Benchmark
  public List<Output> articlePage() {
    return plan.render(route, new Diagnostics());
  }

  /** The print view: the whole guide as one page (work Hugo's sites do not do). */
  @Benchmark
  public Optional<Output> printView() {
    return renderer.renderPrint(guide.site(), new Diagnostics());
  }
}

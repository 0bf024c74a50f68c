package dev.versus.model;

import dev.versus.BenchGuide;
import dev.versus.content.Document;
import dev.versus.content.Kind;
import dev.versus.diag.Diagnostics;
import dev.versus.matrix.Matrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** The model stage on content/: link resolution, the whole assembly, and the feature matrix. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ModelBench {
  private BenchGuide guide;
  private Map<String, Document> byPath;
  private Map<String, Set<String>> routeAnchors;

  @Setup
  public void setUp() {
    guide = BenchGuide.load();
    byPath = new HashMap<>();
    guide.tree().documents().forEach(d -> byPath.put(d.path(), d));
    List<String> groups = guide.config().groups().stream().map(g -> g.key()).toList();
    List<String> sources = guide.config().sources().stream().map(dev.versus.config.Source::id).toList();
    routeAnchors = new HashMap<>();
    for (String r : FixedAnchors.ROUTES) {
      routeAnchors.put(r, FixedAnchors.forRoute(r, guide.tree().slugs(Kind.CRITERION), groups,
          guide.tree().slugs(Kind.FAQ), sources));
    }
    routeAnchors.put("", FixedAnchors.BY_KIND.get(Kind.INDEX));
  }

  /** Every author link of the guide (about 68 documents) resolved to its target and checked. */
  @Benchmark
  public List<CrossLink> resolveLinks() {
    LinkResolver resolver = new LinkResolver(byPath, guide.tree().allFiles(), Set.of(), guide.tree().failed(),
        routeAnchors, new Diagnostics());
    List<CrossLink> out = new ArrayList<>();
    for (Document d : guide.tree().documents()) out.addAll(resolver.resolveAll(d));
    return out;
  }

  /** The whole model stage, cold (a new assembler has no memo). */
  @Benchmark
  public Site assemble() {
    return new ModelAssembler(false).assemble(guide.tree(), guide.config(), new Diagnostics());
  }

  /** The feature matrix: rows by group, one verdict per subject. */
  @Benchmark
  public Matrix matrix() {
    return Matrix.of(guide.site());
  }
}

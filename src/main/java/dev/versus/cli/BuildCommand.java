package dev.versus.cli;

import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code versus build}: content + theme to a static site, published only when the build succeeds. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Build the guide into a static site (atomic: a failed build leaves the old site untouched).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:built", "1:content errors (each printed as file:line:col), or a failure (one line: its cause)", "2:usage error"})
final class BuildCommand implements Callable<Integer> {
  @Mixin
  SourceOptions options;

  @Option(names = "--pdf", description = "Also write the whole guide as one PDF, guide.pdf, and link it from the home page.")
  boolean pdf;

  @Mixin
  PaperOption paper;

  @Option(names = "--no-cache", description = "Build cold: neither read nor write the build cache (.versus-cache/ in the guide's folder).")
  boolean noCache;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return call(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** The command with its options as set (by picocli, or by {@link BuildArgs} without it), printing to {@code out} and {@code err}. */
  int call(PrintWriter out, PrintWriter err) {
    boolean any = pdf || paper.parts;
    return run(options.toOptions(any ? Optional.of(paper.paper) : Optional.empty(), paper.parts), "built " + options.out,
        !noCache, out, err);
  }

  /** {@link #run(BuildOptions, String, boolean, PrintWriter, PrintWriter)} printing where picocli's {@code spec} prints. */
  static int run(BuildOptions options, String done, boolean cache, CommandSpec spec) {
    return run(options, done, cache, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Builds and publishes (with the build cache when {@code cache}), prints the diagnostics and the summary ({@code done} on success), returns the exit code. */
  static int run(BuildOptions options, String done, boolean cache, PrintWriter out, PrintWriter err) {
    Optional<OldGenGuard> guard = OldGenGuard.install();
    BuildResult r;
    try {
      r = new Build().withCache(cache).run(options, true);
    } finally {
      guard.ifPresent(OldGenGuard::remove);
    }
    Report.diagnostics(r, options.source(), err);
    Report.summary(r, r.hasErrors() ? r.failedVerb() : done, out);
    return r.hasErrors() ? 1 : 0;
  }
}

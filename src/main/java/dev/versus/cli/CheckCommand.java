package dev.versus.cli;

import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildResult;
import dev.versus.diag.Severity;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code versus check}: everything a build does, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Run every check of a build without writing anything.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no errors (and, with --strict, no warnings)", "1:errors, or warnings under --strict", "2:usage error"})
final class CheckCommand implements Callable<Integer> {
  @Mixin
  SourceOptions options;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Option(names = "--evidence", description = "Print one line per cell of the matrix: its claims, sources, dispute and stale dates; then the data-quality figures.")
  boolean evidence;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    dev.versus.pipeline.BuildOptions buildOptions = options.toOptions();
    BuildResult r = new Build().run(buildOptions, false);
    Report.diagnostics(r, buildOptions.source(), spec.commandLine().getErr());
    if (evidence) {
      r.site().ifPresent(site -> Report.evidence(site.evidence(), spec.commandLine().getOut()));
      // the figures of the whole matrix last, once the guide has no error (a matrix is only made of a valid guide)
      if (!r.hasErrors()) {
        r.site().ifPresent(site -> Report.quality(dev.versus.matrix.Quality.of(dev.versus.matrix.Matrix.of(site), site.evidence()),
            spec.commandLine().getOut()));
      }
    }
    boolean failed = r.hasErrors() || (strict && r.count(Severity.WARNING) > 0);
    Report.summary(r, failed ? "check failed" : "check passed", spec.commandLine().getOut());
    return failed ? 1 : 0;
  }
}

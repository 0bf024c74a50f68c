package dev.versus.cli;

import dev.versus.build.Build;
import dev.versus.build.BuildResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code versus build}: content + theme to a static site, swapped in only when the build succeeds. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Build the guide into a static site (atomic: a failed build leaves the old site untouched).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:built", "1:content errors (each printed as file:line:col)", "2:usage error"})
final class BuildCommand implements Callable<Integer> {
  @Mixin
  SourceOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    BuildResult r = new Build().run(options.toOptions(), true);
    Report.diagnostics(r, options.source, spec.commandLine().getErr());
    Report.summary(r, r.hasErrors() ? "build failed, nothing written" : "built " + options.out, spec.commandLine().getOut());
    return r.hasErrors() ? 1 : 0;
  }
}

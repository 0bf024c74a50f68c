package dev.versus.cli;

import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.Editions;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code versus edition NAME}: record the guide's matrix as it is now, for the changes pages. */
@Command(name = "edition", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Record the guide's matrix as it is now in editions/NAME.json inside the guide, after every check "
        + "of a build passed. Every build then publishes what changed from one edition to the next (/changes/).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:recorded", "1:content errors, or the edition exists (never overwritten)", "2:usage error"})
final class EditionCommand implements Callable<Integer> {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

  @Parameters(paramLabel = "NAME", description = "The edition's name, a slug such as 2026-11.")
  String name;

  @Option(names = "--source", paramLabel = "DIR", description = "The guide's folder (default: ./content when it exists, else the current folder when it holds site.yaml).")
  Path given;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (!SLUG.matcher(name).matches()) {
      throw new ParameterException(spec.commandLine(), "edition name `" + name + "` is not a slug (lowercase letters a-z, "
          + "digits, hyphens), such as 2026-11");
    }
    // found as every other command finds it: `cd my-guide && versus edition 2026-11` records my-guide's matrix
    Path source = GuideFolder.orFind(given);
    // the check build only checks; nothing is written but the edition
    BuildOptions options = new BuildOptions(source, source.resolve(".versus-edition"), Optional.empty(), false,
        Optional.empty(), Optional.empty());
    Editions.Recorded r = Editions.record(options, name, System::getenv);
    r.check().ifPresent(check -> Report.diagnostics(check, source, spec.commandLine().getErr()));
    if (!r.problem().isEmpty()) spec.commandLine().getErr().println("error: " + r.problem());
    if (r.file().isEmpty()) {
      if (r.problem().isEmpty()) spec.commandLine().getErr().println("edition not recorded: fix the errors above first");
      return 1;
    }
    spec.commandLine().getOut().println("recorded " + r.file().get().normalize() + ": " + r.criteria()
        + (r.criteria() == 1 ? " criterion" : " criteria") + " as they are now");
    return 0;
  }
}

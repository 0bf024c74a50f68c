package dev.versus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code versus} command: a comparison-guide static site generator. */
@Command(name = "versus", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Builds comparison guides (Markdown + YAML) into a static website.",
    subcommands = {BuildCommand.class, CheckCommand.class, InitCommand.class, ServeCommand.class, PdfCommand.class,
        EditionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
  public static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the CLI writing to the given streams. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    return run(out, err, System.getenv(), args);
  }

  /**
   * Runs the CLI with {@code env} as the environment: exit 0 done, 1 failed (content errors, or anything
   * unexpected, printed as one line by {@link Failures}), 2 usage error.
   */
  static int run(java.io.PrintWriter out, java.io.PrintWriter err, java.util.Map<String, String> env, String... args) {
    Failures failures = new Failures(env);
    // a plain `versus build` starts building at once; picocli reads every other command line (BuildArgs says why)
    java.util.Optional<BuildCommand> build = BuildArgs.read(args);
    if (build.isPresent()) {
      try {
        return build.get().call(out, err);
      } catch (RuntimeException | Error e) {
        // what picocli's execution handler (failures) and the catch below do with a failing command
        return failures.report(e, err);
      }
    }
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(failures);
    cl.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("versus: " + ex.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
        c.getErr().println("Try `" + c.getCommandSpec().qualifiedName() + " --help`.");
      }
      return 2;
    });
    try {
      return cl.execute(args);
    } catch (RuntimeException | Error e) {
      // what picocli lets through: an Error (a class missing from a trimmed runtime) or a failing handler
      return failures.report(e, err);
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, check, serve, init or pdf");
  }
}

package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@link BuildArgs} reads a plain {@code versus build} as picocli does, and leaves every other command line to picocli. */
class BuildArgsTest {
  /** What a build command was given, field by field: the reading both parsers must agree on. */
  private static List<Object> reading(BuildCommand c) {
    return Arrays.asList(c.options.source, c.options.out, c.options.baseUrl, c.options.drafts, c.options.theme, c.paper.paper,
        c.paper.parts, c.pdf, c.noCache);
  }

  /** picocli's reading of {@code args}, or empty when it is a usage error or not a build. */
  private static Optional<List<Object>> picocli(String... args) {
    try {
      CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args);
      if (!parsed.hasSubcommand() || parsed.subcommand().isUsageHelpRequested() || parsed.subcommand().isVersionHelpRequested()) {
        return Optional.empty();
      }
      return parsed.subcommand().commandSpec().userObject() instanceof BuildCommand c ? Optional.of(reading(c)) : Optional.empty();
    } catch (CommandLine.ParameterException e) {
      return Optional.empty();
    }
  }

  @Test
  void readsThePlainFormsAsPicocliDoes() {
    List<List<String>> plain = List.of(
        List.of("build"),
        List.of("build", "--source", "g", "--out", "o"),
        List.of("build", "--source=g", "--out=o", "--no-cache"),
        List.of("build", "--no-cache", "--source", "/tmp/a b", "--out", "my site"),
        List.of("build", "--drafts", "--pdf", "--paper", "letter", "--theme", "t"),
        List.of("build", "--pdf-parts", "--paper=Letter", "--out", "x=y"),
        List.of("build", "--base-url", "https://example.org/guide/", "--source", "g"),
        List.of("build", "--base-url=  http://localhost:8080/docs  "));
    for (List<String> args : plain) {
      String[] a = args.toArray(String[]::new);
      Optional<BuildCommand> quick = BuildArgs.read(a);
      assertTrue(quick.isPresent(), "read without picocli: " + args);
      assertEquals(picocli(a), Optional.of(reading(quick.get())), args.toString());
    }
  }

  @Test
  void leavesEverythingElseToPicocli() {
    List<List<String>> others = List.of(
        List.of(), List.of("--help"), List.of("check", "--source", "g"), List.of("serve"), List.of("Build"),
        List.of("build", "--help"), List.of("build", "-h"), List.of("build", "--version"), List.of("build", "-V"),
        List.of("build", "--out"), List.of("build", "--out", "--pdf"), List.of("build", "--out="), List.of("build", "--out", "-"),
        List.of("build", "--source", "a", "--source", "b"), List.of("build", "--pdf", "--pdf"), List.of("build", "extra"),
        List.of("build", "--drafts=true"), List.of("build", "@args.txt"), List.of("build", "--out", "@o"),
        List.of("build", "--out", "serve"), List.of("build", "--paper", "a3"), List.of("build", "--base-url", "ftp://example.org/"),
        List.of("build", "--unknown"), List.of("build", "--", "--out"), List.of("build", "--sauce", "x"),
        List.of("build", "--source", "a\u0000b"));
    for (List<String> args : others) {
      assertEquals(Optional.empty(), BuildArgs.read(args.toArray(String[]::new)).map(BuildArgsTest::reading), args.toString());
    }
  }

  /** The options read without picocli are exactly the ones picocli declares for build (help and version aside), with the same arity. */
  @Test
  void knowsEveryOptionOfBuildAndNoOther() {
    Map<String, Boolean> declared = new TreeMap<>();
    CommandLine build = new CommandLine(new Main()).getSubcommands().get(BuildArgs.COMMAND);
    for (OptionSpec o : build.getCommandSpec().options()) {
      if (o.usageHelp() || o.versionHelp()) continue;
      assertEquals(1, o.names().length, "one name each: " + Arrays.toString(o.names()));
      declared.put(o.longestName(), o.arity().max() > 0);
    }
    assertEquals(declared, new TreeMap<>(BuildArgs.OPTIONS));
    assertEquals(new TreeMap<>(new CommandLine(new Main()).getSubcommands()).keySet(), new java.util.TreeSet<>(BuildArgs.COMMANDS),
        "a value naming a command is picocli's to read");
  }
}

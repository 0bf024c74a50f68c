package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The manual's command synopses ({@code ./versus build [--source DIR] ...}, under "The CLI" in
 * docs/cli.md, where the README links) name exactly the options and parameters each command's
 * {@code --help} lists, so the manual cannot drift from the CLI.
 */
class ReadmeSynopsisTest {
  private static final Pattern LINE = Pattern.compile("^\\./versus ([a-z]+)( .*)?$");
  private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");

  /** The page that holds the synopsis; the README links it instead of repeating it. */
  static final String PAGE = "docs/cli.md";

  private static Map<String, String> synopses() throws IOException {
    String page = Files.readString(TestSites.repo().resolve(PAGE));
    int heading = page.indexOf("\n## The CLI\n");
    assertTrue(heading >= 0, PAGE + " has a section `## The CLI`");
    String block = page.substring(heading);
    block = block.substring(block.indexOf("```") + 4, block.indexOf("```", block.indexOf("```") + 3));
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : block.split("\n")) {
      Matcher m = LINE.matcher(line.strip());
      if (m.matches()) out.put(m.group(1), m.group(2) == null ? "" : m.group(2));
    }
    return out;
  }

  @Test
  void everyCommandHasASynopsisNamingExactlyItsOptions() throws IOException {
    Map<String, String> synopses = synopses();
    CommandLine main = new CommandLine(new Main());
    Set<String> commands = new TreeSet<>(main.getSubcommands().keySet());
    commands.remove("help");
    assertEquals(commands, new TreeSet<>(synopses.keySet()), "one synopsis per command");
    for (String name : commands) {
      CommandSpec spec = main.getSubcommands().get(name).getCommandSpec();
      Set<String> options = new TreeSet<>();
      for (OptionSpec o : spec.options()) {
        if (!o.usageHelp() && !o.versionHelp()) options.add(o.longestName());
      }
      Set<String> written = new TreeSet<>();
      Matcher m = OPTION.matcher(synopses.get(name));
      while (m.find()) written.add(m.group());
      assertEquals(options, written, "./versus " + name + " in " + PAGE + " against `versus " + name + " --help`");
      for (var p : spec.positionalParameters()) {
        assertTrue(synopses.get(name).contains(p.paramLabel()), name + " names its parameter " + p.paramLabel());
      }
    }
  }

  @Test
  void theReadmeLinksThePageWithTheSynopsis() throws IOException {
    String readme = Files.readString(TestSites.repo().resolve("README.md"));
    assertTrue(readme.contains("](" + PAGE + ")") || readme.contains("](" + PAGE + "#"), "README.md links " + PAGE);
  }

  @Test
  void theTopLevelHelpEndsEveryCommandsDescriptionWithASentence() {
    StringBuilder help = new StringBuilder();
    CommandLine main = new CommandLine(new Main());
    for (Map.Entry<String, CommandLine> e : main.getSubcommands().entrySet()) {
      String[] description = e.getValue().getCommandSpec().usageMessage().description();
      // the overview shows only the first line of a description: it must be a whole sentence
      String first = description[0].strip();
      help.append(first);
      assertTrue(first.endsWith("."), e.getKey() + ": " + first);
    }
    assertFalse(help.isEmpty());
  }

  @Test
  void summariesCountInTheSingularToo() {
    assertEquals("1 error", dev.versus.pipeline.BuildResult.count(1, "error"));
    assertEquals("0 errors", dev.versus.pipeline.BuildResult.count(0, "error"));
    assertEquals("2 warnings", dev.versus.pipeline.BuildResult.count(2, "warning"));
    assertEquals("1 page", dev.versus.pipeline.BuildResult.count(1, "page"));
  }
}

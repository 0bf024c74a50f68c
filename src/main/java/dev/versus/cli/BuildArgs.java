package dev.versus.cli;

import dev.versus.config.BaseUrl;
import dev.versus.render.Paper;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the argument vector of a plain {@code versus build} without picocli. Picocli builds its model of every
 * command from their annotations on each start, and its class files (Java 5's) are ones the JDK's start-up
 * archive cannot hold linked: about 160 ms of a cold build's CPU, before any work (`versus --version` took 0.28 s of
 * CPU where a JVM that only starts takes 0.12 s; JDK 25 with the launcher's AOT cache). The build it runs is
 * {@link BuildCommand}'s own, with the same fields set as picocli would set them.
 *
 * <p>Only the forms whose meaning is beyond doubt are read here: {@code build} followed by the options of
 * {@link #OPTIONS}, each at most once, a value as {@code --name value} or {@code --name=value} that starts with
 * neither {@code -} nor {@code @} and is not a command's name, and that picocli's converter would accept. Anything
 * else (help, a usage error, an argument file, a value picocli might read otherwise) is left to picocli, which
 * says what is wrong as it always did. A test holds {@link #OPTIONS} to the options picocli knows for
 * {@code build} and compares both readings on many vectors.
 */
final class BuildArgs {
  /** The command this class reads. */
  static final String COMMAND = "build";
  /** {@code build}'s options, each with whether it takes a value (true) or is a flag: the picocli declarations' names. */
  static final Map<String, Boolean> OPTIONS = Map.of("--source", true, "--out", true, "--base-url", true, "--theme", true,
      "--paper", true, "--drafts", false, "--pdf", false, "--pdf-parts", false, "--no-cache", false);
  /** Main's commands: picocli declines an option value that names one (allowSubcommandsAsOptionParameters), so this class does too. */
  static final Set<String> COMMANDS = Set.of("build", "check", "init", "serve", "pdf", "edition", "help");

  private BuildArgs() {}

  /** The build command {@code args} asks for, its options set; empty when picocli should read {@code args}. */
  static Optional<BuildCommand> read(String... args) {
    if (args.length == 0 || !args[0].equals(COMMAND)) return Optional.empty();
    Map<String, String> given = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      Boolean valued = OPTIONS.get(name);
      if (valued == null || given.containsKey(name) || (!valued && eq >= 0)) return Optional.empty();
      String value = "";
      if (valued) {
        if (eq < 0 && i + 1 == args.length) return Optional.empty();
        value = eq >= 0 ? arg.substring(eq + 1) : args[++i];
        if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || COMMANDS.contains(value)) return Optional.empty();
      }
      given.put(name, value);
    }
    return command(given);
  }

  private static Optional<BuildCommand> command(Map<String, String> given) {
    BuildCommand c = new BuildCommand();
    c.options = new SourceOptions();
    c.paper = new PaperOption();
    try {
      c.options.source = given.containsKey("--source") ? Path.of(given.get("--source")) : null;
      c.options.out = Path.of(given.getOrDefault("--out", SourceOptions.OUT));
      c.options.theme = given.containsKey("--theme") ? Path.of(given.get("--theme")) : null;
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (given.containsKey("--base-url")) {
      // SourceOptions.BaseUrlOption's reading: a problem is picocli's usage error to report
      String url = given.get("--base-url").strip();
      if (BaseUrl.problem(url).isPresent()) return Optional.empty();
      c.options.baseUrl = url;
    }
    Optional<Paper> paper = Paper.named(given.getOrDefault("--paper", PaperOption.PAPER));
    if (paper.isEmpty()) return Optional.empty();
    c.paper.paper = paper.get();
    c.options.drafts = given.containsKey("--drafts");
    c.pdf = given.containsKey("--pdf");
    c.paper.parts = given.containsKey("--pdf-parts");
    c.noCache = given.containsKey("--no-cache");
    return Optional.of(c);
  }
}

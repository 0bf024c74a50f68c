package dev.versus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code versus init DIR}: a minimal valid guide with one file of each kind, to edit from. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Start a new guide: writes a minimal valid content folder into DIR (which must be new, empty, or hold only .git).")
final class InitCommand implements Callable<Integer> {
  static final List<String> FILES = List.of("site.yaml", "sources.yaml", "index.md", "subjects/alpha.md",
      "subjects/beta.md", "criteria/speed.md", "articles/getting-started.md", "faq/which-first.md");

  /** The guide's .gitignore: the build cache ({@code versus build} keeps it in the guide's folder). */
  static final String GITIGNORE = ".versus-cache/\n";

  @Parameters(paramLabel = "DIR", description = "The folder to create.")
  Path dir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("versus: " + dir + " is a file, not a folder: choose a new folder");
      return 2;
    }
    if (Files.isDirectory(dir)) {
      // a repository made first (`git init guide && versus init guide`) holds only .git: that folder is still new
      try (java.util.stream.Stream<Path> in = Files.list(dir)) {
        if (in.anyMatch(p -> !p.getFileName().toString().equals(".git"))) {
          spec.commandLine().getErr().println("versus: " + dir + " already exists and is not empty: choose a new folder"
              + " (one that holds only a .git folder will do)");
          return 2;
        }
      }
    }
    for (String f : FILES) {
      Path target = dir.resolve(f);
      Files.createDirectories(target.getParent());
      try (InputStream in = InitCommand.class.getResourceAsStream("/versus-init/" + f)) {
        if (in == null) throw new IllegalStateException("starter file missing from the jar: " + f);
        Files.copy(in, target);
      }
    }
    // the build cache lives in the guide's folder: a repository of the guide should not track it
    Files.writeString(dir.resolve(".gitignore"), GITIGNORE, java.nio.charset.StandardCharsets.UTF_8);
    String typed = shellWord(dir.toString());
    spec.commandLine().getOut().println("created a new guide in " + dir + " (" + (FILES.size() + 1)
        + " files); build it with: cd " + typed + " && versus build (or versus build --source " + typed + ")");
    return 0;
  }

  /**
   * {@code path} as a shell reads it back as one word: as it is when it holds only letters, digits and {@code ._/-},
   * else in single quotes ({@code 'my guide'}, a quote inside as {@code '\''}), so the command printed can be pasted.
   */
  static String shellWord(String path) {
    if (path.matches("[A-Za-z0-9._/-]+")) return path;
    return "'" + path.replace("'", "'\\''") + "'";
  }
}

package dev.versus.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a guide is when no {@code --source} is given: {@code ./content} when it exists (a repository that
 * keeps its guide in a folder, as this one does), else the current folder when it holds {@code site.yaml}
 * (after {@code versus init g && cd g}). Hugo and Zola look in the current folder the same way.
 */
final class GuideFolder {
  /** The folder a repository keeps its guide in. */
  static final Path CONTENT = Path.of("content");
  /** The current folder, as a path that resolves and prints well ({@code ./criteria/x.md} reads as {@code criteria/x.md}). */
  static final Path HERE = Path.of(".");

  private GuideFolder() {}

  /**
   * The source folder, relative to {@code workingDir} (the process's current folder; tests pass another).
   *
   * @throws Failure when neither {@code content/} nor {@code site.yaml} is there, saying both
   */
  static Path find(Path workingDir) {
    if (Files.isDirectory(workingDir.resolve(CONTENT))) return CONTENT;
    if (Files.isRegularFile(workingDir.resolve("site.yaml"))) return HERE;
    throw new Failure("no guide here: Versus looks for a content/ folder, then for site.yaml in the current folder ("
        + workingDir.toAbsolutePath().normalize() + "), and found neither; pass --source DIR, or start a guide with `versus init DIR`");
  }

  /** {@code given} when the user passed {@code --source}, else the folder {@link #find} picks in the current folder. */
  static Path orFind(Path given) {
    return given != null ? given : find(Path.of(""));
  }

  /**
   * {@code --theme}'s folder as given, checked: a folder that does not exist (a typo, a theme not checked out yet) was
   * taken silently before, and the guide built with the built-in theme alone, exit 0.
   *
   * @throws Failure when {@code given} is not a folder, naming it and what to do
   */
  static java.util.Optional<Path> theme(Path given) {
    if (given == null) return java.util.Optional.empty();
    if (!Files.isDirectory(given)) {
      throw new Failure("theme folder not found: " + given + "; pass --theme a folder that holds templates/ or static/, or leave"
          + " --theme out to use the built-in theme");
    }
    // absolute: its files are named in messages as they are (theme files in full), and a path relative to here
    // would be read as relative to the guide, like the guide's own files, naming a file that is not there
    return java.util.Optional.of(given.toAbsolutePath().normalize());
  }
}

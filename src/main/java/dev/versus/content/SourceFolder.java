package dev.versus.content;

import java.nio.file.Files;
import java.nio.file.Path;

/** What to tell an author whose {@code --source} is not a folder: the one wording of the load stage and the preview. */
public final class SourceFolder {
  private SourceFolder() {}

  /**
   * Why {@code source} (not a folder) cannot be read, and what to pass instead: a file, such as the guide's
   * {@code site.yaml}, is named as one, with its folder to pass; anything else is not found.
   */
  public static String notFound(Path source) {
    if (Files.isRegularFile(source)) {
      Path parent = source.toAbsolutePath().getParent();
      return "a file, not a folder: pass the guide's folder, the one that holds site.yaml, "
          + "such as --source " + (source.getParent() != null ? source.getParent() : parent);
    }
    return "source folder not found: pass an existing folder with --source, or create one with `versus init`";
  }
}

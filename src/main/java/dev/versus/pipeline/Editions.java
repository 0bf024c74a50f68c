package dev.versus.pipeline;

import dev.versus.content.EditionFile;
import dev.versus.content.Markdown;
import dev.versus.data.EditionJson;
import dev.versus.diag.Diagnostics;
import dev.versus.model.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code versus edition NAME}: records the guide's matrix as it is now in {@code editions/NAME.json} inside the
 * guide, after every check of a build passed. An edition is never overwritten: one that exists is refused
 * before anything is built, and the file is created only if it still does not exist when it is written.
 * Its date is the build's ({@code SOURCE_DATE_EPOCH} when set, as for {@link dev.versus.model.Site#updated}).
 */
public final class Editions {
  private Editions() {}

  /**
   * What recording did: the check build's result (its diagnostics), the file written (empty when nothing was),
   * and, when the edition was refused, why ({@code problem}, empty otherwise).
   */
  public record Recorded(Optional<BuildResult> check, Optional<Path> file, String problem, int criteria) {}

  /** The path of edition {@code name} inside the guide at {@code source}. */
  public static Path file(Path source, String name) {
    return source.resolve(EditionFile.FOLDER + name + ".json");
  }

  /** Records edition {@code name} of the guide {@code options} describe (its {@code out} is only checked, never written). */
  public static Recorded record(BuildOptions options, String name, UnaryOperator<String> env) {
    Path file = file(options.source(), name);
    if (Files.exists(file)) return refused(Optional.empty(), exists(file));
    BuildResult check = new Build(new Markdown(), env).run(options, false);
    if (check.hasErrors() || check.site().isEmpty()) return refused(Optional.of(check), "");
    Site site = check.site().get();
    LocalDate date = BuildDate.of(env.apply(BuildDate.SOURCE_DATE_EPOCH), Clock.systemUTC(), new Diagnostics());
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, EditionJson.json(site, date), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return refused(Optional.of(check), exists(file));
    } catch (IOException e) {
      return refused(Optional.of(check), "cannot write " + file.normalize() + ": " + e.getMessage());
    }
    return new Recorded(Optional.of(check), Optional.of(file), "", site.criteria().size());
  }

  private static Recorded refused(Optional<BuildResult> check, String problem) {
    return new Recorded(check, Optional.empty(), problem, 0);
  }

  // named as the user named the guide (content/editions/x.json), like every content file's diagnostics
  private static String exists(Path file) {
    return file.normalize() + " exists: an edition is never overwritten; record this one under another name";
  }
}

package dev.versus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A large guide for tests of scale: the three-subject fixture plus {@code n} generated articles of
 * about 400 words each (fixed seed, same bytes every run). Article {@code i} has the title "Note i",
 * the description "Generated note i." and, once in its body only, the word {@code marker<i>}, so a
 * test can look for a term that only the article's full text holds.
 */
public final class GeneratedGuide {
  private static final String[] WORDS = ("the a of to and in is it that for on with as by this be are from at or "
      + "request cache queue server client schema query index route template model field worker thread deploy "
      + "build test page matrix verdict source release version plugin config option default faster slower "
      + "simpler clearer stable mature careful explicit measured typical common rare usually often").split(" ");

  private GeneratedGuide() {}

  /** Writes the guide into {@code dir/large} and returns that folder. */
  public static Path write(Path dir, int n) {
    Path guide = TestSites.fixture("three", dir);
    Path renamed = guide.resolveSibling("large");
    try {
      Files.move(guide, renamed);
      Random rng = new Random(42);
      for (int i = 1; i <= n; i++) {
        StringBuilder md = new StringBuilder("---\ntitle: \"Note " + i + "\"\nmeta_description: \"Generated note " + i
            + ".\"\ndate: 2025-01-01\nauthor: \"Generator\"\n---\n");
        for (int section = 1; section <= 4; section++) {
          md.append("\n## Part ").append(section).append("\n\n");
          for (int w = 0; w < 100; w++) md.append(WORDS[rng.nextInt(WORDS.length)]).append(w % 15 == 14 ? ".\n" : " ");
          if (section == 2) md.append("marker").append(i).append(".\n");
        }
        Files.writeString(renamed.resolve("articles/note-" + i + ".md"), md);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return renamed;
  }
}

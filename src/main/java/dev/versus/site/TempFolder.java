package dev.versus.site;

import dev.versus.web.Output;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The hidden temporary folder {@code .<name>.tmp-<random>} beside the output folder that a build
 * writes into before the swap: made with the user's umask, marked as ours by {@link #MARKER} from
 * the first moment, and deleted with the marker last but one.
 */
final class TempFolder {
  /** Written first into every temporary folder, so a stale one left by a killed build is known to be ours. */
  static final String MARKER = ".versus-building";
  /**
   * The ending of the lock file earlier builds of Versus made beside each temporary folder; a killed build's is deleted
   * by {@link Recovery#recover}. The output folder's lock ({@link SiteLock}), held from a build's repairs until its
   * temporary folder is gone, guards that folder now: no other build's repairs run meanwhile. A second lock per folder
   * guarded nothing more, except against an earlier Versus without the output folder's lock building into the same
   * folder at the same moment.
   */
  static final String LOCK = ".lock";

  private TempFolder() {}

  /**
   * Makes the temporary folder for {@code target} and writes {@link #MARKER} into it, holding the
   * {@code build} identity. Not {@code createTempDirectory}: its 0700 mode would survive the swap and
   * lock a web server out of the site.
   */
  static Path make(Path target, String build) throws IOException {
    Path folder = newFolder(target.getParent(), "." + target.getFileName() + ".tmp-");
    Files.writeString(folder.resolve(MARKER), build + "\n", StandardCharsets.UTF_8);
    return folder;
  }

  /**
   * A new folder {@code parent/prefix<random>} with the mode the user's umask gives any new folder
   * (e.g. {@code drwxr-xr-x} under umask 022).
   */
  private static Path newFolder(Path parent, String prefix) throws IOException {
    SecureRandom random = new SecureRandom();
    while (true) {
      try {
        return Files.createDirectory(parent.resolve(prefix + Long.toHexString(random.nextLong() & Long.MAX_VALUE)));
      } catch (FileAlreadyExistsException e) {
        // another name
      }
    }
  }

  /** The lock file an earlier Versus made beside temporary folder {@code dir} ({@link #LOCK}). */
  static Path lockOf(Path dir) {
    return dir.resolveSibling(dir.getFileName() + LOCK);
  }

  /**
   * {@code outputs} by path, in order; of two outputs with one path the last, as a loop writing them in order
   * would leave it. An exception when a path would leave {@code root}.
   */
  static Map<String, Output> latest(Path root, List<Output> outputs) throws IOException {
    Map<String, Output> last = new LinkedHashMap<>();
    for (Output o : outputs) {
      if (!root.resolve(o.path()).normalize().startsWith(root)) throw new IOException("output path escapes the site: " + o.path());
      last.put(o.path(), o);
    }
    return last;
  }

  /** Writes every output of {@code last} ({@link #latest}) unless {@code done} (already in place); returns every path written, done or not. */
  static Set<String> writeAll(Path root, Map<String, Output> last, Predicate<Output> done) throws IOException {
    // files are independent: write them on every core (the stage waits on the disk as much as on the CPU)
    Trees.everyCore(last.values().stream().filter(done.negate()).toList(), o -> writeOne(root, o));
    return new HashSet<>(last.keySet());
  }

  /** Writes one output below {@code root}; a path that would leave {@code root} is refused. */
  static void writeOne(Path root, Output o) throws IOException {
    Path file = root.resolve(o.path()).normalize();
    if (!file.startsWith(root)) throw new IOException("output path escapes the site: " + o.path());
    Files.createDirectories(file.getParent());
    // a page kept from the old site is a hard link to its file there: writing through it would change
    // the old site, which must stay as it was until the swap (a guide's static file may replace that page)
    Files.deleteIfExists(file);
    if (o.copyOf() != null) {
      // through a stream, so the copy gets the mode a new file gets, not the source's (a 0600 draft image)
      try (OutputStream to = Files.newOutputStream(file)) {
        Files.copy(o.copyOf(), to);
      }
    } else {
      Files.write(file, o.bytes());
    }
  }

  /**
   * Deletes a temporary folder of ours (or any tree this writer made). Its {@link #MARKER} goes last
   * but one, so a build killed meanwhile leaves a folder still marked ours, or an empty one:
   * {@link Recovery#recover} takes both.
   */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) return;
    Path marker = root.resolve(MARKER);
    List<Path> all;
    try (Stream<Path> s = Files.walk(root)) {
      all = s.filter(p -> !p.equals(marker) && !p.equals(root)).sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) Files.deleteIfExists(p);
    Files.deleteIfExists(marker);
    Files.deleteIfExists(root);
  }
}

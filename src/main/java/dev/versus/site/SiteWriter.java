package dev.versus.site;

import dev.versus.render.Output;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Publishes a build: writes every output into a temporary folder beside the target, carries
 * over files Versus did not write (a {@code .git}, a {@code CNAME}), then swaps the folders so
 * readers never see a half-written site and a failed build leaves the old one untouched. A
 * manifest names what Versus wrote; only those files are ever deleted.
 */
public final class SiteWriter {
  /** The marker file listing every file Versus wrote into an output folder. */
  public static final String MANIFEST = ".versus-manifest";
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** What happened: files written, foreign files carried over, and notes for the user. */
  public record Result(int written, int carried, List<String> notes) {}

  /** Thrown when the output folder may not be written; the message says why and what to do. */
  public static final class RefusedException extends Exception {
    public RefusedException(String message) {
      super(message);
    }
  }

  /** Checks that {@code out} may be written, without writing anything (for {@code check}). */
  public void checkWritable(Path out) throws RefusedException {
    Path target = out.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new RefusedException("output " + out + " is a file, not a folder: choose another --out");
    }
    if (Files.isDirectory(target) && !isEmpty(target) && !Files.isRegularFile(target.resolve(MANIFEST))) {
      throw new RefusedException("refusing to write into " + out + ": it is not empty and was not made by Versus (no "
          + MANIFEST + "); choose another --out, or empty the folder first");
    }
  }

  /**
   * Publishes {@code outputs} into {@code out}. Folders and files get the modes the user's umask gives
   * new ones, whatever the mode of a copied source file; an existing {@code out} keeps its own mode.
   */
  public Result write(Path out, List<Output> outputs) throws RefusedException, IOException {
    return begin(out).publish(outputs);
  }

  /**
   * Starts writing into {@code out}: makes the temporary folder that {@link Staging#put} writes pages
   * into as they are rendered, so a build need not hold every page's bytes until the end.
   */
  public Staging begin(Path out) throws RefusedException, IOException {
    checkWritable(out);
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    // not createTempDirectory: its 0700 mode would survive the swap and lock a web server out of the site
    return new Staging(target, newFolder(parent, "." + target.getFileName() + ".tmp-"));
  }

  /** A site being written into its temporary folder; {@link #publish} swaps it in, {@link #discard} drops it. */
  public static final class Staging {
    private final Path target;
    private final Path temp;
    private final java.util.Map<String, Output> staged = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile IOException failure;

    private Staging(Path target, Path temp) {
      this.target = target;
      this.temp = temp;
    }

    /**
     * Writes {@code o} into the temporary folder now (safe from several threads) and returns it
     * without its bytes: {@code copyOf} names the file it is in once published. A failure is kept
     * and thrown by {@link #publish}, like any other write error.
     */
    public Output put(Output o) {
      try {
        writeOne(temp, o);
      } catch (IOException e) {
        failure = e;
        return o;
      }
      Output written = new Output(o.path(), o.kind(), null, target.resolve(o.path()));
      staged.put(o.path(), written);
      return written;
    }

    /** Writes the rest of {@code outputs} (those not {@link #put} already), carries over foreign files and swaps. */
    public Result publish(List<Output> outputs) throws IOException {
      List<String> notes = new ArrayList<>();
      int carried;
      try {
        if (failure != null) throw failure;
        Set<String> written = writeAll(temp, outputs, o -> staged.get(o.path()) == o);
        carried = Files.isDirectory(target) ? carryOver(target, temp, written, notes) : 0;
        Files.writeString(temp.resolve(MANIFEST), String.join("\n", new TreeSet<>(written)) + "\n", StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        deleteTree(temp);
        throw e;
      }
      keepMode(target, temp);
      swap(target, temp, notes);
      return new Result(outputs.size(), carried, List.copyOf(notes));
    }

    /** Deletes the temporary folder: the build failed, the old site stays as it was. */
    public void discard() {
      try {
        deleteTree(temp);
      } catch (IOException e) {
        // a leftover hidden temporary folder beside the site; the next build makes a new one
      }
    }
  }

  /** Writes every output unless {@code done} (already in place); returns every path written, done or not. */
  private static Set<String> writeAll(Path root, List<Output> outputs, java.util.function.Predicate<Output> done)
      throws IOException {
    for (Output o : outputs) {
      if (!root.resolve(o.path()).normalize().startsWith(root)) throw new IOException("output path escapes the site: " + o.path());
    }
    // files are independent: write them on every core (the stage waits on the disk as much as on the CPU);
    // of two outputs with one path the last is written, as a loop in order would leave it
    java.util.Map<String, Output> last = new java.util.LinkedHashMap<>();
    for (Output o : outputs) last.put(o.path(), o);
    try {
      last.values().parallelStream().filter(done.negate()).forEach(o -> {
        try {
          writeOne(root, o);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return new HashSet<>(last.keySet());
  }

  private static void writeOne(Path root, Output o) throws IOException {
    Path file = root.resolve(o.path()).normalize();
    if (!file.startsWith(root)) throw new IOException("output path escapes the site: " + o.path());
    Files.createDirectories(file.getParent());
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
   * A new folder {@code parent/prefix<random>} with the mode the user's umask gives any new folder
   * (e.g. {@code drwxr-xr-x} under umask 022).
   */
  private static Path newFolder(Path parent, String prefix) throws IOException {
    while (true) {
      Path dir = parent.resolve(prefix + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE));
      try {
        return Files.createDirectory(dir);
      } catch (FileAlreadyExistsException e) {
        // another name
      }
    }
  }

  /** An existing output folder keeps its own mode (a deliberately shared {@code drwxrwxr-x} stays so). */
  private static void keepMode(Path target, Path temp) throws IOException {
    if (!Files.isDirectory(target)) return;
    PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (from == null || to == null) return;
    to.setPermissions(from.readAttributes().permissions());
  }

  /** Moves files of the old site that Versus did not write into the new one. */
  private static int carryOver(Path target, Path temp, Set<String> written, List<String> notes) throws IOException {
    Set<String> ours = readManifest(target);
    List<Path> foreign = new ArrayList<>();
    try (Stream<Path> s = Files.walk(target)) {
      s.filter(p -> !Files.isDirectory(p) || isTopForeignDir(target, p, ours)).forEach(p -> {
        String rel = rel(target, p);
        if (!rel.equals(MANIFEST) && !ours.contains(rel) && !underForeignDir(rel, foreign, target)) foreign.add(p);
      });
    }
    for (Path p : foreign) {
      String rel = rel(target, p);
      Path dest = temp.resolve(rel);
      if (written.contains(rel)) {
        notes.add("kept your " + rel + " in the output: Versus now also generates that path; rename yours to publish both");
        written.remove(rel);
      }
      Files.createDirectories(dest.getParent());
      if (Files.isDirectory(dest)) deleteTree(dest);
      Files.move(p, dest, StandardCopyOption.REPLACE_EXISTING);
    }
    return foreign.size();
  }

  /** A folder Versus never wrote into (e.g. {@code .git}) moves as a whole. */
  private static boolean isTopForeignDir(Path target, Path dir, Set<String> ours) {
    if (dir.equals(target)) return false;
    String rel = rel(target, dir) + "/";
    return ours.stream().noneMatch(o -> o.startsWith(rel));
  }

  private static boolean underForeignDir(String rel, List<Path> foreign, Path target) {
    for (Path f : foreign) {
      if (Files.isDirectory(f) && rel.startsWith(rel(target, f) + "/")) return true;
    }
    return false;
  }

  private static void swap(Path target, Path temp, List<String> notes) throws IOException {
    if (!Files.exists(target)) {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = target.resolveSibling("." + target.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    // only what the old manifest lists was ours; everything else was carried over before the swap
    Set<String> ours = readManifest(old);
    for (String rel : ours) Files.deleteIfExists(old.resolve(rel));
    Files.deleteIfExists(old.resolve(MANIFEST));
    deleteEmptyDirs(old);
    if (Files.exists(old)) notes.add("left " + old + " in place: it holds files Versus did not write");
  }

  static Set<String> readManifest(Path dir) throws IOException {
    Path m = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(m)) return Set.of();
    Set<String> out = new HashSet<>();
    for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) out.add(line.strip());
    }
    return out;
  }

  private static void deleteEmptyDirs(Path root) throws IOException {
    List<Path> dirs;
    try (Stream<Path> s = Files.walk(root)) {
      dirs = s.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
    }
    for (Path d : dirs) {
      try {
        Files.deleteIfExists(d);
      } catch (DirectoryNotEmptyException e) {
        // holds something that is not ours: leave it
      }
    }
  }

  /** Deletes a tree this writer created itself (the temporary folder). */
  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    List<Path> all;
    try (Stream<Path> s = Files.walk(root)) {
      all = s.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) Files.deleteIfExists(p);
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}

package dev.versus.site;

import dev.versus.web.Output;
import dev.versus.web.PageKind;
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
  /**
   * The manifest's first line: this header and a build identity; its last line is the SHA-256 of
   * everything before it. A user's file that merely has the manifest's name cannot pass for it.
   */
  static final String HEADER = "# versus-manifest 1 build ";
  private static final String CHECKSUM = "# sha256 ";
  /** Written first into every temporary folder, so a stale one left by a killed build is known to be ours. */
  static final String BUILDING = ".versus-building";
  /** Files every build of a guide has written since the first release; a legacy manifest lists them all. */
  private static final List<String> ALWAYS_WRITTEN = List.of(PageKind.HOME.file(), PageKind.NOT_FOUND.file(), PageKind.SITEMAP.file(),
      PageKind.ROBOTS.file());
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
    if (Files.isDirectory(target) && !isEmpty(target) && !isOurs(target)) {
      throw new RefusedException("refusing to write into " + out + ": it is not empty and was not made by Versus (no "
          + MANIFEST + "); choose another --out, or empty the folder first");
    }
  }

  /**
   * Writes {@code outputs} as the new content of {@code out}. First repairs what a build killed
   * earlier may have left: the previous site still parked beside {@code out} (killed between the two
   * renames of the swap) is put back, and temporary folders of killed builds are deleted. Folders and
   * files get the modes the user's umask gives new ones, whatever the mode of a copied source file;
   * an existing {@code out} keeps its own mode.
   */
  public Result write(Path out, List<Output> outputs) throws RefusedException, IOException {
    return begin(out).publish(outputs);
  }

  /**
   * Starts writing into {@code out} (after the same repairs as {@link #write}): makes the temporary
   * folder that {@link Staging#put} writes pages into as they are rendered, so a build need not hold
   * every page's bytes until the end.
   */
  public Staging begin(Path out) throws RefusedException, IOException {
    List<String> notes = new ArrayList<>(recover(out.toAbsolutePath().normalize()));
    checkWritable(out);
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    // not createTempDirectory: its 0700 mode would survive the swap and lock a web server out of the site
    Path temp = newFolder(parent, "." + target.getFileName() + ".tmp-");
    String build = java.util.UUID.randomUUID().toString();
    Files.writeString(temp.resolve(BUILDING), build + "\n", StandardCharsets.UTF_8);
    return new Staging(target, temp, build, notes);
  }

  /** A site being written into its temporary folder; {@link #publish} swaps it in, {@link #discard} drops it. */
  public static final class Staging {
    private final Path target;
    private final Path temp;
    private final String build;
    private final List<String> notes;
    private final java.util.Map<String, Output> staged = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile IOException failure;

    private Staging(Path target, Path temp, String build, List<String> notes) {
      this.target = target;
      this.temp = temp;
      this.build = build;
      this.notes = notes;
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
      int carried;
      List<String> foreignFiles = new ArrayList<>();
      try {
        if (failure != null) throw failure;
        Set<String> written = writeAll(temp, outputs, o -> staged.get(o.path()) == o);
        carried = Files.isDirectory(target) ? carryOver(target, temp, written, foreignFiles, notes) : 0;
        Files.writeString(temp.resolve(MANIFEST), manifest(build, written), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        deleteTree(temp);
        throw e;
      }
      keepMode(target, temp);
      swap(target, temp, foreignFiles, notes);
      return new Result(outputs.size(), carried, List.copyOf(notes));
    }

    /** Deletes the temporary folder: the build failed, the old site stays as it was. */
    public void discard() {
      try {
        deleteTree(temp);
      } catch (IOException e) {
        // a leftover hidden temporary folder beside the site, marked as ours: the next build deletes it
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

  /**
   * Brings files of the old site that Versus did not write into the new one, as hard links (a copy
   * where the file system has none): the originals stay where they are until the swap, so a build
   * killed meanwhile never loses them. Their paths go to {@code linked}, to be unlinked from the old site.
   */
  private static int carryOver(Path target, Path temp, Set<String> written, List<String> linked, List<String> notes)
      throws IOException {
    Set<String> ours = readManifest(target);
    List<Path> foreign = new ArrayList<>();
    try (Stream<Path> s = Files.walk(target)) {
      s.filter(p -> !Files.isDirectory(p) || isTopForeignDir(target, p, ours)).forEach(p -> {
        String rel = rel(target, p);
        if (!rel.equals(MANIFEST) && !rel.equals(BUILDING) && !ours.contains(rel) && !underForeignDir(rel, foreign, target)) {
          foreign.add(p);
        }
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
      if (Files.isDirectory(dest, java.nio.file.LinkOption.NOFOLLOW_LINKS)) deleteTree(dest);
      else Files.deleteIfExists(dest);
      List<Path> files;
      try (Stream<Path> s = Files.walk(p)) {
        files = s.toList();
      }
      for (Path f : files) {
        Path to = temp.resolve(rel(target, f));
        if (Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(to);
          continue;
        }
        link(f, to);
        linked.add(rel(target, f));
      }
    }
    return foreign.size();
  }

  private static void link(Path from, Path to) throws IOException {
    try {
      if (Files.isSymbolicLink(from)) throw new UnsupportedOperationException("a link to a link is not the link");
      Files.createLink(to, from);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }
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

  private static void swap(Path target, Path temp, List<String> carried, List<String> notes) throws IOException {
    if (!Files.exists(target)) {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      Files.deleteIfExists(target.resolve(BUILDING));
      return;
    }
    Path old = target.resolveSibling("." + target.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
    // a kill between these two renames leaves the previous site at `old`: recover() puts it back
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    // the marker (kept until the swap, so a temporary folder left by a kill is always known to be ours)
    // goes at once, not after the long discard below: a kill before this line leaves it in the live site,
    // and the next build's discard() deletes it there as ours
    Files.deleteIfExists(target.resolve(BUILDING));
    // what the old manifest lists was ours; what was carried over now lives in the new site too
    for (String rel : carried) Files.deleteIfExists(old.resolve(rel));
    discard(old, target, notes);
  }

  /** Whether {@code live} is the very file {@code parked} (a hard link of it) or has the same bytes. */
  private static boolean sameFile(Path parked, Path live) throws IOException {
    if (!Files.isRegularFile(live, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return false;
    return Files.isSameFile(parked, live) || Files.mismatch(parked, live) == -1;
  }

  /**
   * Deletes from a parked previous site what its manifest lists, then its empty folders, the manifest
   * and the folder itself. The manifest goes last but one, so a build killed at any moment leaves either
   * a folder still marked ours or an empty one, and {@link #recover} finishes the job either way. A
   * user's file in it goes only when {@code target}, the live site, holds the same file at its path.
   */
  private static void discard(Path old, Path target, List<String> notes) throws IOException {
    Set<String> ours = readManifest(old);
    for (String rel : ours) {
      if (!rel.equals(MANIFEST)) Files.deleteIfExists(old.resolve(rel));
    }
    // a build marker left in a live site by a build killed just after its swap is ours too (never carried over)
    Files.deleteIfExists(old.resolve(BUILDING));
    // a user's file the swap carried into the live site (a hard link, or a copy) is not lost by unlinking it here
    List<Path> rest;
    try (Stream<Path> s = Files.walk(old)) {
      rest = s.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !f.equals(old.resolve(MANIFEST)))
          .toList();
    }
    for (Path f : rest) {
      if (sameFile(f, target.resolve(rel(old, f)))) Files.delete(f);
    }
    deleteEmptyDirs(old, false);
    Files.deleteIfExists(old.resolve(MANIFEST));
    deleteEmptyDirs(old, true);
    if (Files.exists(old)) notes.add("left " + old + " in place: it holds files Versus did not write");
  }

  /** The manifest text: header with the build identity, one written path per line, then the checksum line. */
  static String manifest(String build, Set<String> written) {
    String body = HEADER + build + "\n" + String.join("\n", new TreeSet<>(written)) + "\n";
    return body + CHECKSUM + sha256(body) + "\n";
  }

  /** Whether {@code dir} holds a manifest this writer made (its header and checksum match). */
  static boolean isOurs(Path dir) {
    Path m = dir.resolve(MANIFEST);
    try {
      if (!Files.isRegularFile(m)) return false;
      String text = Files.readString(m, StandardCharsets.UTF_8);
      int last = text.lastIndexOf(CHECKSUM);
      if (!text.startsWith(HEADER)) return isLegacy(dir, text);
      return last > 0 && text.substring(last).strip().equals((CHECKSUM + sha256(text.substring(0, last))).strip());
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * A manifest written before manifests carried a build identity (a bare list of paths): still ours
   * when it lists the files every Versus build writes ({@link #ALWAYS_WRITTEN}) and every listed path
   * is a plain relative path that exists; a user's file that merely has the name does not.
   */
  private static boolean isLegacy(Path dir, String text) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
    return lines.containsAll(ALWAYS_WRITTEN) && lines.stream().allMatch(l -> !l.startsWith("/") && !l.startsWith("#")
        && !("/" + l + "/").contains("/../") && Files.isRegularFile(dir.resolve(l)));
  }

  /** The paths a manifest of ours lists; nothing for a file that is not ours, so nothing of the user's is ever deleted. */
  static Set<String> readManifest(Path dir) throws IOException {
    if (!isOurs(dir)) return Set.of();
    Set<String> out = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve(MANIFEST), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("# ")) out.add(line.strip());
    }
    return out;
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Repairs what a killed build left beside {@code target}: when {@code target} is gone but a parked
   * previous site ({@code .<name>.old-*}, ours by its manifest) is there, it is renamed back; stale
   * temporary folders ({@code .<name>.tmp-*} still holding {@link #BUILDING}) are deleted. Returns notes.
   */
  static List<String> recover(Path target) throws IOException {
    Path parent = target.getParent();
    List<String> notes = new ArrayList<>();
    if (parent == null || !Files.isDirectory(parent)) return notes;
    String name = target.getFileName().toString();
    List<Path> siblings;
    try (Stream<Path> s = Files.list(parent)) {
      siblings = s.filter(p -> p.getFileName().toString().startsWith("." + name + ".")).sorted().toList();
    }
    for (Path p : siblings) {
      String n = p.getFileName().toString();
      if (n.startsWith("." + name + ".old-") && !Files.exists(target) && isOurs(p)) {
        Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
        notes.add("put back the previous site, which a killed build had left at " + p);
      } else if (n.startsWith("." + name + ".old-") && isOurs(p)) {
        discard(p, target, notes);
      } else if (n.startsWith("." + name + ".tmp-") && Files.isRegularFile(p.resolve(BUILDING))) {
        deleteTree(p);
        notes.add("deleted " + p + ", left by a build that was stopped");
      } else if ((n.startsWith("." + name + ".tmp-") || n.startsWith("." + name + ".old-")) && Files.isDirectory(p)
          && isEmpty(p)) {
        // a build stopped just after making the folder, or just before removing it: it holds nothing to lose
        Files.deleteIfExists(p);
      }
    }
    return notes;
  }

  /** Deletes the empty folders under {@code root}, deepest first, and {@code root} itself if asked and empty. */
  private static void deleteEmptyDirs(Path root, boolean andRoot) throws IOException {
    List<Path> dirs;
    try (Stream<Path> s = Files.walk(root)) {
      dirs = s.filter(Files::isDirectory).filter(d -> andRoot || !d.equals(root)).sorted(Comparator.reverseOrder()).toList();
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
  /**
   * Deletes a temporary folder of ours. Its {@link #BUILDING} marker goes last but one, so a build
   * killed meanwhile leaves a folder still marked ours, or an empty one: {@link #recover} takes both.
   */
  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    Path marker = root.resolve(BUILDING);
    List<Path> all;
    try (Stream<Path> s = Files.walk(root)) {
      all = s.filter(p -> !p.equals(marker) && !p.equals(root)).sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) Files.deleteIfExists(p);
    Files.deleteIfExists(marker);
    Files.deleteIfExists(root);
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

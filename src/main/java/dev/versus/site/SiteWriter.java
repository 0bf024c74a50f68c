package dev.versus.site;

import dev.versus.web.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes a build: writes every output into a temporary folder beside the target
 * ({@link TempFolder}), carries over files Versus did not write ({@link CarryOver}: a {@code .git},
 * a {@code CNAME}), then swaps the folders ({@link Swap}) so readers never see a half-written site
 * and a failed build leaves the old one untouched. When the target already holds a site of ours and the build asks
 * for it ({@link Staging#updateInPlace}), only the files whose bytes changed go from the temporary folder into place,
 * each with an atomic rename, under a {@link Journal} the next build finishes if this one is killed ({@link InPlace}).
 * A manifest ({@link Manifest}) names what Versus wrote; only those files are ever deleted. The output folder's
 * lock ({@link SiteLock}) keeps two builds into one folder from interleaving.
 */
public final class SiteWriter {
  /** The marker file listing every file Versus wrote into an output folder. */
  public static final String MANIFEST = Manifest.FILE;

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
    checkWritable(out, target, Files.isDirectory(target) ? Manifest.of(target) : Manifest.Listed.NONE);
  }

  /** {@link #checkWritable(Path)}, {@code site} being what the folder's manifest says. */
  private static void checkWritable(Path out, Path target, Manifest.Listed site) throws RefusedException {
    if (Files.isSymbolicLink(target) && !Files.exists(target)) {
      // a link to no folder: the swap would fail on it halfway ("Not a directory"), and making the folder it names
      // could write where the user did not mean to (a drive not mounted)
      throw new RefusedException("output " + out + " is a symbolic link to " + linkTarget(target)
          + ", which does not exist: create that folder, or remove the link");
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new RefusedException("output " + out + " is a file, not a folder: choose another --out");
    }
    if (Files.isDirectory(target) && !Trees.isEmpty(target) && !site.ours()) {
      throw new RefusedException("refusing to write into " + out + ": it is not empty and was not made by Versus (no "
          + MANIFEST + "); choose another --out, or empty the folder first");
    }
    OutputPermissions.check(out, target);
  }

  /** Where the link {@code link} leads, as a path (relative links resolved from its folder); the link itself when unreadable. */
  private static Path linkTarget(Path link) {
    try {
      return link.resolveSibling(Files.readSymbolicLink(link)).normalize();
    } catch (IOException | UnsupportedOperationException e) {
      return link;
    }
  }

  /**
   * Writes {@code outputs} as the new content of {@code out}. First repairs what a build killed
   * earlier may have left ({@link Recovery#recover}): the previous site still parked beside
   * {@code out} (killed between the two renames of the swap) is put back, and temporary folders of
   * killed builds are deleted. Folders and files get the modes the user's umask gives new ones,
   * whatever the mode of a copied source file; an existing {@code out} keeps its own mode.
   */
  public Result write(Path out, List<Output> outputs) throws RefusedException, IOException {
    Staging staging = begin(out);
    try {
      return staging.publish(outputs);
    } finally {
      staging.discard();
    }
  }

  /**
   * Starts writing into {@code out} (after the same repairs as {@link #write}): takes the output folder's lock
   * ({@link SiteLock}, waiting while another build holds it), makes the temporary folder that {@link Staging#put}
   * writes pages into as they are rendered, so a build need not hold every page's bytes until the end. The lock is
   * held until {@link Staging#discard}, so two builds into one folder never interleave. An {@code out} that is a
   * symbolic link to a folder publishes into that folder and stays a link.
   */
  public Staging begin(Path out) throws RefusedException, IOException {
    Path target = out.toAbsolutePath().normalize();
    // an output folder that is a link (site -> /var/www/guide): the site is the folder it leads to, published
    // there, the link left as it is (a swap would put a folder in its place, and drop the old site through it)
    if (Files.isSymbolicLink(target) && Files.isDirectory(target)) target = target.toRealPath();
    Files.createDirectories(target.getParent());
    OutputPermissions.check(out, out.toAbsolutePath().normalize());
    List<String> notes = new ArrayList<>();
    SiteLock siteLock = SiteLock.take(target, notes);
    try {
      notes.addAll(Recovery.recover(target));
      // read once, after the repairs (which may finish a publish and so change it), under the lock: no build changes it now
      Manifest.Listed site = Manifest.of(target);
      checkWritable(out, out.toAbsolutePath().normalize(), site);
      String build = java.util.UUID.randomUUID().toString();
      return new Staging(target, TempFolder.make(target, build), siteLock, build, site, notes);
    } catch (RefusedException | IOException | RuntimeException e) {
      siteLock.close();
      throw e;
    }
  }

  /** The site was changed in part when publishing in place stopped: its journal stays, and the next build finishes it. */
  public static final class UnfinishedException extends IOException {
    UnfinishedException(IOException cause) {
      this("publishing stopped halfway (" + cause.getMessage() + "); the next build finishes it", cause);
    }

    /** {@code message} says what is unfinished and what to do (a stopped build's publish this build cannot finish). */
    UnfinishedException(String message, IOException cause) {
      super(message, cause);
    }
  }

  /**
   * A site being written into its temporary folder; {@link #publish} puts it in place (a swap of the whole folder,
   * or {@link #updateInPlace in place}), {@link #discard} drops it and lets go of the lock.
   */
  public static final class Staging {
    private final Path target;
    private final Path temp;
    /** The output folder's lock: it also keeps this build's temporary folder from another build's repairs. */
    private final SiteLock lock;
    private final String build;
    /** What the site's manifest said when this build began: read once, handed to each step of the publish. */
    private final Manifest.Listed site;
    private final List<String> notes;
    private final Map<String, Output> staged = new ConcurrentHashMap<>();
    private final Map<String, Output> kept = new ConcurrentHashMap<>();
    private volatile IOException failure;
    private volatile boolean inPlace;
    /** Whether {@link #publish} went in place, leaving each {@link #keep kept} file as it was (no link, no move). */
    private volatile boolean keptUntouched;
    /** The paths the site's manifest lists, once {@link #updateInPlace} is called: the files {@link #put} compares with. */
    private volatile Set<String> published = Set.of();
    private volatile boolean unfinished;

    private Staging(Path target, Path temp, SiteLock lock, String build, Manifest.Listed site, List<String> notes) {
      this.target = target;
      this.site = site;
      this.temp = temp;
      this.lock = lock;
      this.build = build;
      this.notes = notes;
    }

    /**
     * Writes {@code o} into the temporary folder now (safe from several threads) and returns it
     * without its bytes: {@code copyOf} names the file it is in once published. When publishing in place, an output
     * whose bytes the site's file at its path already holds (a file Versus wrote, of the same size and content) is
     * not written at all but {@link #keep kept}: a build that renders every page creates no file for a page that did
     * not change. A failure is kept and thrown by {@link #publish}, like any other write error.
     */
    public Output put(Output o) {
      try {
        if (published.contains(o.path()) && SameFile.holds(target.resolve(o.path()), o)) {
          Output k = new Output(o.path(), o.kind(), null, target.resolve(o.path()));
          kept.put(o.path(), k);
          return k;
        }
        TempFolder.writeOne(temp, o);
      } catch (IOException e) {
        failure = e;
        return o;
      }
      Output written = new Output(o.path(), o.kind(), null, target.resolve(o.path()));
      staged.put(o.path(), written);
      return written;
    }

    /**
     * Keeps the old site's file {@code path} in the new one unchanged, for a page the build cache knows is the
     * same: returned as {@link #put} returns a written page. Publishing in place leaves the file where it is; a
     * swap takes it into the new folder as a hard link (a copy where the file system has none). Empty, and nothing
     * done, when {@code path} leads out of the site. The caller has just found the file there, a regular file of the
     * size and times it recorded (the build cache's page record reads them with one {@code lstat}), so it is not
     * looked up a second time here: one {@code lstat} per kept page, not two (4,000 on a repeat build of 4,000 articles).
     */
    public java.util.Optional<Output> keep(String path, String kind) {
      Path from = target.resolve(path).normalize();
      if (!from.startsWith(target)) return java.util.Optional.empty();
      Output k = new Output(path, kind, null, from);
      kept.put(path, k);
      return java.util.Optional.of(k);
    }

    /**
     * Publishes in place when the output folder holds a site of ours (a manifest {@link Manifest#isOurs}): {@link #publish}
     * changes only the files that changed ({@link InPlace}) instead of swapping in a whole new folder, and from now on
     * {@link #put} writes only the pages whose bytes differ from the site's file. Call it before the first {@link #put}.
     * Where a file cannot be put in place, or the folder holds no manifest of ours, it swaps as before. The caller that
     * {@link #keep keeps} pages vouches that they are the site's files as this build would write them (the build
     * cache's page record, made for this very folder).
     */
    public void updateInPlace() {
      published = site.files();
      inPlace = true;
    }

    /** Writes the rest of {@code outputs} (those not {@link #put} or {@link #keep kept} already) and publishes them. */
    public Result publish(List<Output> outputs) throws IOException {
      int carried;
      List<String> foreignFiles = new ArrayList<>();
      try {
        if (failure != null) throw failure;
        Map<String, Output> last = TempFolder.latest(temp, outputs);
        if (inPlace && site.ours() && InPlace.publish(target, temp, build, site.files(), last, staged, kept, notes)) {
          keptUntouched = true;
          return new Result(outputs.size(), 0, List.copyOf(notes));
        }
        for (Output o : last.values()) {
          if (kept.get(o.path()) != o) continue;
          Path to = temp.resolve(o.path());
          Files.createDirectories(to.getParent());
          CarryOver.link(target.resolve(o.path()), to);
        }
        Set<String> written = TempFolder.writeAll(temp, last, o -> staged.get(o.path()) == o || kept.get(o.path()) == o);
        carried = Files.isDirectory(target) ? CarryOver.carry(target, temp, site.files(), written, foreignFiles, notes) : 0;
        Files.writeString(temp.resolve(MANIFEST), Manifest.text(build, written), java.nio.charset.StandardCharsets.UTF_8);
      } catch (UnfinishedException e) {
        unfinished = true;
        throw e;
      } catch (RuntimeException e) {
        TempFolder.delete(temp);
        throw e;
      } catch (IOException e) {
        IOException named = inTheOutput(e); // before the temporary folder goes: it tells a file from a folder there
        TempFolder.delete(temp);
        throw named;
      }
      Swap.swap(target, temp, foreignFiles, notes);
      return new Result(outputs.size(), carried, List.copyOf(notes));
    }

    /**
     * {@code e}, said of the output folder when it names a file of the temporary one: the user knows
     * {@code site/articles/x/index.html}, not {@code .site.tmp-…/articles/x/index.html}; and a folder of the user's
     * in the output at the path of a file this build writes (carried over, it blocks the file) is named as such, and so
     * is a file of the user's where this build writes a folder.
     */
    private IOException inTheOutput(IOException e) {
      if (!(e instanceof java.nio.file.FileSystemException f) || f.getFile() == null) return e;
      Path file = Path.of(f.getFile());
      if (!file.startsWith(temp)) return e;
      Path there = target.resolve(temp.relativize(file).toString());
      java.nio.file.LinkOption direct = java.nio.file.LinkOption.NOFOLLOW_LINKS;
      if (Files.isDirectory(there, direct)) {
        return new IOException(there + " is a folder where this build writes a file: move or rename the folder, then build again", e);
      }
      // a file of the user's carried over where this build made a folder (a new page below it): it cannot be put there
      if (Files.isDirectory(file, direct) && Files.exists(there, direct)) {
        return new IOException(there + " is a file where this build writes a folder: move or rename the file, then build again", e);
      }
      return new IOException(there + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason()), e);
    }

    /**
     * Whether {@link #publish} published in place, so that every {@link #keep kept} file is the very file it was, its
     * attributes (even its change time) untouched; after a swap each was linked into a new folder, which changes them.
     */
    public boolean keptUntouched() {
      return keptUntouched;
    }

    /** What the repairs before this build did ({@link Recovery#recover}), for the user. */
    public List<String> notes() {
      return List.copyOf(notes);
    }

    /**
     * Deletes the temporary folder (the build failed, the old site stays as it was; after {@link #publish} there is
     * none) and then releases the output folder's lock: a build is over only once this ran. A publish in place that stopped halfway
     * leaves its folder and journal to the next build, which finishes it.
     */
    public void discard() {
      try {
        if (!unfinished) TempFolder.delete(temp);
      } catch (IOException e) {
        // a leftover hidden temporary folder beside the site, marked as ours: the next build deletes it
      }
      try {
        lock.close();
      } catch (IOException e) {
        // a lock file no process holds: the next build takes it
      }
    }
  }
}

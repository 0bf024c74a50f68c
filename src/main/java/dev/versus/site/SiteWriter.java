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
 * and a failed build leaves the old one untouched. A manifest ({@link Manifest}) names what Versus
 * wrote; only those files are ever deleted.
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
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new RefusedException("output " + out + " is a file, not a folder: choose another --out");
    }
    if (Files.isDirectory(target) && !Trees.isEmpty(target) && !Manifest.isOurs(target)) {
      throw new RefusedException("refusing to write into " + out + ": it is not empty and was not made by Versus (no "
          + MANIFEST + "); choose another --out, or empty the folder first");
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
   * Starts writing into {@code out} (after the same repairs as {@link #write}): makes the temporary
   * folder that {@link Staging#put} writes pages into as they are rendered, so a build need not hold
   * every page's bytes until the end.
   */
  public Staging begin(Path out) throws RefusedException, IOException {
    List<String> notes = new ArrayList<>(Recovery.recover(out.toAbsolutePath().normalize()));
    checkWritable(out);
    Path target = out.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    String build = java.util.UUID.randomUUID().toString();
    TempFolder.Made made = TempFolder.make(target, build);
    return new Staging(target, made.folder(), made.lock(), build, notes);
  }

  /** A site being written into its temporary folder; {@link #publish} swaps it in, {@link #discard} drops it. */
  public static final class Staging {
    private final Path target;
    private final Path temp;
    private final FolderLock lock;
    private final String build;
    private final List<String> notes;
    private final Map<String, Output> staged = new ConcurrentHashMap<>();
    private volatile IOException failure;

    private Staging(Path target, Path temp, FolderLock lock, String build, List<String> notes) {
      this.target = target;
      this.temp = temp;
      this.lock = lock;
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
     * Puts the old site's file {@code path} into the new one unchanged (a hard link, a copy where the file
     * system has none), for a page the build cache knows is the same: returned as {@link #put} returns a
     * written page. Empty, and nothing done, when the old site has no such file of ours.
     */
    public java.util.Optional<Output> keep(String path, String kind) {
      Path from = target.resolve(path).normalize();
      Path to = temp.resolve(path).normalize();
      if (!from.startsWith(target) || !to.startsWith(temp) || !Files.isRegularFile(from, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return java.util.Optional.empty();
      }
      try {
        Files.createDirectories(to.getParent());
        CarryOver.link(from, to);
      } catch (IOException e) {
        return java.util.Optional.empty();
      }
      Output kept = new Output(path, kind, null, from);
      staged.put(path, kept);
      return java.util.Optional.of(kept);
    }

    /** Writes the rest of {@code outputs} (those not {@link #put} already), carries over foreign files and swaps. */
    public Result publish(List<Output> outputs) throws IOException {
      int carried;
      List<String> foreignFiles = new ArrayList<>();
      try {
        if (failure != null) throw failure;
        Set<String> written = TempFolder.writeAll(temp, outputs, o -> staged.get(o.path()) == o);
        carried = Files.isDirectory(target) ? CarryOver.carry(target, temp, written, foreignFiles, notes) : 0;
        Files.writeString(temp.resolve(MANIFEST), Manifest.text(build, written), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        TempFolder.delete(temp);
        throw e;
      }
      Swap.swap(target, temp, foreignFiles, notes);
      return new Result(outputs.size(), carried, List.copyOf(notes));
    }

    /** What the repairs before this build did ({@link Recovery#recover}), for the user. */
    public List<String> notes() {
      return List.copyOf(notes);
    }

    /**
     * Deletes the temporary folder (the build failed, the old site stays as it was; after {@link #publish} there is
     * none) and then releases its lock: a build is over only once this ran.
     */
    public void discard() {
      try {
        TempFolder.delete(temp);
      } catch (IOException e) {
        // a leftover hidden temporary folder beside the site, marked as ours: the next build deletes it
      }
      try {
        lock.close();
      } catch (IOException e) {
        // a lock file no process holds: the next build deletes it
      }
    }
  }
}

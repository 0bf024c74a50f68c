package dev.versus.server;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders recursively, folders created later included, and hands over the changed paths
 * in batches: a batch closes once no event came for a quiet spell, or after a longest wait. The quiet
 * spell is short (a few milliseconds: a save's events come together, and every millisecond of it is
 * added to each save-to-reload), but while a file of the batch is missing or empty it is longer: an
 * editor that saves by renaming (the old file moved away, the new one written, the backup deleted)
 * leaves the file missing for a moment, one that saves in place leaves it empty, and a build then would
 * show the page gone, a broken link or an empty-file error until the next batch (chokidar's
 * {@code atomic} option waits for the same reason). Hidden files and
 * folders (a dot in front: .git, the build cache, editor swap files) are ignored, as the build ignores them.
 *
 * <p>The events are the operating system's own, through {@code io.methvin:directory-watcher}: FSEvents on
 * macOS (where the JDK's {@code WatchService} polls every few seconds, so a save showed seconds late), the
 * JDK's inotify-backed service on Linux, with new folders registered as they appear.
 */
final class Watcher implements Closeable {
  /** Stands in the queue for "events were lost": everything may have changed. */
  private static final Path OVERFLOW = Path.of("");

  private final List<Path> roots;
  /**
   * Each root with its links resolved, as the watcher registers it: it finds the folders to register by a walk that
   * does not enter a link at the top, so a guide given as a link ({@code --source guide}) was never watched. Events
   * come named below these and are named again below the root as given ({@link #named}).
   */
  private final List<Path> watched;
  private final Duration quiet;
  private final Duration missing;
  private final Duration longest;
  private final Consumer<Set<Path>> onChange;
  private final DirectoryWatcher watcher;
  private final BlockingQueue<Path> events = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean closed;

  /**
   * @param roots absolute folders to watch, with everything below them
   * @param quiet how long no event must come to close a batch
   * @param missing the same while a path of the batch does not exist
   * @param longest the longest a batch stays open
   * @param onChange called on the watcher's thread with each batch of changed paths (files or folders)
   */
  Watcher(List<Path> roots, Duration quiet, Duration missing, Duration longest, Consumer<Set<Path>> onChange) throws IOException {
    this.roots = List.copyOf(roots);
    this.quiet = quiet;
    this.missing = missing;
    this.longest = longest;
    this.onChange = onChange;
    for (Path root : this.roots) {
      if (!Files.isDirectory(root)) throw new IOException("cannot watch " + root + ": not a folder");
    }
    List<Path> real = new java.util.ArrayList<>();
    for (Path root : this.roots) real.add(root.toRealPath());
    this.watched = List.copyOf(real);
    // no file hashing: it would read every file of the guide at start, to drop events that change no byte
    this.watcher = DirectoryWatcher.builder().paths(watched).fileHashing(false).listener(this::event).build();
    this.thread = new Thread(this::run, "versus-watch");
    thread.setDaemon(true);
  }

  void start() {
    watcher.watchAsync();
    thread.start();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    watcher.close();
    thread.interrupt();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void event(DirectoryChangeEvent e) {
    if (e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
      events.add(OVERFLOW);
      return;
    }
    Path path = e.path() == null ? null : named(e.path());
    if (path != null && !hidden(path)) events.add(path);
  }

  /** {@code p}, an event's path below a {@link #watched} folder, named below the root it stands for. */
  private Path named(Path p) {
    for (int i = 0; i < roots.size(); i++) {
      if (p.startsWith(watched.get(i))) return roots.get(i).resolve(watched.get(i).relativize(p).toString());
    }
    return p;
  }

  private void run() {
    try {
      while (!closed) {
        Set<Path> batch = new LinkedHashSet<>();
        add(events.take(), batch);
        long deadline = System.nanoTime() + longest.toNanos();
        while (System.nanoTime() < deadline) {
          Path next = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
          // quiet: done, unless a file is missing or empty; then only a longer quiet spell closes the batch
          if (next == null && batch.stream().anyMatch(Watcher::unsettled)) {
            next = events.poll(Math.min(missing.toNanos(), deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
          }
          if (next == null) break;
          add(next, batch);
        }
        if (!batch.isEmpty()) onChange.accept(batch);
      }
    } catch (InterruptedException e) {
      // closed: the server is stopping
    }
  }

  /**
   * Whether {@code p} looks like a save in progress: missing (saved by renaming) or an empty file (saved in place,
   * which empties the file before writing it). One look at the file system.
   */
  private static boolean unsettled(Path p) {
    try {
      return Files.size(p) == 0 && Files.isRegularFile(p);
    } catch (IOException e) {
      return true;
    }
  }

  private void add(Path event, Set<Path> batch) {
    if (event == OVERFLOW) batch.addAll(roots);
    else batch.add(event);
  }

  private boolean hidden(Path p) {
    for (Path root : roots) {
      if (p.startsWith(root)) {
        for (Path part : root.relativize(p)) {
          if (part.toString().startsWith(".")) return true;
        }
        return false;
      }
    }
    return false;
  }
}

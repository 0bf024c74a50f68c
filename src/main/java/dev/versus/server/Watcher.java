package dev.versus.server;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders recursively, folders created later included, and hands over the changed paths
 * in batches: a batch closes once no event came for a quiet spell (an editor's save is often a
 * write, a rename and a delete in quick succession) or after a longest wait. Hidden files and
 * folders (a dot in front: .git, editor swap files) are ignored, as the build ignores them.
 */
final class Watcher implements Closeable {
  private final List<Path> roots;
  private final Duration quiet;
  private final Duration longest;
  private final Consumer<Set<Path>> onChange;
  private final WatchService service;
  private final Map<WatchKey, Path> dirs = new HashMap<>();
  private final Thread thread;

  /**
   * @param roots absolute folders to watch, with everything below them
   * @param onChange called on the watcher's thread with each batch of changed paths (files or folders)
   */
  Watcher(List<Path> roots, Duration quiet, Duration longest, Consumer<Set<Path>> onChange) throws IOException {
    this.roots = List.copyOf(roots);
    this.quiet = quiet;
    this.longest = longest;
    this.onChange = onChange;
    this.service = FileSystems.getDefault().newWatchService();
    for (Path root : this.roots) {
      if (!Files.isDirectory(root)) throw new IOException("cannot watch " + root + ": not a folder");
      register(root, new LinkedHashSet<>());
    }
    this.thread = new Thread(this::run, "versus-watch");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  @Override
  public void close() throws IOException {
    service.close();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    try {
      while (true) {
        Set<Path> batch = new LinkedHashSet<>();
        collect(service.take(), batch);
        long deadline = System.nanoTime() + longest.toNanos();
        WatchKey next;
        while (System.nanoTime() < deadline && (next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          collect(next, batch);
        }
        if (!batch.isEmpty()) onChange.accept(batch);
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed: the server is stopping
    }
  }

  private void collect(WatchKey key, Set<Path> batch) {
    Path dir = dirs.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        // events were lost: say that everything may have changed
        batch.addAll(roots);
        continue;
      }
      if (dir == null) continue;
      Path child = dir.resolve((Path) event.context());
      if (hidden(child)) continue;
      batch.add(child);
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
        // a new folder (or one moved in): watch it, and report what it already holds
        register(child, batch);
      }
    }
    if (!key.reset()) dirs.remove(key);
  }

  /**
   * Watches {@code dir} and everything below it. Each folder is watched before it is listed, so a
   * child created meanwhile is either listed or reported by the watch: never lost in between.
   */
  private void register(Path dir, Set<Path> found) {
    try {
      dirs.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
          StandardWatchEventKinds.ENTRY_MODIFY), dir);
      try (java.nio.file.DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
        for (Path child : children) {
          if (hidden(child)) continue;
          if (Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) register(child, found);
          else found.add(child);
        }
      }
    } catch (IOException | UncheckedIOException | ClosedWatchServiceException e) {
      // the folder vanished while being walked, or the watcher is closing: nothing to watch there
    }
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

package dev.versus.site;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Small file-tree helpers the write stage's classes share: relative paths, emptiness, empty folders. */
final class Trees {
  private Trees() {}

  /** {@code p} relative to {@code root}, with {@code /} as separator whatever the system's. */
  static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /** Whether {@code dir} holds nothing; a folder that cannot be listed counts as not empty. */
  static boolean isEmpty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Deletes the empty folders under {@code root}, deepest first, and {@code root} itself if asked and empty; a link to a
   * folder is not one (deleting it lost the user's link, whatever the folder it leads to holds).
   */
  static void deleteEmptyDirs(Path root, boolean andRoot) throws IOException {
    List<Path> dirs;
    try (Stream<Path> s = Files.walk(root)) {
      dirs = s.filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)).filter(d -> andRoot || !d.equals(root))
          .sorted(Comparator.reverseOrder()).toList();
    }
    for (Path d : dirs) {
      try {
        Files.deleteIfExists(d);
      } catch (DirectoryNotEmptyException e) {
        // holds something that is not ours: leave it
      }
    }
  }

  /** An action on one item that may fail with an I/O error. */
  interface IoAction<T> {
    void run(T item) throws IOException;
  }

  /** Runs {@code action} on every item, on every core (file work waits on the disk as much as on the CPU); the first failure is thrown. */
  static <T> void everyCore(Collection<T> items, IoAction<T> action) throws IOException {
    try {
      new ArrayList<>(items).parallelStream().forEach(item -> {
        try {
          action.run(item);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}

package dev.versus.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a guide's source folder, found in one walk that keeps the attributes it read of each: the build
 * cache knows an unchanged file by them ({@link FileStat}) without a second look, and only a symbolic link needs
 * its real path looked up ({@link LinksOut}): the walk never follows a link, so every other file it meets lies in
 * the folders below the source, inside the guide. A guide file is a regular file (or a link to one) that is not
 * hidden (no path segment starts with a dot: the walk does not enter hidden folders such as {@code .git} or
 * {@code .versus-cache}) and is no editor's leftover ({@link Leftovers}).
 */
final class SourceScan {
  private SourceScan() {}

  /**
   * Every guide file below {@code dir}, relative to {@code root} and sorted, with the attributes the walk read:
   * a symbolic link's own (not its target's).
   *
   * @throws UncheckedIOException when a folder cannot be read
   */
  static SortedMap<String, BasicFileAttributes> of(Path root, Path dir) {
    SortedMap<String, BasicFileAttributes> found = new TreeMap<>();
    try {
      // a source folder that is a link (--source guide, guide -> ~/guides/django-flask) is walked as the folder it leads
      // to, its files named below the link: the walk follows no link it meets, but the top is the folder the user named
      Path start = dir.equals(root) && Files.isSymbolicLink(dir) && Files.isDirectory(dir) ? dir.toRealPath() : dir;
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          // nothing below a hidden folder is part of the guide (isGuideFile): not walked at all
          return !d.equals(start) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
          String rel = ContentLoader.rel(start == dir ? root : start, file);
          if (regular && isGuideFile(rel, file)) found.put(rel, attrs);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          throw e;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** The files of {@code found} that are symbolic links: the only ones that may lead out of the guide. */
  static List<String> links(Map<String, BasicFileAttributes> found) {
    return found.entrySet().stream().filter(e -> e.getValue().isSymbolicLink()).map(Map.Entry::getKey).toList();
  }

  /** The relative paths of {@code found}, sorted, unmodifiable. */
  static java.util.Set<String> paths(SortedMap<String, BasicFileAttributes> found) {
    return Collections.unmodifiableSortedSet(new java.util.TreeSet<>(found.keySet()));
  }

  /** Whether relative path {@code rel} (of {@code file}) names a guide file: not hidden, no leftover. */
  static boolean isGuideFile(String rel, Path file) {
    return !rel.startsWith(".") && !rel.contains("/.") && !Leftovers.is(file.getFileName().toString());
  }

  private static boolean hidden(Path d) {
    Path name = d.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}

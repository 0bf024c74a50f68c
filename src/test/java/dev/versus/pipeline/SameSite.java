package dev.versus.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.site.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Holds one built site to another, byte for byte: the same files with the same bytes, and the same folders (no stray one). */
final class SameSite {
  private SameSite() {}

  /** Every file of {@code actual} equals {@code expected}'s, and neither has a file or folder the other lacks; manifests aside (each names its build). */
  static void assertSameTree(Path expected, Path actual, String what) {
    Map<String, byte[]> want = tree(expected);
    want.remove(SiteWriter.MANIFEST);
    Map<String, byte[]> got = tree(actual);
    got.remove(SiteWriter.MANIFEST);
    assertTreeEquals(want, got, what);
    assertEquals(folders(expected), folders(actual), what + ": the same folders");
  }

  static void assertTreeEquals(Map<String, byte[]> want, Map<String, byte[]> got, String what) {
    assertEquals(want.keySet(), got.keySet(), what + ": the same files");
    want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), what + ": " + path));
  }

  /** Every regular file below {@code root}, by path relative to it (with {@code /}), with its bytes. */
  static Map<String, byte[]> tree(Path root) {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) out.put(rel(root, p), Files.readAllBytes(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Set<String> folders(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return new TreeSet<>(s.filter(Files::isDirectory).map(p -> rel(root, p)).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}

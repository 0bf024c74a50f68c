package dev.versus.pipeline;

import dev.versus.content.Hash128;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of the code a build runs, for the build cache's key when the jar's stamp does not name one code: a jar
 * built from uncommitted changes says {@code <commit>-dirty} whatever the changes, and one built without git says
 * {@code unknown}, so two different Versus builds would read each other's cache (pages kept as older code rendered
 * them). A jar is digested by its entries' names, sizes and CRC-32s, read from its central directory (no entry
 * is inflated: a few milliseconds for the 16 MB shaded jar); a folder of classes (tests, an IDE) by every file's
 * name and bytes.
 */
final class CodeDigest {
  private CodeDigest() {}

  /** Whether {@code commit} (the stamp's) names one code: a clean commit does, a dirty or unknown one does not. */
  static boolean named(String commit) {
    return !commit.equals("unknown") && !commit.endsWith("-dirty");
  }

  /** The digest (hex) of the jar or class folder at {@code location}; empty when it cannot be read. */
  static Optional<String> of(Path location) {
    try {
      byte[] listing = Files.isDirectory(location) ? folder(location) : jar(location);
      return Optional.of(HexFormat.of().formatHex(Hash128.of(listing)));
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The code source of Versus's own classes, as a path; empty when it is not a file (a custom class loader). */
  static Optional<Path> location() {
    try {
      java.security.CodeSource source = CodeDigest.class.getProtectionDomain().getCodeSource();
      return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static byte[] jar(Path jar) throws IOException {
    StringBuilder listing = new StringBuilder();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<? extends ZipEntry> entries = Collections.list(zip.entries());
      entries.sort(java.util.Comparator.comparing(ZipEntry::getName));
      for (ZipEntry e : entries) listing.append(e.getName()).append('\0').append(e.getSize()).append('\0').append(e.getCrc()).append('\n');
    }
    return listing.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] folder(Path root) throws IOException {
    StringBuilder listing = new StringBuilder();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        listing.append(root.relativize(p)).append('\0').append(HexFormat.of().formatHex(Hash128.of(Files.readAllBytes(p)))).append('\n');
      }
    }
    return listing.toString().getBytes(StandardCharsets.UTF_8);
  }
}

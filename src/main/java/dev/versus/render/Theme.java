package dev.versus.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where templates and theme files come from, first match wins: the guide's own
 * {@code templates/}, then {@code --theme DIR}, then the built-in theme (the repo's
 * {@code theme/} when run from the repo, so it can be watched; else the copy in the jar).
 */
public record Theme(List<Path> roots) {
  /** Set by the launcher script to the repo root; tests pass it as a system property. */
  public static final String HOME_ENV = "VERSUS_HOME";
  public static final String HOME_PROPERTY = "versus.repo";

  /** The lookup chain for a guide at {@code source} with an optional extra theme. */
  public static Theme locate(Path source, Optional<Path> themeDir) {
    List<Path> roots = new ArrayList<>();
    // a guide's overrides: source/templates/x.peb overrides templates/x.peb of the theme
    roots.add(source);
    themeDir.ifPresent(roots::add);
    roots.add(builtIn());
    return new Theme(List.copyOf(roots));
  }

  /** The built-in theme folder, on disk or inside the jar. */
  public static Path builtIn() {
    for (String home : new String[] {System.getProperty(HOME_PROPERTY), System.getenv(HOME_ENV)}) {
      if (home != null && Files.isDirectory(Path.of(home, "theme", "templates"))) return Path.of(home, "theme");
    }
    URL url = Theme.class.getResource("/versus-theme/theme.yaml");
    if (url == null) throw new IllegalStateException("the built-in theme is missing from the classpath");
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath("/versus-theme");
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the built-in theme: " + e.getMessage(), e);
    }
  }

  /** The first existing {@code templates/<name>} along the chain. */
  public Optional<Path> template(String name) {
    return roots.stream().map(r -> r.resolve("templates").resolve(name)).filter(Files::isRegularFile).findFirst();
  }

  /**
   * Theme static files as URL path -> file, earlier roots overriding later ones. The guide's own
   * {@code static/} is content, published by the build, not part of the theme.
   */
  public Map<String, Path> staticFiles() {
    Map<String, Path> out = new java.util.TreeMap<>();
    for (int i = roots.size() - 1; i >= 1; i--) {
      Path dir = roots.get(i).resolve("static");
      if (!Files.isDirectory(dir)) continue;
      try (var s = Files.walk(dir)) {
        s.filter(p -> Files.isRegularFile(p) && !dev.versus.content.Leftovers.is(p.getFileName().toString()))
            .forEach(p -> out.put("/" + dir.relativize(p).toString().replace('\\', '/'), p));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}

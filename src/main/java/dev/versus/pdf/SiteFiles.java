package dev.versus.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import dev.versus.web.Output;
import dev.versus.web.Routes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the stylesheet and images the print view refers to from the build's outputs, before
 * anything is written (then from the theme's static files, for a caller without outputs), so the
 * PDF never reads the network or stray files: a URL outside the site yields nothing and is reported.
 */
final class SiteFiles implements FSStreamFactory {
  private final URI base;
  private final Map<String, Output> byPath = new HashMap<>();
  private final Map<String, java.nio.file.Path> themeFiles;
  private final List<String> missing = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** {@code themeFiles}: URL path ("/css/print.css") to file, as {@code Theme.staticFiles()} lists them. */
  SiteFiles(String baseUrl, List<Output> outputs, Map<String, java.nio.file.Path> themeFiles) {
    this.base = URI.create(baseUrl);
    this.themeFiles = themeFiles;
    for (Output o : outputs) byPath.put(o.path(), o);
  }

  /** URLs the document asked for that are not files of the site, each once, in request order. */
  List<String> missing() {
    return missing.stream().distinct().toList();
  }

  /** The site file a URL names: same scheme and host as the base URL, and a path below it. */
  Optional<Output> find(String url) {
    URI u;
    try {
      u = URI.create(url);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String path = u.getPath();
    if (path == null || u.getScheme() == null || !u.getScheme().equalsIgnoreCase(base.getScheme())
        || !java.util.Objects.equals(u.getHost(), base.getHost()) || !path.startsWith(base.getPath())) {
      return Optional.empty();
    }
    String below = path.substring(base.getPath().length());
    String rel = Routes.file(below);
    Output built = byPath.get(rel);
    if (built != null) return Optional.of(built);
    return Optional.ofNullable(themeFiles.get("/" + rel)).map(f -> Output.copy(rel, f));
  }

  @Override
  public FSStream getUrl(String url) {
    Optional<Output> file = find(url);
    if (file.isEmpty()) missing.add(url);
    return new FSStream() {
      @Override
      public InputStream getStream() {
        return file.map(SiteFiles::open).orElse(null);
      }

      @Override
      public Reader getReader() {
        return file.map(o -> (Reader) new InputStreamReader(open(o), StandardCharsets.UTF_8)).orElse(null);
      }
    };
  }

  private static InputStream open(Output o) {
    if (o.bytes() != null) return new ByteArrayInputStream(o.bytes());
    try {
      return Files.newInputStream(o.copyOf());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

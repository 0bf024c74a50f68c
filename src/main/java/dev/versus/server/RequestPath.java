package dev.versus.server;

import dev.versus.content.UrlPath;
import dev.versus.web.Routes;
import java.util.Optional;

/**
 * Maps a request's raw URL path to a file below the site root, refusing anything that could
 * leave it: {@code .} and {@code ..} segments (also percent-encoded), backslashes, empty segments
 * ({@code //etc}), drive letters and NUL bytes. A folder maps to its {@code index.html}.
 * Pure: the server only looks the result up among the files it built.
 */
final class RequestPath {
  private RequestPath() {}

  /** The file below the site root for {@code rawPath}, or empty when the path is not acceptable. */
  static Optional<String> resolve(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
    Optional<String> decoded = decode(rawPath);
    if (decoded.isEmpty()) return Optional.empty();
    String path = decoded.get().substring(1);
    if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.indexOf(':') >= 0) return Optional.empty();
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      boolean last = i == segments.length - 1;
      if (s.equals(".") || s.equals("..") || (s.isEmpty() && !last)) return Optional.empty();
    }
    return Optional.of(Routes.file(path));
  }

  /** Strict percent-decoding as UTF-8 ({@code +} stays a plus in a path); empty when malformed. */
  private static Optional<String> decode(String raw) {
    return UrlPath.decode(raw);
  }
}

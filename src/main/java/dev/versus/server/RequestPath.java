package dev.versus.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    return Optional.of(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
  }

  /** Strict percent-decoding as UTF-8 ({@code +} stays a plus in a path); empty when malformed. */
  private static Optional<String> decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) return Optional.empty();
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) return Optional.empty();
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}

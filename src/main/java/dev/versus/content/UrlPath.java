package dev.versus.content;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-coding of URL paths as RFC 3986 defines it (section 2.1 and the {@code pchar} rule of
 * section 3.3), not HTML forms' {@code application/x-www-form-urlencoded}: a {@code +} is a plus, never
 * a space. Links authors write are decoded exactly once to find the file; URLs the site publishes are
 * encoded, so a file named {@code my photo.png} is published as {@code my%20photo.png}.
 */
public final class UrlPath {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlPath() {}

  /** {@code raw} with every {@code %XX} decoded as UTF-8; empty when a {@code %} is not followed by two hex digits or the bytes are not UTF-8. */
  public static Optional<String> decode(String raw) {
    if (raw.indexOf('%') < 0) return Optional.of(raw);
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
      } else {
        // a whole code point: a character outside the BMP is two chars, and one half alone has no UTF-8
        int end = Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1)) ? i + 2 : i + 1;
        byte[] b = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        i = end - 1;
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code path} (decoded, as a file name is) with every character outside RFC 3986's {@code pchar}
   * and {@code /} percent-encoded as UTF-8: spaces, {@code %}, {@code #}, {@code ?}, quotes and non-ASCII.
   */
  public static String encode(String path) {
    StringBuilder out = null;
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (allowed(b)) {
        if (out != null) out.append((char) b);
      } else {
        if (out == null) out = new StringBuilder(path.length() + 8).append(new String(bytes, 0, i, StandardCharsets.UTF_8));
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
      }
    }
    return out == null ? path : out.toString();
  }

  /** unreserved, sub-delims, ":", "@" and "/" (RFC 3986 section 3.3). */
  private static boolean allowed(int b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || "-._~!$&'()*+,;=:@/".indexOf(b) >= 0;
  }
}

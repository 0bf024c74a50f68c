package dev.versus.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Safe HTML held as the UTF-8 bytes it was written as: a print view section read back from the build cache, in
 * the array its shard file was read into (nothing copied, nothing decoded). {@link Utf8Buffer} copies the bytes
 * straight into the page, so a reused section costs neither decoding on reading nor encoding on rendering (at
 * 4,000 articles, 32 MB of each); any other reader gets the text, decoded once when first asked. The bytes are
 * those of {@code String.getBytes(UTF_8)} of the text ({@link dev.versus.content.CacheFile#writeString} wrote
 * them), so both ways give the same page. The array is shared, never written.
 */
final class Utf8Html extends SafeString {
  private final byte[] bytes;
  private final int offset;
  private final int length;
  /** The text, decoded on first use (a benign race: every thread decodes the same text). */
  private String text;

  Utf8Html(byte[] bytes, int offset, int length) {
    super("");
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
  }

  /** Appends the bytes to {@code out}, as {@link dev.versus.content.CacheFile#writeString} would the text. */
  void writeString(DataOutputStream out) throws IOException {
    out.writeInt(length);
    out.write(bytes, offset, length);
  }

  /** Copies the bytes into {@code target} at {@code at}, which must have room for {@link #length()} more. */
  void copyTo(byte[] target, int at) {
    System.arraycopy(bytes, offset, target, at, length);
  }

  /** How many bytes the HTML has. */
  int length() {
    return length;
  }

  @Override
  public String toString() {
    String s = text;
    if (s == null) text = s = new String(bytes, offset, length, StandardCharsets.UTF_8);
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SafeString other && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}

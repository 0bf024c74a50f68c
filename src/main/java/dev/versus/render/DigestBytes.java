package dev.versus.render;

import java.io.ByteArrayOutputStream;

/**
 * A {@link ByteArrayOutputStream} without its locks: each digest writes into buffers of its own (and
 * {@link InputDigest#of} is synchronized), so a lock per byte written was only cost (a JFR profile of the digest stage).
 */
final class DigestBytes extends ByteArrayOutputStream {
  @Override
  public void write(int b) {
    if (count == buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(32, buf.length * 2));
    buf[count++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    if (count + len > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(count + len, buf.length * 2));
    System.arraycopy(b, off, buf, count, len);
    count += len;
  }

  @Override
  public void writeBytes(byte[] b) {
    // the whole array: no bounds to check (a check per leaf showed in a JFR profile of the digest stage)
    if (count + b.length > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(count + b.length, buf.length * 2));
    System.arraycopy(b, 0, buf, count, b.length);
    count += b.length;
  }

  @Override
  public byte[] toByteArray() {
    return java.util.Arrays.copyOf(buf, count);
  }

  /**
   * Begins an item written after its length (four bytes, big-endian, as {@code InputDigest} sizes an item): room for
   * the length is left, and {@link #endSized} fills it once the item is written. Returns where the length goes. The
   * bytes are those of writing the item into a buffer of its own and then its length and that buffer's bytes, without
   * the buffer and its copy (most of the digest stage's allocation: JFR, a repeat build of 4,000 articles).
   */
  int startSized() {
    if (count + 4 > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(count + 4, buf.length * 2));
    count += 4;
    return count - 4;
  }

  /** Writes at {@code at} ({@link #startSized}'s answer) the length of what was written after it. */
  void endSized(int at) {
    int n = count - at - 4;
    buf[at] = (byte) (n >>> 24);
    buf[at + 1] = (byte) (n >>> 16);
    buf[at + 2] = (byte) (n >>> 8);
    buf[at + 3] = (byte) n;
  }

  /** The {@link Hash128} of the bytes written: the same as {@code Hash128.of(toByteArray())}, without the copy. */
  byte[] hash() {
    return dev.versus.content.Hash128.of(buf, count);
  }

  /** {@code bytes} after their length (four bytes, big-endian). */
  void sized(byte[] bytes) {
    int at = startSized();
    writeBytes(bytes);
    endSized(at);
  }

  /** {@code s} as its UTF-8 length (four bytes, big-endian) and bytes. */
  static byte[] encoded(String s) {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = new byte[b.length + 4];
    int n = b.length;
    out[0] = (byte) (n >>> 24);
    out[1] = (byte) (n >>> 16);
    out[2] = (byte) (n >>> 8);
    out[3] = (byte) n;
    System.arraycopy(b, 0, out, 4, n);
    return out;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}

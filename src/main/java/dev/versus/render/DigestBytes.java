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
}

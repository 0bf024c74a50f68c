package dev.versus.content;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the values a {@link java.io.DataOutputStream} wrote (big-endian numbers, and strings as
 * {@link CacheFile#writeString} writes them) straight from a part of a byte array: no stream in between (a
 * {@code DataInputStream} over a {@code ByteArrayInputStream} takes a lock per value) and no copy of a string's
 * bytes before it is decoded. Not thread-safe: one reader per thread. Reading past the part throws
 * {@link EOFException}.
 */
public final class ByteReader {
  private final byte[] bytes;
  private int at;
  private final int end;

  /** Reads {@code length} bytes of {@code bytes} from {@code offset}. */
  public ByteReader(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || offset + length > bytes.length) throw new IndexOutOfBoundsException(offset + "+" + length);
    this.bytes = bytes;
    this.at = offset;
    this.end = offset + length;
  }

  /** How many bytes are left. */
  public int available() {
    return end - at;
  }

  private void need(int n) throws EOFException {
    if (n > end - at) throw new EOFException(n + " bytes wanted, " + (end - at) + " left");
  }

  public int readInt() throws IOException {
    need(4);
    int v = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | (bytes[at + 3] & 0xff);
    at += 4;
    return v;
  }

  public long readLong() throws IOException {
    return (long) readInt() << 32 | (readInt() & 0xffffffffL);
  }

  public byte readByte() throws IOException {
    need(1);
    return bytes[at++];
  }

  public boolean readBoolean() throws IOException {
    return readByte() != 0;
  }

  /** The next {@code n} bytes, copied. */
  public byte[] readBytes(int n) throws IOException {
    if (n < 0) throw new EOFException("negative length " + n);
    need(n);
    byte[] out = java.util.Arrays.copyOfRange(bytes, at, at + n);
    at += n;
    return out;
  }

  /** The next {@code n} bytes as a {@link Slice} of the same array (nothing copied). */
  public Slice slice(int n) throws IOException {
    if (n < 0) throw new EOFException("negative length " + n);
    need(n);
    Slice slice = new Slice(bytes, at, n);
    at += n;
    return slice;
  }

  /**
   * A part of a byte array, kept without a copy (a document of the build cache, in the array its shard file was
   * read into). The array is shared, never written.
   */
  public record Slice(byte[] bytes, int offset, int length) {
    /** The slice of the whole of {@code bytes}. */
    public static Slice of(byte[] bytes) {
      return new Slice(bytes, 0, bytes.length);
    }

    /** A new reader of this slice, from its start. */
    public ByteReader reader() {
      return new ByteReader(bytes, offset, length);
    }

    /** A copy of this slice's bytes. */
    public byte[] copy() {
      return java.util.Arrays.copyOfRange(bytes, offset, offset + length);
    }

    /** Writes this slice's bytes to {@code out}. */
    public void writeTo(java.io.DataOutputStream out) throws IOException {
      out.write(bytes, offset, length);
    }
  }

  /** The UTF-8 bytes of a string {@link CacheFile#writeString} wrote (not null), as a slice of the same array: not decoded. */
  public Slice stringSlice() throws IOException {
    int n = readInt();
    if (n < 0) throw new EOFException("string of " + n + " bytes");
    return slice(n);
  }

  /** A string or null, as {@link CacheFile#writeString} wrote it. */
  public String readString() throws IOException {
    int n = readInt();
    if (n == -1) return null;
    if (n < 0) throw new EOFException("string of " + n + " bytes");
    need(n);
    String s = new String(bytes, at, n, StandardCharsets.UTF_8);
    at += n;
    return s;
  }

}

package dev.versus.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.utils.StringUtils;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes what a template writes straight into UTF-8 bytes: the same bytes as
 * {@code String.getBytes(UTF_8)} of everything written (a lone surrogate becomes {@code ?}), without the
 * {@code StringWriter}, its {@code String} and the bytes made from it all held at once. The print view of a
 * 16,000-article guide is one page of some 130 MB: as UTF-16 text in a doubling buffer, then a copy, then
 * the bytes, it was the build's peak of memory. A template's printed value reaches it whole (Pebble hands a
 * {@link SpecializedWriter} the object): a {@link Utf8Html} is copied as the bytes it is, and a long text is
 * encoded by the JDK at once rather than a char at a time (the print view's 33 MB at 4,000 articles cost some
 * 300 ms under C1 char by char, JFR).
 */
final class Utf8Buffer extends Writer implements SpecializedWriter {
  /** Texts at least this long are encoded by {@code String.getBytes}: a shorter one costs more to copy out than to loop. */
  private static final int BULK = 64;

  /** The largest chunk: a long page grows by chunks of this size, never copied until {@link #toByteArray}. */
  private static final int CHUNK_MAX = 1 << 20;

  /**
   * The chunks filled so far, in order: a page outgrowing {@link #bytes} starts a new chunk instead of copying
   * into one twice the size. The print view of 4,000 articles (33 MB) went through arrays of 1 to 64 MB, each
   * too large for the young generation: some 130 MB put straight into the old one, which a repeat build then
   * collected in full (docs/performance.md, round 7).
   */
  private final java.util.List<Chunk> full = new java.util.ArrayList<>();
  /** A filled chunk: its first {@code length} bytes are the page's. */
  private record Chunk(byte[] bytes, int length) {}

  /** The bytes of the chunks in {@link #full}. */
  private long fullSize;
  private byte[] bytes = new byte[8192];
  private int size;
  /** A high surrogate written last, waiting for the low one that may come with the next write. */
  private char pending;

  @Override
  public void write(char[] chars, int off, int len) {
    for (int i = off; i < off + len; i++) put(chars[i]);
  }

  @Override
  public void write(String s, int off, int len) {
    int end = off + len;
    // a surrogate waiting for its pair, or a text ending in half of one: those chars go one by one
    while (pending != 0 && off < end) put(s.charAt(off++));
    if (end - off >= BULK) {
      int last = Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
      byte[] b = (off == 0 && last == s.length() ? s : s.substring(off, last)).getBytes(StandardCharsets.UTF_8);
      room(b.length);
      System.arraycopy(b, 0, bytes, size, b.length);
      size += b.length;
      off = last;
    }
    for (int i = off; i < end; i++) put(s.charAt(i));
  }

  /** A value a template prints: {@link Utf8Html}'s bytes as they are, anything else as Pebble would write its text. */
  @Override
  public void write(Object o) {
    if (o instanceof Utf8Html html && pending == 0) {
      room(html.length());
      html.copyTo(bytes, size);
      size += html.length();
    } else {
      writeSpecialized(StringUtils.toString(o));
    }
  }

  @Override
  public void writeSpecialized(String s) {
    write(s, 0, s.length());
  }

  @Override
  public void writeSpecialized(int i) {
    writeSpecialized(String.valueOf(i));
  }

  @Override
  public void writeSpecialized(long l) {
    writeSpecialized(String.valueOf(l));
  }

  @Override
  public void writeSpecialized(double d) {
    writeSpecialized(String.valueOf(d));
  }

  @Override
  public void writeSpecialized(float f) {
    writeSpecialized(String.valueOf(f));
  }

  @Override
  public void writeSpecialized(short s) {
    writeSpecialized(String.valueOf(s));
  }

  @Override
  public void writeSpecialized(byte b) {
    writeSpecialized(String.valueOf(b));
  }

  @Override
  public void writeSpecialized(char c) {
    put(c);
  }

  @Override
  public void write(int c) {
    put((char) c);
  }

  private void put(char c) {
    if (pending != 0) {
      char high = pending;
      pending = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        room(4);
        bytes[size++] = (byte) (0xF0 | cp >> 18);
        bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
        bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[size++] = (byte) (0x80 | cp & 0x3F);
        return;
      }
      room(1);
      bytes[size++] = '?';
    }
    if (c < 0x80) {
      room(1);
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      room(2);
      bytes[size++] = (byte) (0xC0 | c >> 6);
      bytes[size++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c)) {
      pending = c;
    } else if (Character.isLowSurrogate(c)) {
      room(1);
      bytes[size++] = '?';
    } else {
      room(3);
      bytes[size++] = (byte) (0xE0 | c >> 12);
      bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
      bytes[size++] = (byte) (0x80 | c & 0x3F);
    }
  }

  /** Makes room for {@code more} bytes in {@link #bytes} after {@link #size}: a new chunk when the current one is full. */
  private void room(int more) {
    if (size + more <= bytes.length) return;
    if (bytes.length < CHUNK_MAX) {
      // a small page doubles its one array, as before: most pages stay far below a chunk
      bytes = Arrays.copyOf(bytes, Math.max(size + more, Math.min(CHUNK_MAX, bytes.length * 2)));
      if (size + more <= bytes.length) return;
    }
    full.add(new Chunk(bytes, size));
    fullSize += size;
    bytes = new byte[Math.max(more, CHUNK_MAX)];
    size = 0;
  }

  /** The bytes of everything written; a high surrogate left at the end counts as a lone one. */
  byte[] toByteArray() {
    if (pending != 0) {
      pending = 0;
      room(1);
      bytes[size++] = '?';
    }
    if (full.isEmpty()) return Arrays.copyOf(bytes, size);
    long total = fullSize + size;
    if (total > Integer.MAX_VALUE - 8) throw new OutOfMemoryError("a page of " + total + " bytes");
    byte[] out = new byte[(int) total];
    int at = 0;
    for (Chunk chunk : full) {
      System.arraycopy(chunk.bytes(), 0, out, at, chunk.length());
      at += chunk.length();
    }
    System.arraycopy(bytes, 0, out, at, size);
    return out;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}

package dev.versus.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes what a template writes straight into UTF-8 bytes: the same bytes as
 * {@code String.getBytes(UTF_8)} of everything written (a lone surrogate becomes {@code ?}), without the
 * {@code StringWriter}, its {@code String} and the bytes made from it all held at once. The print view of a
 * 16,000-article guide is one page of some 130 MB: as UTF-16 text in a doubling buffer, then a copy, then
 * the bytes, it was the build's peak of memory.
 */
final class Utf8Buffer extends Writer {
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
    for (int i = off; i < off + len; i++) put(s.charAt(i));
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

  private void room(int more) {
    if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
  }

  /** The bytes of everything written; a high surrogate left at the end counts as a lone one. */
  byte[] toByteArray() {
    if (pending != 0) {
      pending = 0;
      room(1);
      bytes[size++] = '?';
    }
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}

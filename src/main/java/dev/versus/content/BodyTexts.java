package dev.versus.content;

import java.nio.charset.StandardCharsets;

/**
 * The three texts of a {@link Body}: its HTML as published ({@code html}), as written ({@code written}) and its text
 * ({@code text}). Either the strings, or, for a body read back from the build cache ({@link DocumentCodec}), the UTF-8
 * bytes of each in its shard's array ({@link CacheFile#writeString} wrote them), decoded on each use and never kept: a
 * repeat build keeps nearly every page and reads few bodies' HTML, and decoding every one at load put some 50 MB of
 * strings into the old generation at 4,000 articles, which the build then collected in full (docs/performance.md,
 * round 7). The search index reads each text once; a page, a body's HTML once or twice.
 */
abstract sealed class BodyTexts {
  abstract String html();

  abstract String written();

  abstract String text();

  /** {@code text().length()}, counted without decoding a text read back from the cache ({@link Utf8Chars}). */
  abstract int textLength();

  /** The three strings, as parsed. */
  static BodyTexts of(String html, String written, String text) {
    return new Strings(html, written, text);
  }

  /** The three texts as the UTF-8 bytes of {@code html}, {@code written} (the same slice when equal) and {@code text}. */
  static BodyTexts of(ByteReader.Slice html, ByteReader.Slice written, ByteReader.Slice text) {
    return new Encoded(html, written, text);
  }

  private static final class Strings extends BodyTexts {
    private final String html;
    private final String written;
    private final String text;

    Strings(String html, String written, String text) {
      this.html = html;
      this.written = written;
      this.text = text;
    }

    @Override
    String html() {
      return html;
    }

    @Override
    String written() {
      return written;
    }

    @Override
    String text() {
      return text;
    }

    @Override
    int textLength() {
      return text.length();
    }
  }

  private static final class Encoded extends BodyTexts {
    private final ByteReader.Slice html;
    private final ByteReader.Slice written;
    private final ByteReader.Slice text;

    Encoded(ByteReader.Slice html, ByteReader.Slice written, ByteReader.Slice text) {
      this.html = html;
      this.written = written;
      this.text = text;
    }

    @Override
    String html() {
      return decode(html);
    }

    @Override
    String written() {
      // one string when both are one (most bodies): equal texts, as the parse gave them
      return written == html ? html() : decode(written);
    }

    @Override
    String text() {
      return decode(text);
    }

    @Override
    int textLength() {
      return Utf8Chars.count(text.bytes(), text.offset(), text.offset() + text.length());
    }

    private static String decode(ByteReader.Slice s) {
      return new String(s.bytes(), s.offset(), s.length(), StandardCharsets.UTF_8);
    }
  }
}

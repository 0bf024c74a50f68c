package dev.versus.server;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a GET request's {@code Range} header, per RFC 9110 section 14: {@code bytes=first-last},
 * {@code bytes=first-} or the suffix {@code bytes=-length}, against a representation of {@code length} bytes.
 * Video and PDF viewers seek with it (the kind of fault of vercel/serve#447). A header this class does not
 * read (another unit, several ranges, bad syntax) is ignored and the whole file is sent, which section 14.2
 * allows; a range that starts at or past the end, or a suffix of 0 bytes, is unsatisfiable (416).
 */
record ByteRange(long first, long last) {
  private static final Pattern ONE = Pattern.compile("bytes=[ \\t]*(\\d*)-(\\d*)[ \\t]*", Pattern.CASE_INSENSITIVE);

  /** What a Range header asks of a representation. */
  sealed interface Asked {}

  /** Send the whole representation with 200: no header, or one this server ignores. */
  record Whole() implements Asked {}

  /** Send this part with 206 Partial Content. */
  record Part(ByteRange range) implements Asked {}

  /** Answer 416 Range Not Satisfiable with {@code Content-Range: bytes *}{@code /length}. */
  record Unsatisfiable() implements Asked {}

  /** The bytes in the range: {@code last - first + 1}. */
  long size() {
    return last - first + 1;
  }

  /** The {@code Content-Range} value of this part of {@code length} bytes: {@code bytes 0-99/1000}. */
  String contentRange(long length) {
    return "bytes " + first + "-" + last + "/" + length;
  }

  /** What {@code header} (null when absent) asks of {@code length} bytes. */
  static Asked of(String header, long length) {
    if (header == null) return new Whole();
    Matcher m = ONE.matcher(header.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) return new Whole();
    Optional<Long> first = number(m.group(1));
    Optional<Long> last = number(m.group(2));
    if (first.isEmpty()) {
      // a suffix: the last N bytes, all of them when N is more than the length
      long suffix = last.get();
      if (suffix == 0 || length == 0) return new Unsatisfiable();
      return new Part(new ByteRange(Math.max(0, length - suffix), length - 1));
    }
    if (last.isPresent() && last.get() < first.get()) return new Whole(); // invalid syntax: ignored (14.1.1)
    if (first.get() >= length) return new Unsatisfiable();
    long end = last.map(l -> Math.min(l, length - 1)).orElse(length - 1);
    return new Part(new ByteRange(first.get(), end));
  }

  /** The digits as a number; more digits than a long holds count as {@link Long#MAX_VALUE}, past the end of any file. */
  private static Optional<Long> number(String digits) {
    if (digits.isEmpty()) return Optional.empty();
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Optional.of(Long.MAX_VALUE);
    }
  }
}

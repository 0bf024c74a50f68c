package dev.versus.content;

/**
 * {@link ActiveHtml#SUSPECT}'s question, whether that pattern finds anything in a text, answered in one pass
 * without a regex. The render stage asks it of every body it shows, up to three times per article (its page,
 * the feed, the print view); the case-insensitive alternation tried every branch at every character and was a
 * fifth of a build's CPU time on long articles. The answer is the pattern's, exactly: ASCII letters match in
 * either case (CASE_INSENSITIVE without UNICODE_CASE), {@code \s} is {@code [ \t\n\x0B\f\r]}; a test compares
 * the two on random texts. It reads a {@code String}, not any {@code CharSequence}: a build runs it cold under C1, which
 * does not inline an interface's {@code charAt} (one call per character) but does inline {@code String}'s; the 1,000
 * bodies of the outside benchmark's guide took half the time (about 190 ms against 400 for three passes, C1 only).
 */
public final class Suspect {
  private static final String[] TAGS = {"script", "iframe", "frame", "object", "embed", "applet", "base", "meta", "link"};

  private Suspect() {}

  /** Whether {@code ActiveHtml.SUSPECT.matcher(text).find()} would be true. */
  public static boolean in(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '<' && tagAfter(text, i + 1)
          || c == ':' && (endsWith(text, skipSpaceBack(text, i), "script") || endsWith(text, skipSpaceBack(text, i), "data"))
          || c == '=' && handlerBefore(text, i)) {
        return true;
      }
    }
    return false;
  }

  /** {@code \s*(script|iframe|...)} from {@code from}. */
  private static boolean tagAfter(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) i++;
    for (String tag : TAGS) {
      if (startsWith(text, i, tag)) return true;
    }
    return false;
  }

  /**
   * {@code \son[a-z]+\s*} ending right before {@code equals}: the letters before the spaces are one run that
   * starts with {@code on}, has a letter more, and follows a space.
   */
  private static boolean handlerBefore(String text, int equals) {
    int end = skipSpaceBack(text, equals);
    int start = end;
    while (start > 0 && isLetter(text.charAt(start - 1))) start--;
    return end - start >= 3 && start > 0 && isSpace(text.charAt(start - 1)) && startsWith(text, start, "on");
  }

  private static int skipSpaceBack(String text, int end) {
    int i = end;
    while (i > 0 && isSpace(text.charAt(i - 1))) i--;
    return i;
  }

  /** Whether {@code word} (lowercase ASCII letters) ends at {@code end}, in either case. */
  private static boolean endsWith(String text, int end, String word) {
    return end >= word.length() && startsWith(text, end - word.length(), word);
  }

  /** Whether {@code word} (lowercase ASCII letters) starts at {@code at}, in either case. */
  private static boolean startsWith(String text, int at, String word) {
    if (at + word.length() > text.length()) return false;
    for (int j = 0; j < word.length(); j++) {
      // setting bit 5 maps exactly A-Z to a-z, and nothing else onto a lowercase letter
      if ((text.charAt(at + j) | 0x20) != word.charAt(j)) return false;
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}

package dev.versus.content;

/** A body's word count, as {@link Body} gives it. */
final class Words {
  private Words() {}

  /**
   * The number of pieces {@code text.strip().split("\s+")} gives, counted without a regex: after
   * {@code strip()} no ASCII whitespace is left at either end, so every run of it separates two words.
   */
  static int count(String text) {
    String t = text.strip();
    if (t.isEmpty()) return 0;
    int words = 1;
    boolean inSpace = false;
    for (int i = 0; i < t.length(); i++) {
      boolean space = t.charAt(i) <= ' ' && isRegexSpace(t.charAt(i)); // each of them is at most a space
      if (space && !inSpace) words++;
      inSpace = space;
    }
    return words;
  }

  /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS: {@code [ \t\n\x0B\f\r]}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}

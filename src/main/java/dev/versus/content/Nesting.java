package dev.versus.content;

/** Finds where a Markdown text nests deepest, for the message when it nests too deeply to convert. */
final class Nesting {
  private Nesting() {}

  /**
   * {@code {line, markers}}: the 0-based line of {@code markdown} that opens the most block quote
   * ({@code >}) and list ({@code -}, {@code *}, {@code +}, {@code 1.}) markers before its text, and
   * how many; {@code {0, 0}} when no line opens any.
   */
  static int[] deepestLine(String markdown) {
    int best = 0;
    int bestLine = 0;
    int line = 0;
    int i = 0;
    while (i < markdown.length()) {
      int markers = 0;
      int j = i;
      while (j < markdown.length()) {
        char c = markdown.charAt(j);
        if (c == ' ' || c == '\t') {
          j++;
        } else if (c == '>') {
          markers++;
          j++;
        } else if ((c == '-' || c == '*' || c == '+') && j + 1 < markdown.length() && markdown.charAt(j + 1) == ' ') {
          markers++;
          j += 2;
        } else {
          int k = j;
          while (k < markdown.length() && k - j < 9 && Character.isDigit(markdown.charAt(k))) k++;
          if (k > j && k + 1 < markdown.length() && (markdown.charAt(k) == '.' || markdown.charAt(k) == ')')
              && markdown.charAt(k + 1) == ' ') {
            markers++;
            j = k + 2;
          } else {
            break;
          }
        }
      }
      if (markers > best) {
        best = markers;
        bestLine = line;
      }
      int end = markdown.indexOf('\n', j);
      if (end < 0) break;
      i = end + 1;
      line++;
    }
    return new int[] {bestLine, best};
  }
}

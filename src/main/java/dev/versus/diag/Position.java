package dev.versus.diag;

/** A place in a source file: path relative to the source folder, 1-based line and column. */
public record Position(String file, int line, int column) {

  /** The start of a file, for problems that concern the file as a whole. */
  public static Position of(String file) {
    return new Position(file, 1, 1);
  }

  /**
   * How a message at {@code later} (in the same file) names this earlier place: {@code line 17}, or
   * {@code line 17, column 9} when both are on line 17 (two entries of one flow list, {@code [[a, b], [b, a]]}),
   * where the line alone would point at the very line the message is on.
   */
  public String lineFrom(Position later) {
    return later.line == line ? "line " + line + ", column " + column : "line " + line;
  }

  /**
   * The position of character {@code offset} (a UTF-16 index, 0 to {@code text.length()}) of
   * {@code text}, whose first line is line {@code firstLine} of {@code file}. Lines end at
   * {@code \n} (line endings are normalized on load); the column counts code points, as editors
   * do, so a character outside the BMP before it counts once.
   */
  public static Position at(String file, CharSequence text, int offset, int firstLine) {
    int line = firstLine;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(file, line, Character.codePointCount(text, lineStart, offset) + 1);
  }
}

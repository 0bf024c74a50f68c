package dev.versus.diag;

/** A place in a source file: path relative to the source folder, 1-based line and column. */
public record Position(String file, int line, int column) {

  /** The start of a file, for problems that concern the file as a whole. */
  public static Position of(String file) {
    return new Position(file, 1, 1);
  }
}

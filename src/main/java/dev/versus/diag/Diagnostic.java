package dev.versus.diag;

/**
 * One problem found in the sources, with the position an author needs to fix it.
 * Paths are relative to the source folder; line and column are 1-based (0 = unknown).
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message) {

  /** Formats as {@code file:line:col: error: message}, the shape editors and CI logs link. */
  public String format() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) sb.append(':').append(column);
    }
    return sb.append(": ").append(severity.label()).append(": ").append(message).toString();
  }

  @Override
  public String toString() {
    return format();
  }
}

package dev.versus.diag;

/** How bad a diagnostic is: errors fail the build, warnings fail it only under {@code --strict}. */
public enum Severity {
  ERROR, WARNING;

  /** The word printed after the position, as compilers print it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

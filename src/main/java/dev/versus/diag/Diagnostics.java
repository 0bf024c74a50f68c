package dev.versus.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every diagnostic of a build so an author sees all problems in one run.
 * Thread-safe: stages that work in parallel report into the same collector.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public synchronized void add(Diagnostic d) {
    items.add(d);
  }

  public void error(String file, int line, int column, String message) {
    add(new Diagnostic(file, line, column, Severity.ERROR, message));
  }

  public void warning(String file, int line, int column, String message) {
    add(new Diagnostic(file, line, column, Severity.WARNING, message));
  }

  public void error(Position at, String message) {
    error(at.file(), at.line(), at.column(), message);
  }

  public void warning(Position at, String message) {
    warning(at.file(), at.line(), at.column(), message);
  }

  /** All distinct diagnostics sorted by file, then line and column, so output is stable across parallel runs. */
  public synchronized List<Diagnostic> sorted() {
    // the same problem met by several pages (a template error) is reported once
    List<Diagnostic> copy = new ArrayList<>(new java.util.LinkedHashSet<>(items));
    copy.sort(Comparator.comparing(Diagnostic::file)
        .thenComparingInt(Diagnostic::line)
        .thenComparingInt(Diagnostic::column)
        .thenComparing(Diagnostic::message));
    return List.copyOf(copy);
  }

  public synchronized long count(Severity severity) {
    return items.stream().filter(d -> d.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }
}

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
    // the model stage asks each document's own diagnostics, nearly always none, 8,000 times at 4,000 articles: making
    // the comparator and the copies for each was a few ms of every repeat build's model stage (JFR)
    if (items.isEmpty()) return List.of();
    // the same problem met by several pages (a template error) is reported once
    List<Diagnostic> copy = new ArrayList<>(new java.util.LinkedHashSet<>(items));
    copy.sort(ORDER);
    return List.copyOf(copy);
  }

  /** By file, then line and column, then message. */
  private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
      .thenComparingInt(Diagnostic::line)
      .thenComparingInt(Diagnostic::column)
      .thenComparing(Diagnostic::message);

  public synchronized long count(Severity severity) {
    return items.stream().filter(d -> d.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }
}

package dev.versus.cli;

import dev.versus.pipeline.BuildResult;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints a build's diagnostics (paths relative to the source folder) and its one-paragraph summary. */
final class Report {
  private Report() {}

  static void diagnostics(BuildResult r, Path source, PrintWriter err) {
    // content diagnostics are relative to the source folder; show them from where the user stands
    r.diagnosticsFrom(source).forEach(d -> err.println(d.format()));
    err.flush();
  }

  static void summary(BuildResult r, String verb, PrintWriter out) {
    out.println(r.summary(verb));
    r.notes().forEach(n -> out.println("note: " + n));
    out.flush();
  }

  /**
   * One line per cell with evidence ({@code versus check --evidence}), in matrix order:
   * {@code performance/flask: 5 claims (strong 2, fair 1, good 2); sources: ...; disputed; last checked 2026-11-20}.
   */
  static void evidence(dev.versus.model.Evidence evidence, java.io.PrintWriter out) {
    for (var row : evidence.cells().values()) {
      for (dev.versus.model.CellEvidence c : row.values()) {
        StringBuilder line = new StringBuilder(c.criterion() + "/" + c.subject() + ": " + c.claims().size()
            + (c.claims().size() == 1 ? " claim" : " claims"));
        if (!c.sides().isEmpty()) {
          line.append(" (").append(String.join(", ", c.sides().stream()
              .map(s -> s.grade().written() + " " + s.claims().size()).toList())).append(")");
        }
        line.append("; sources: ").append(c.sources().isEmpty() ? "none" : String.join(", ", c.sources()));
        if (c.foundDispute()) line.append("; disputed by the claims");
        else if (c.disputed()) line.append("; disputed (written)");
        long stale = c.claims().stream().filter(dev.versus.model.Claim::stale).count();
        if (stale > 0) line.append("; ").append(stale).append(" stale");
        c.lastChecked().ifPresent(d -> line.append("; last checked ").append(d).append(c.stale() ? " (stale)" : ""));
        out.println(line);
      }
    }
    out.flush();
  }

  /**
   * The data-quality figures, after the evidence lines ({@code versus check --evidence}):
   * {@code quality: 46 of 48 cells answered, 1 unknown, 1 without an answer; 31 backed by a dated passage, 2 due for a check}.
   */
  static void quality(dev.versus.matrix.Quality q, java.io.PrintWriter out) {
    out.println("quality: " + q.answered() + " of " + q.cells() + (q.cells() == 1 ? " cell" : " cells") + " answered, "
        + q.unknown() + " unknown, " + q.unanswered() + " without an answer; " + q.backed() + " backed by a dated passage, "
        + q.stale() + " due for a check");
    out.flush();
  }
}

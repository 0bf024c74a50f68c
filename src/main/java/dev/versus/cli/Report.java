package dev.versus.cli;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Severity;
import dev.versus.pipeline.BuildResult;
import dev.versus.web.Output;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Prints a build's diagnostics (paths relative to the source folder) and its one-paragraph summary. */
final class Report {
  private Report() {}

  static void diagnostics(BuildResult r, Path source, PrintWriter err) {
    for (Diagnostic d : r.diagnostics()) {
      // content diagnostics are relative to the source folder; show them from where the user stands
      boolean relative = d.line() > 0 && !Path.of(d.file()).isAbsolute() && !d.file().startsWith("templates/");
      String file = relative ? source.resolve(d.file()).normalize().toString() : d.file();
      err.println(new Diagnostic(file, d.line(), d.column(), d.severity(), d.message()).format());
    }
    err.flush();
  }

  /** "1 error", "0 errors", "2 errors". */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static void summary(BuildResult r, String verb, PrintWriter out) {
    Map<String, Integer> kinds = new TreeMap<>();
    for (Output o : r.outputs()) kinds.merge(o.kind(), 1, Integer::sum);
    int assets = kinds.getOrDefault("asset", 0);
    kinds.remove("asset");
    // the PDF is a file of the site, not a page
    int pdfs = kinds.getOrDefault("pdf", 0);
    kinds.remove("pdf");
    assets += pdfs;
    int pages = kinds.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder sb = new StringBuilder(verb).append(": ").append(count(pages, "page"));
    if (!kinds.isEmpty()) {
      sb.append(" (").append(String.join(", ", kinds.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())).append(")");
    }
    if (assets > 0) sb.append(" + ").append(count(assets, "file"));
    sb.append(", ").append(count(r.count(Severity.ERROR), "error")).append(", ").append(count(r.count(Severity.WARNING), "warning"))
        .append(", ").append(r.totalMillis()).append(" ms");
    sb.append(" [").append(String.join(", ", r.stageMillis().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())).append("]");
    out.println(sb);
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
}

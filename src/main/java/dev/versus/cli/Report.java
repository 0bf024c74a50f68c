package dev.versus.cli;

import dev.versus.pipeline.BuildResult;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Severity;
import dev.versus.render.Output;
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
}

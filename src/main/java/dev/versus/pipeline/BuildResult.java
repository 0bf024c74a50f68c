package dev.versus.pipeline;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Severity;
import dev.versus.model.Site;
import dev.versus.web.Output;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of a build: every diagnostic, the site model and outputs when they were made,
 * how long each stage took (stage name to milliseconds, in order) and the whole build ({@code totalMillis}, wall
 * time: less than the stages' sum when some ran side by side, as search and data run beside render), and whether
 * {@code partlyPublished}: publishing in place stopped halfway, so the output folder holds part of this build (its
 * journal stays, and the next build finishes it) though the build failed.
 */
public record BuildResult(List<Diagnostic> diagnostics, Optional<Site> site, List<Output> outputs,
    Map<String, Long> stageMillis, List<String> notes, long totalMillis, boolean partlyPublished) {

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /**
   * The summary's verb for a failed build (the CLI and the Maven plugin print it): {@code build failed, nothing
   * written}, or, when publishing in place stopped halfway, that the site changed in part, as it did.
   */
  public String failedVerb() {
    return partlyPublished ? "build failed, the site changed in part (the next build finishes it)" : "build failed, nothing written";
  }

  public long count(Severity s) {
    return diagnostics.stream().filter(d -> d.severity() == s).count();
  }

  /**
   * The diagnostics as the person who named {@code source} should see them: a content file's path is
   * {@code source} resolved against it ({@code content/criteria/orm.md}, or an absolute path when
   * {@code source} is absolute), and so is the guide's own template's ({@code content/templates/404.peb}); a
   * positionless one and an absolute one (a theme's file) are kept as they are. The CLI and the Maven plugin
   * print these.
   */
  public List<Diagnostic> diagnosticsFrom(Path source) {
    return diagnostics.stream().map(d -> {
      boolean relative = d.line() > 0 && !Path.of(d.file()).isAbsolute();
      String file = relative ? source.resolve(d.file()).normalize().toString() : d.file();
      return new Diagnostic(file, d.line(), d.column(), d.severity(), d.message());
    }).toList();
  }

  /**
   * The one-line summary after {@code verb}: {@code built site: 12 pages (article 2, ...) + 9 files, 0 errors,
   * 1 warning, 812 ms [load 120, ...]}. Pages are counted by kind; assets and the PDF count as files.
   */
  public String summary(String verb) {
    Map<String, Integer> kinds = new TreeMap<>();
    for (Output o : outputs) kinds.merge(o.kind(), 1, Integer::sum);
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
    sb.append(", ").append(count(count(Severity.ERROR), "error")).append(", ").append(count(count(Severity.WARNING), "warning"))
        .append(", ").append(totalMillis()).append(" ms");
    sb.append(" [").append(String.join(", ", stageMillis.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())).append("]");
    return sb.toString();
  }

  /** "1 error", "0 errors", "2 errors". */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

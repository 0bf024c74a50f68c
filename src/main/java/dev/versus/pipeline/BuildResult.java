package dev.versus.pipeline;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Severity;
import dev.versus.model.Site;
import dev.versus.web.Output;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a build: every diagnostic, the site model and outputs when they were made,
 * and how long each stage took (stage name to milliseconds, in order).
 */
public record BuildResult(List<Diagnostic> diagnostics, Optional<Site> site, List<Output> outputs,
    Map<String, Long> stageMillis, List<String> notes) {

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public long count(Severity s) {
    return diagnostics.stream().filter(d -> d.severity() == s).count();
  }

  public long totalMillis() {
    return stageMillis.values().stream().mapToLong(Long::longValue).sum();
  }
}

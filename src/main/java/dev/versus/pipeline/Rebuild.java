package dev.versus.pipeline;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one {@link LiveBuild} update did: its diagnostics (with errors nothing served changed), the
 * page routes it rendered, the on-demand routes it dropped to render when next requested, the
 * served paths whose content changed, appeared or vanished, the inputs of the dependency record
 * whose value changed, and how long each stage took (stage name to milliseconds, in order).
 */
public record Rebuild(List<Diagnostic> diagnostics, Set<String> rendered, Set<String> deferred, Set<String> changed,
    Set<String> inputs, Map<String, Long> stageMillis) {

  public long millis() {
    return stageMillis.values().stream().mapToLong(Long::longValue).sum();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}

package dev.versus.pipeline;

import dev.versus.diag.Diagnostics;
import dev.versus.model.Site;
import dev.versus.web.Output;
import java.util.Optional;
import java.util.function.Function;

/**
 * An output the preview server makes only when it is requested, such as the PDF made from the
 * print view: too slow to make on every save, and rarely looked at while writing.
 */
@FunctionalInterface
public interface OnDemand {
  /**
   * Makes the output's bytes from the current site; {@code files} gives any served file by path
   * (asking for an on-demand page renders it). Problems go to {@code diags}; empty when it failed.
   */
  Optional<byte[]> make(Site site, Function<String, Optional<Output>> files, Diagnostics diags);
}

package dev.versus;

import dev.versus.pipeline.BuildResult;
import java.nio.file.Path;
import org.jsoup.nodes.Document;

/**
 * A guide a site test built once for all its checks: the folder {@code out} it was written to and the build's
 * {@code result} (its diagnostics and model), with its pages at hand.
 */
public record BuiltSite(Path out, BuildResult result) {
  /** Builds the guide in {@code source} into {@code out}, as {@link TestSites#build} does. */
  public static BuiltSite build(Path source, Path out) {
    return new BuiltSite(out, TestSites.build(source, out));
  }

  /** The page at {@code route} ({@code "compare"} or {@code "compare/"}; {@code ""} for the home page), parsed. */
  public Document page(String route) {
    return SiteLinks.parse(out.resolve(route).resolve("index.html"));
  }
}

package dev.versus.maven;

import dev.versus.config.BaseUrl;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Severity;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.render.Paper;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that run one build of the guide (build, check, pdf): they make {@link BuildOptions} as
 * the CLI's {@code BuildCommand} does, run {@link Build}, log every diagnostic at its severity as
 * {@code file:line:column: error: message} (the file absolute, so IDEs and CI logs link it), and fail
 * the Maven build on any error, or on any warning when {@link #strict}.
 */
abstract class SiteMojo extends GuideMojo {
  /** Where the site is written ({@code build}, {@code pdf}); {@code check} only checks that Versus may write there. */
  @Parameter(property = "versus.outputDirectory", defaultValue = "${project.build.directory}/versus", required = true)
  File outputDirectory;

  /** Overrides site.yaml's {@code base_url}, e.g. {@code https://example.org/guide/}. */
  @Parameter(property = "versus.baseUrl")
  String baseUrl;

  /** Fail the Maven build on warnings too (the site is still written by {@code build} and {@code pdf}). */
  @Parameter(property = "versus.strict", defaultValue = "false")
  boolean strict;

  /**
   * Builds the guide, writing the site when {@code write}, with {@code guide.pdf} on {@code pdf}'s paper
   * when present; logs the diagnostics and the summary ({@code done} on success).
   *
   * @throws MojoExecutionException when {@code baseUrl} is not an absolute http(s) URL of a folder
   * @throws MojoFailureException when the guide has errors, or warnings under {@code strict}
   */
  final BuildResult build(boolean write, Optional<Paper> pdf, String done) throws MojoExecutionException, MojoFailureException {
    Optional<String> url = Optional.ofNullable(baseUrl).map(String::strip);
    Optional<String> problem = url.flatMap(BaseUrl::problem);
    if (problem.isPresent()) throw new MojoExecutionException("versus: <baseUrl>" + url.get() + "</baseUrl>: " + problem.get());
    BuildOptions options = new BuildOptions(sourcePath(), outputDirectory.toPath(), url, drafts, themePath(), pdf);
    BuildResult r = new Build().run(options, write);
    List<Diagnostic> diagnostics = r.diagnosticsFrom(sourcePath());
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.ERROR) getLog().error(d.format());
      else getLog().warn(d.format());
    }
    long warnings = r.count(Severity.WARNING);
    boolean failed = r.hasErrors() || (strict && warnings > 0);
    String verb = !failed ? done : !write ? "check failed" : r.hasErrors() ? r.failedVerb() : done + ", failed under strict";
    getLog().info("versus: " + r.summary(verb));
    r.notes().forEach(n -> getLog().info("versus: note: " + n));
    if (failed) {
      // the first problem in the failure message too: it is what Maven repeats at the end of its output
      Diagnostic first = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
          .orElseGet(() -> diagnostics.get(0));
      String counted = r.hasErrors() ? BuildResult.count(r.count(Severity.ERROR), "error")
          : BuildResult.count(warnings, "warning") + " (strict)";
      throw new MojoFailureException("the guide in " + source + " has " + counted + "; the first: " + first.format());
    }
    return r;
  }
}

package dev.versus.maven;

import dev.versus.render.Paper;
import dev.versus.web.Routes;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code versus:pdf}: the site and the whole guide as one PDF, {@code outputDirectory/guide.pdf}, as
 * {@code versus pdf} does. Bound to no phase: a PDF takes seconds more, so a build asks for it.
 */
@Mojo(name = "pdf", threadSafe = true)
public final class PdfMojo extends SiteMojo {
  /** Paper of the print view and the PDF: {@code a4} or {@code letter}. */
  @Parameter(property = "versus.paper", defaultValue = "a4")
  String paper;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Paper size = Paper.named(paper)
        .orElseThrow(() -> new MojoExecutionException("versus: unknown <paper>" + paper + "</paper>: use a4 or letter"));
    build(true, Optional.of(size), "built " + outputDirectory + " with " + outputDirectory.toPath().resolve(Routes.PDF));
  }
}

package dev.versus.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal reads a guide with: its content folder, an extra theme and whether drafts are
 * published; and the switch that skips the goal. The parameters mirror the CLI's options of the same
 * names ({@code --source}, {@code --theme}, {@code --drafts}), as jbake-maven-plugin mirrors JBake's.
 */
abstract class GuideMojo extends AbstractMojo {
  /** The level of PDFBox's loggers in Maven's SLF4J logger (slf4j-simple's per-logger key); see {@link #execute}. */
  private static final String PDFBOX_LEVEL = "org.slf4j.simpleLogger.log.org.apache.pdfbox";

  /** The guide's content folder (site.yaml, subjects/, criteria/, ...). */
  @Parameter(property = "versus.source", defaultValue = "${project.basedir}/content", required = true)
  File source;

  /** A theme folder (templates/, static/) used before the built-in theme. */
  @Parameter(property = "versus.theme")
  File theme;

  /** Publish articles marked {@code draft: true}. */
  @Parameter(property = "versus.drafts", defaultValue = "false")
  boolean drafts;

  /** Skips the goal, as {@code -Dversus.skip} does on the command line. */
  @Parameter(property = "versus.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("versus: skipped (versus.skip)");
      return;
    }
    // PDFBox warns "Using fallback font" for each standard PDF font openhtmltopdf registers but never draws with
    // (a font the PDF really uses unembedded is a Versus warning already). The CLI drops those lines with its
    // no-op SLF4J binding; in Maven, SLF4J is Maven's own simple logger, set per logger by system properties, as
    // Maven's conf/logging/simplelogger.properties quiets its HTTP client. Errors still show; a -D wins.
    if (System.getProperty(PDFBOX_LEVEL) == null) System.setProperty(PDFBOX_LEVEL, "error");
    run();
  }

  /** The goal's work, once the skip switch has been read. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  Path sourcePath() {
    return source.toPath();
  }

  Optional<Path> themePath() {
    return Optional.ofNullable(theme).map(File::toPath);
  }
}

package dev.versus.maven;

import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code versus:build}: the guide into a static site in {@code outputDirectory}, as {@code versus build} does. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends SiteMojo {
  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    build(true, Optional.empty(), "built " + outputDirectory);
  }
}

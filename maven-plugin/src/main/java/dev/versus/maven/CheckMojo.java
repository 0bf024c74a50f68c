package dev.versus.maven;

import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code versus:check}: every check of a build, writing nothing, as {@code versus check} does. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends SiteMojo {
  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    build(false, Optional.empty(), "check passed");
  }
}

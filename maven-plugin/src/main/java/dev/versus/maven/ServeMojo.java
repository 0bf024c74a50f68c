package dev.versus.maven;

import dev.versus.server.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code versus:serve}: the preview server of {@code versus serve}, in Maven's process until Ctrl-C.
 * It builds into memory (never touching {@code outputDirectory}), rebuilds on every save and updates
 * open pages; its console lines go to Maven's log. Bound to no phase: it never ends by itself.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends GuideMojo {
  /** The port to listen on; 0 picks a free one. */
  @Parameter(property = "versus.port", defaultValue = "8080")
  int port;

  /** The address to listen on; the default is this machine only. */
  @Parameter(property = "versus.bind", defaultValue = "127.0.0.1")
  String bind;

  @Override
  void run() throws MojoExecutionException {
    Path folder = sourcePath();
    if (!Files.isDirectory(folder)) {
      throw new MojoExecutionException("versus: source folder not found: " + folder + "; set <source> to the guide's content folder");
    }
    if (port < 0 || port > 65535) throw new MojoExecutionException("versus: <port>" + port + "</port> is not a port: use 1 to 65535, or 0 for any free one");
    PrintWriter console = new PrintWriter(new LogWriter(getLog()), true);
    Preview preview;
    try {
      if (!InetAddress.getByName(bind).isLoopbackAddress()) {
        getLog().warn("versus: <bind>" + bind + "</bind> makes the preview reachable from other machines on the network;"
            + " anyone who can reach this one can read the guide and its drafts");
      }
      preview = Preview.start(new Preview.Settings(folder, themePath(), drafts, bind, port), console);
    } catch (BindException e) {
      throw new MojoExecutionException("versus: cannot listen on " + bind + ":" + port + " (" + e.getMessage()
          + "); is another preview running? Pick another port with -Dversus.port", e);
    } catch (IOException e) {
      throw new MojoExecutionException("versus: cannot serve " + folder + ": " + e.getMessage(), e);
    }
    getLog().info("versus: serving " + preview.url() + " (Ctrl-C to stop)");
    // Ctrl-C ends Maven's JVM: close the server and the watcher on the way out, as the CLI does
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      preview.close();
      stopped.countDown();
    }, "versus-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      preview.close();
      Thread.currentThread().interrupt();
    }
  }
}

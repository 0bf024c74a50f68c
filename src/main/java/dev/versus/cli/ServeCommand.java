package dev.versus.cli;

import dev.versus.server.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code versus serve}: builds the guide into memory, serves it, rebuilds on every save and reloads open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Preview the guide while writing: builds it into memory (never touching the site folder), serves it, "
        + "watches the sources and the theme, rebuilds what each save touched and updates open pages by themselves.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "1:cannot serve (no source folder, address in use)", "2:usage error"})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--source", paramLabel = "DIR", description = "The guide's folder (default: ./content when it exists, else the current folder when it holds site.yaml).")
  Path source;

  @Option(names = "--theme", paramLabel = "DIR", description = "A theme folder (templates/, static/) used before the built-in theme; watched too.")
  Path theme;

  @Option(names = "--drafts", description = "Show articles marked `draft: true`.")
  boolean drafts;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(names = "--open", description = "Open the guide in the default browser once it is served.")
  boolean open;

  @Spec
  CommandSpec spec;

  private static final String ONLY_HERE = "--bind 127.0.0.1 (this machine only, the default)";
  private static final String EVERYWHERE = "--bind 0.0.0.0 (every network this machine is on)";

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path source = GuideFolder.orFind(this.source);
    if (!Files.isDirectory(source)) {
      err.println("versus: " + source + ": " + dev.versus.content.SourceFolder.notFound(source));
      return 1;
    }
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port " + port + " is not a port: use 1 to 65535, or 0 for any free one");
    }
    try {
      java.net.InetAddress.getByName(bind);
    } catch (java.net.UnknownHostException e) {
      // before the first build, which would otherwise run only to fail on an "input/output error"
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--bind " + bind + " is no IP address or host name"
          + " this machine knows: use " + ONLY_HERE + " or " + EVERYWHERE);
    }
    bindWarning(bind).ifPresent(err::println);
    Preview preview;
    try {
      preview = Preview.start(new Preview.Settings(source, GuideFolder.theme(theme), drafts, bind, port), out);
    } catch (BindException e) {
      // "Address already in use" is a port question; "Cannot assign requested address" an address of another machine
      boolean inUse = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("in use");
      err.println("versus: cannot listen on " + bind + ":" + port + " (" + e.getMessage() + "); " + (inUse
          ? "is another preview running? Pick another port with --port"
          : bind + " is not an address of this machine: use " + ONLY_HERE + " or " + EVERYWHERE));
      return 1;
    }
    out.println("serving " + preview.url() + " (watching " + String.join(", ", preview.watched().stream().map(Path::toString).toList())
        + "; Ctrl-C to stop)");
    preview.configuredPath().filter(p -> !p.equals("/")).ifPresent(p -> out.println("note: base_url's path " + p
        + " applies to `versus build`; the preview serves the guide at " + preview.url() + ", its links rooted there"));
    out.flush();
    if (open) openBrowser(preview.url(), err);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      preview.close();
      out.println("stopped");
      out.flush();
      stopped.countDown();
    }, "versus-shutdown"));
    stopped.await();
    return 0;
  }

  /** A warning when {@code bind} is not a loopback address: the preview would be open to the network. */
  static Optional<String> bindWarning(String bind) throws java.net.UnknownHostException {
    if (InetAddress.getByName(bind).isLoopbackAddress()) return Optional.empty();
    return Optional.of("versus: warning: --bind " + bind + " makes the preview reachable from other machines on the network;"
        + " anyone who can reach this one can read the guide and its drafts");
  }

  private static void openBrowser(URI url, PrintWriter err) {
    try {
      if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
          && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
        java.awt.Desktop.getDesktop().browse(url);
        return;
      }
      String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
      String[] command = os.contains("mac") ? new String[] {"open", url.toString()}
          : os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url.toString()}
          : new String[] {"xdg-open", url.toString()};
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException | UnsupportedOperationException e) {
      err.println("versus: could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
    }
  }
}

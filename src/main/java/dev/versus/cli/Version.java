package dev.versus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code versus --version}: the version and the git commit Maven filtered into {@code versus-version.txt}
 * at build time ({@code unknown} for a build without git), and the Java runtime running Versus now.
 */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties built = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/versus-version.txt")) {
      if (in != null) built.load(in);
    }
    return lines(built, System.getProperties());
  }

  /** The three lines, from the build's {@code version}/{@code commit} and the JVM's system properties. */
  static String[] lines(Properties built, Properties jvm) {
    return new String[] {
        "versus " + known(built.getProperty("version")),
        "commit " + known(built.getProperty("commit")),
        "Java " + jvm.getProperty("java.runtime.version", jvm.getProperty("java.version")) + " ("
            + jvm.getProperty("java.vendor") + ", " + jvm.getProperty("java.vm.name") + ") at " + jvm.getProperty("java.home")};
  }

  /** A value Maven did not filter (a build by an IDE) is still {@code ${...}}: say so plainly. */
  private static String known(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value.strip();
  }
}

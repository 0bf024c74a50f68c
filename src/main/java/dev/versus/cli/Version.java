package dev.versus.cli;

import picocli.CommandLine;

/** Reads the version Maven filtered into {@code versus-version.txt}. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws Exception {
    try (var in = Version.class.getResourceAsStream("/versus-version.txt")) {
      String v = in == null ? "dev" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
      return new String[] {"versus " + v};
    }
  }
}

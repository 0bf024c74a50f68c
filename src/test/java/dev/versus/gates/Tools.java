package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.fail;

import dev.versus.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The outside tools the gates use: Debian's Chromium and the npm tools pinned in src/test/js. A missing
 * tool skips its gate with a visible message, or fails it when VERSUS_REQUIRE_BROWSER=1 (CI), so CI
 * can never pass having checked nothing.
 */
final class Tools {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Flags for Chromium as root in a container; Playwright and Lighthouse add their own headless flag and profile. */
  static final java.util.List<String> CHROMIUM_FLAGS = java.util.List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

  private Tools() {}

  static boolean required() {
    return "1".equals(System.getenv("VERSUS_REQUIRE_BROWSER"));
  }

  /** Skips (or, in CI, fails) the calling test unless {@code present}; {@code howToGet} says how to install it. */
  static void need(boolean present, String what, String howToGet) {
    if (present) return;
    String message = what + " is missing: " + howToGet;
    if (required()) fail(message + " (VERSUS_REQUIRE_BROWSER=1 makes a missing tool an error)");
    System.err.println("SKIPPED gate: " + message);
    Assumptions.abort(message);
  }

  static Path chromium() {
    need(Files.isExecutable(CHROMIUM), "Chromium (" + CHROMIUM + ")",
        "apt-get install -y --no-install-recommends chromium");
    return CHROMIUM;
  }

  /** Node, to run the theme's scripts outside a browser. */
  static String node() {
    need(onPath("node"), "node", "apt-get install -y nodejs (node 20)");
    return "node";
  }

  /** An executable from src/test/js/node_modules/.bin, installed by {@code npm ci} in src/test/js. */
  static Path npmTool(String name) {
    Path bin = TestSites.repo().resolve("src/test/js/node_modules/.bin").resolve(name);
    need(Files.isExecutable(bin) && onPath("node"), name + " (" + bin + ") or node",
        "run `npm ci` in src/test/js (node 20)");
    return bin;
  }

  /**
   * The Nu Html Checker's jar from the npm package vnu-jar (src/test/js/node_modules), installed by
   * {@code npm ci} in src/test/js; run with this JVM's {@code java -jar}.
   */
  static Path vnuJar() {
    Path jar = TestSites.repo().resolve("src/test/js/node_modules/vnu-jar/build/dist/vnu.jar");
    need(Files.isRegularFile(jar), "the Nu Html Checker (" + jar + ")", "run `npm ci` in src/test/js (node 20)");
    return jar;
  }

  private static boolean onPath(String command) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) return true;
    }
    return false;
  }
}

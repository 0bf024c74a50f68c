package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM flags of a build are one set, written in four places: the repository's launcher ({@code versus}), the
 * release's two launchers ({@code src/release/bin/versus} and {@code versus.cmd}) and the bundle's AOT-cache training
 * in {@code pom.xml}. A flag measured in one (docs/performance.md) and forgotten in another makes the installed
 * product slower than the figures, and a training under other flags than its use gives a cache the JVM may refuse.
 */
class LauncherFlagsTest {
  private static final Pattern SH_BUILD = Pattern.compile("(?m)^\\s*else\\s*\\n(?:\\s*#.*\\n)*\\s*FLAGS=\"([^\"]+)\"");
  private static final Pattern CMD_BUILD = Pattern.compile("(?m)^set \"FLAGS=([^\"]+)\"");
  private static final Pattern POM_TRAINING = Pattern.compile("<arg line=\"([^\"]*AOTCache[^\"]*|[^\"]*TieredStopAtLevel[^\"]*)\"/>");

  @Test
  void everyLauncherBuildsWithTheSameFlags() throws IOException {
    String dev = one(SH_BUILD, read("versus"), "versus");
    assertTrue(dev.contains("-XX:TieredStopAtLevel=1"), dev);
    assertEquals(dev, one(SH_BUILD, read("src/release/bin/versus"), "src/release/bin/versus"), "src/release/bin/versus");
    assertEquals(dev, one(CMD_BUILD, read("src/release/bin/versus.cmd"), "versus.cmd"), "src/release/bin/versus.cmd");
    String training = one(POM_TRAINING, read("pom.xml"), "pom.xml").replace(" -Xlog:disable", "");
    assertEquals(dev, training, "pom.xml's AOT-cache training of the bundle");
  }

  private static String read(String file) throws IOException {
    return Files.readString(Path.of(file));
  }

  /** The single match of {@code pattern}'s first group in {@code text}; fails when there are none or several. */
  private static String one(Pattern pattern, String text, String where) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) found.add(m.group(1));
    assertEquals(1, found.size(), where + ": one build flag line expected, found " + found);
    return found.get(0);
  }
}

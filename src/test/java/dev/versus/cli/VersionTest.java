package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Issue 27 item 6: {@code versus --version} says the version, the commit it was built from and the Java running it. */
class VersionTest {
  @Test
  void versionCommitAndTheJavaRuntimeInUse() {
    CliTest.Run r = CliTest.run("--version");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().strip().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertTrue(lines.get(0).matches("versus \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
    // the checkout the tests run in is a git worktree: Maven filtered its commit in (a hash, maybe "-dirty")
    assertTrue(lines.get(1).matches("commit [0-9a-f]{12}(-dirty)?"), lines.get(1));
    assertTrue(lines.get(2).startsWith("Java " + Runtime.version()) && lines.get(2).endsWith(" at " + System.getProperty("java.home")),
        lines.get(2));
  }

  @Test
  void aBuildWithoutGitOrFilteringSaysUnknown() {
    Properties built = new Properties();
    built.setProperty("version", "0.1.0");
    built.setProperty("commit", "${versus.commit}");
    Properties jvm = new Properties();
    jvm.setProperty("java.runtime.version", "17.0.15+6");
    jvm.setProperty("java.vendor", "Debian");
    jvm.setProperty("java.vm.name", "OpenJDK 64-Bit Server VM");
    jvm.setProperty("java.home", "/usr/lib/jvm/java-17");
    assertArrayEquals(new String[] {"versus 0.1.0", "commit unknown", "Java 17.0.15+6 (Debian, OpenJDK 64-Bit Server VM) at /usr/lib/jvm/java-17"},
        Version.lines(built, jvm));
    built.setProperty("commit", "unknown");
    assertEquals("commit unknown", Version.lines(built, jvm)[1], "the value the build writes without .git");
  }
}

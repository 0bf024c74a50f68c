package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guard keeps the serial GC's old generation near what a process holds while it promotes garbage: a child
 * JVM with the launcher's GC flags holds 64 MB and promotes 1.5 GB of arrays that die soon after. Run with the
 * newest JDK found (the launcher's pick, JDK 25 here), whose serial GC alone grows the old generation past
 * 1 GB on this (issue 25); JDK 17's collects it by itself.
 */
class OldGenGuardTest {

  @Test
  void theOldGenerationStaysNearWhatIsHeld() throws IOException, InterruptedException {
    String java = newestJava().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Process p = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmn8m", "-cp", System.getProperty("java.class.path"),
        Churn.class.getName()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), out);
    long committedMb = Long.parseLong(out.lines().reduce((a, b) -> b).orElseThrow());
    assertTrue(committedMb < 700, java + ": the old generation reached " + committedMb + " MB for 64 MB held");
  }

  /** The newest JDK of /usr/lib/jvm at 25 or later (as the launcher picks it), if any. */
  private static java.util.Optional<String> newestJava() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) return java.util.Optional.empty();
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")) && major(h) >= 25)
          .max((a, b) -> Integer.compare(major(a), major(b))).map(h -> h.resolve("bin/java").toString());
    }
  }

  private static int major(Path home) {
    try {
      return Files.readAllLines(home.resolve("release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
          .map(l -> l.replaceAll("^JAVA_VERSION=\"(\\d+).*", "$1")).map(Integer::parseInt).findFirst().orElse(0);
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  /** The child: installs the guard, churns, prints the old generation's largest committed size in MB. */
  static final class Churn {
    public static void main(String[] args) {
      OldGenGuard.install().orElseThrow(() -> new IllegalStateException("no serial old generation"));
      MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(m -> m.getName().equals("Tenured Gen")).findFirst().orElseThrow();
      List<byte[]> held = new ArrayList<>();
      long most = 0;
      for (int i = 0; i < 1500; i++) {
        byte[] b = new byte[1 << 20];
        b[i % b.length] = 1;
        held.add(b);
        if (held.size() > 64) held.remove(0);
        most = Math.max(most, old.getUsage().getCommitted());
      }
      System.out.println(held.size());
      System.out.println(most >> 20);
    }
  }
}

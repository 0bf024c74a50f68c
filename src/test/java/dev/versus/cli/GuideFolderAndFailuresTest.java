package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 27 item 3: a guide found from where the user stands, and every unexpected failure as one line with exit code 1. */
class GuideFolderAndFailuresTest {
  @TempDir
  Path tmp;

  @Test
  void contentFolderFirstThenTheCurrentFolderWhenItHoldsSiteYaml() throws Exception {
    Files.writeString(tmp.resolve("site.yaml"), "title: x\n");
    assertEquals(Path.of("."), GuideFolder.find(tmp), "a guide's own folder");
    Files.createDirectory(tmp.resolve("content"));
    assertEquals(Path.of("content"), GuideFolder.find(tmp), "content/ wins, as in a repository that holds a guide");
    assertEquals(Path.of("elsewhere"), GuideFolder.orFind(Path.of("elsewhere")), "--source always wins");
  }

  @Test
  void neitherSaysBothPlacesItLooked() throws Exception {
    Files.createDirectory(tmp.resolve("contents"));
    Failure f = assertThrows(Failure.class, () -> GuideFolder.find(tmp));
    assertTrue(f.getMessage().contains("content/") && f.getMessage().contains("site.yaml")
        && f.getMessage().contains(tmp.toAbsolutePath().toString()), f.getMessage());
    StringWriter err = new StringWriter();
    assertEquals(1, new Failures(Map.of()).report(f, new PrintWriter(err)), "exit code 1: not a usage error");
    assertEquals("versus: " + f.getMessage(), err.toString().strip(), "printed as it is, on one line");
  }

  /** A real failure nothing catches (init under a file) was a stack trace with exit code 2, the usage code. */
  @Test
  void anUncaughtFailureIsOneLineWithItsCauseAndExitCodeOne() throws Exception {
    Files.writeString(tmp.resolve("file"), "x");
    String target = tmp.resolve("file/guide").toString();
    CliTest.Run r = run(Map.of(), "init", target);
    assertEquals(1, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("versus: ") && r.err().contains(tmp.resolve("file").toString()), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    CliTest.Run traced = run(Map.of("VERSUS_STACKTRACE", "1"), "init", target);
    assertEquals(1, traced.code());
    assertTrue(traced.err().contains("\tat "), "a stack trace when asked for: " + traced.err());
  }

  @Test
  void causesAreNamedInTheUsersTerms() {
    assertTrue(Failures.describe(new UncheckedIOException(new AccessDeniedException("/srv/guide/criteria")))
        .startsWith("cannot read or write /srv/guide/criteria: permission denied"));
    assertTrue(Failures.describe(new ProviderNotFoundException("Provider \"jar\" not found")).contains("jdk.zipfs"));
    assertTrue(Failures.describe(new NoClassDefFoundError("java/awt/Color")).contains("lacks a class Versus needs (NoClassDefFoundError: java/awt/Color)"));
    assertFalse(Failures.describe(new IllegalStateException("two\nlines")).contains("\n"), "one line, always");
  }

  static CliTest.Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), env, args);
    return new CliTest.Run(code, out.toString(), err.toString());
  }
}

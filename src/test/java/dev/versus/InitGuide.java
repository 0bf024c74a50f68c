package dev.versus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.cli.Main;
import dev.versus.diag.Diagnostic;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.web.Output;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The guide {@code versus init} writes, as the starting point of a fault's test: each test changes
 * only what the fault names (issue 10 asks for exactly this), so a difference in the output is the
 * fault's and nothing else's.
 */
public final class InitGuide {
  /** The files {@code versus init} writes, relative to the guide. */
  public static final List<String> FILES = List.of("site.yaml", "sources.yaml", "index.md", "subjects/alpha.md",
      "subjects/beta.md", "criteria/speed.md", "articles/getting-started.md", "faq/which-first.md");

  private InitGuide() {}

  /** Runs {@code versus init dir/guide} and returns the new guide's folder. */
  public static Path create(Path dir) {
    Path guide = dir.resolve("guide");
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "init", guide.toString());
    assertEquals(0, code, err.toString());
    return guide;
  }

  /** Replaces the text of {@code file} (relative to {@code guide}) by {@code change} of it. */
  public static void edit(Path guide, String file, UnaryOperator<String> change) {
    write(guide, file, change.apply(TestSites.read(guide.resolve(file))));
  }

  /** Writes {@code text} to {@code file} (relative to {@code guide}), creating folders. */
  public static void write(Path guide, String file, String text) {
    try {
      Files.createDirectories(guide.resolve(file).getParent());
      Files.writeString(guide.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds {@code guide} in memory (nothing written). */
  public static BuildResult build(Path guide) {
    return new Build().run(new BuildOptions(guide, guide.resolveSibling("unused-site"), Optional.empty(), false,
        Optional.empty()), false);
  }

  /** The build's diagnostics as {@code file:line:col: severity: message} lines. */
  public static List<String> messages(BuildResult result) {
    return result.diagnostics().stream().map(Diagnostic::format).toList();
  }

  /** Every rendered file of the build (pages, feed, sitemap, print view) by path, as text; copied assets left out. */
  public static Map<String, String> pages(BuildResult result) {
    Map<String, String> out = new TreeMap<>();
    for (Output o : result.outputs()) {
      if (o.bytes() != null) out.put(o.path(), new String(o.bytes(), StandardCharsets.UTF_8));
    }
    return out;
  }
}

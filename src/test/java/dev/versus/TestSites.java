package dev.versus;

import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Test sites written where the test can see them: a fixture folder copied into a temp dir, and
 * inline files in a text block with {@code -- path --} headers (Hugo's integration-test style).
 */
public final class TestSites {
  private TestSites() {}

  public static Path repo() {
    return Path.of(System.getProperty("versus.repo", "."));
  }

  /** Raw HTML the Nu Html Checker rejects where it stands, as round 8's tester wrote it (pipeline.HostileInputsTest checks the warnings and the page, gates.RawHtmlValidityTest runs the checker on it). */
  public static final String INVALID_WHERE_IT_STANDS = "<details><summary>Open me\n\nInside the details.\n\n</details>\n\n"
      + "<li>Stray item</li>\n\n"
      + "<p>A <bdo>reversed</bdo> word, <time datetime=\"next week\">soon</time>, <time>Tuesday</time>,"
      + " <del datetime=\"yesterday\">old</del>, <time datetime=\"2025-13-01\">2025-01-03</time>.</p>\n\n"
      + "<p>Kept: <time datetime=\"2025-01-02\">then</time>, <time>18:30</time>, <time datetime=\"PT2H\">two hours</time>,"
      + " <bdo dir=\"rtl\">x</bdo>, <ins datetime=\"2025-01-02T10:00Z\">y</ins>.</p>\n\n"
      + "<details><summary>Closed</summary>\n\nIts text.\n\n</details>\n\n<ul><li>Listed</li></ul>\n";

  /**
   * Raw HTML that is valid only inside its parent, written where HTML takes it, as inline tags of a paragraph too:
   * published byte for byte and without a warning (pipeline.HostileInputsTest), valid for the Nu Html Checker
   * (gates.RawHtmlValidityTest), which also checks {@link #STRAY} mended.
   */
  public static final String IN_ITS_PARENT = "A film: <video controls><source src=\"https://example.org/v.mp4\" type=\"video/mp4\">"
      + "<track src=\"https://example.org/v.vtt\" kind=\"captions\" srclang=\"en\" label=\"English\"></video>\n\n"
      + "<audio controls><source src=\"https://example.org/a.ogg\" type=\"audio/ogg\"><track src=\"https://example.org/a.vtt\"></audio>\n\n"
      + "<dl><dt>Term</dt><dd>Its description</dd></dl> <dl><div><dt>Grouped</dt><dd>in a div</dd></div></dl>\n\n"
      + "<figure><figcaption>First</figcaption><img src=\"https://example.org/a.png\" alt=\"a\"></figure>\n\n"
      + "<figure><img src=\"https://example.org/b.png\" alt=\"b\"><figcaption>Last</figcaption></figure>\n\n"
      + "<picture><source srcset=\"https://example.org/c.webp\" type=\"image/webp\"><img src=\"https://example.org/c.png\" alt=\"c\"></picture>\n\n"
      + "Read <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> aloud.\n";

  /** Each element of {@link #IN_ITS_PARENT} where HTML does not take it (the warnings: sites/invalid/raw-html-stray-*). */
  public static final String STRAY = "<figcaption>Stray caption</figcaption>\n\nSteep <dt>term</dt> <dd>description</dd>\n\n"
      + "緑茶<rp>(</rp><rt>ryokucha</rt><rp>)</rp> and <source srcset=\"https://example.org/c.webp\"> and"
      + " <track src=\"https://example.org/v.vtt\">\n\n<figure><figcaption>One</figcaption><p>x</p><figcaption>Two</figcaption>"
      + "<p>y</p></figure>\n\n<video src=\"https://example.org/v.mp4\"><source src=\"https://example.org/w.mp4\"></video>\n\n"
      + "<video><p>text</p><track src=\"https://example.org/v.vtt\"></video>\n";

  /** Copies {@code src/test/resources/sites/<name>} into {@code dir} and returns the copy. */
  public static Path fixture(String name, Path dir) {
    return copy(repo().resolve("src/test/resources/sites").resolve(name), dir.resolve(name));
  }

  /**
   * Copies the folder {@code from} with everything in it to {@code to} (which must not exist yet) and returns
   * {@code to}; symbolic links are copied as links.
   */
  public static Path copy(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.createDirectories(target);
        else Files.copy(p, target, java.nio.file.LinkOption.NOFOLLOW_LINKS);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  /** Deletes the folder {@code dir} with everything in it (symbolic links, not what they lead to). */
  public static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies fixture {@code name} into {@code dir}, as {@link #fixture(String, Path)}, with {@code siteYaml} added to its site.yaml. */
  public static Path fixture(String name, Path dir, String siteYaml) {
    Path source = fixture(name, dir);
    append(source.resolve("site.yaml"), siteYaml);
    return source;
  }

  /** Copies fixture {@code name} into {@code dir}, as {@link #fixture(String, Path)}, and writes {@code files} into the copy with {@link #write}. */
  public static Path fixtureWith(String name, Path dir, String files) {
    Path source = fixture(name, dir);
    write(source, files);
    return source;
  }

  /**
   * The {@code -- articles/<slug>.md --} section of an article with only a {@code title} and a {@code date}
   * ({@code YYYY-MM-DD}) in its front matter, for {@link #write}: its Markdown {@code text} starts on line 5.
   */
  public static String article(String slug, String title, String date, String text) {
    return "-- articles/" + slug + ".md --\n---\ntitle: \"" + title + "\"\ndate: " + date + "\n---\n" + text;
  }

  /** Writes {@code file} again in place with its last lowercase letter in upper case: the same size, other bytes. */
  public static void sameSizeEdit(Path file) {
    try {
      String text = Files.readString(file);
      int at = text.length() - 1;
      while (!Character.isLowerCase(text.charAt(at))) at--;
      Files.writeString(file, text.substring(0, at) + Character.toUpperCase(text.charAt(at)) + text.substring(at + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds {@code text} (UTF-8) to the end of {@code file}. */
  public static void append(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code -- subjects/<slug>.md --} sections of subjects that need only a title and a line of text, for
   * {@link #write}: each of {@code subjects} is {@code "slug: Title: Text."} (the small inline guides of the site tests
   * share these, so a test's text block shows only what it is about).
   */
  public static String subjects(String... subjects) {
    StringBuilder out = new StringBuilder();
    for (String s : subjects) {
      String[] p = s.split(": ", 3);
      out.append("-- subjects/").append(p[0]).append(".md --\n---\ntitle: \"").append(p[1]).append("\"\n---\n").append(p[2]).append('\n');
    }
    return out.toString();
  }

  /**
   * Writes files given as {@code -- path --} sections; a section with the single line
   * {@code (delete)} removes the file instead.
   */
  public static void write(Path root, String files) {
    String[] lines = files.split("\n", -1);
    String path = null;
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      if (line.startsWith("-- ") && line.endsWith(" --")) {
        if (path != null) flush(root, path, body.toString());
        path = line.substring(3, line.length() - 3).strip();
        body.setLength(0);
      } else if (path != null) {
        body.append(line).append('\n');
      }
    }
    if (path != null) flush(root, path, body.toString());
  }

  private static void flush(Path root, String path, String body) {
    try {
      Path file = root.resolve(path);
      if (body.strip().equals("(delete)")) {
        Files.deleteIfExists(file);
        return;
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, body, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A theme folder {@code dir/theme} holding copies of the given files of the built-in theme
   * (such as {@code static/css/versus.css}): a theme a test may edit, in front of the built-in one.
   */
  public static Path themeWith(Path dir, String... files) {
    Path theme = dir.resolve("theme");
    try {
      for (String f : files) {
        Files.createDirectories(theme.resolve(f).getParent());
        Files.copy(repo().resolve("theme").resolve(f), theme.resolve(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return theme;
  }

  public static BuildResult build(Path source, Path out) {
    return new Build().run(new BuildOptions(source, out, Optional.empty(), false, Optional.empty()), true);
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: exit codes 0 / 1 / 2, summaries, help, version, init, refusal to overwrite. */
class CliTest {
  @TempDir
  Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("build") && help.out().contains("check") && help.out().contains("init"), help.out());
    Run buildHelp = run("build", "--help");
    assertEquals(0, buildHelp.code());
    assertTrue(buildHelp.out().contains("--base-url") && buildHelp.out().contains("--drafts"), buildHelp.out());
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("versus "), version.out());
  }

  @Test
  void usageErrorsExitWithTwo() {
    Run r = run("build", "--sauce", "x");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--sauce"), r.err());
    assertEquals(2, run("frobnicate").code());
    assertEquals(2, run().code());
  }

  /** --base-url is checked as site.yaml's base_url is: a query, fragment, user name, other scheme or no host is a usage error. */
  @Test
  void aBaseUrlWithAQueryFragmentUserNameOtherSchemeOrNoHostIsAUsageError() {
    Path source = TestSites.fixture("three", tmp);
    for (String url : List.of("https://example.org/guide/?ref=newsletter", "https://example.org/#top", "https://me@example.org/",
        "ftp://example.org/", "https:///guide/", "example.org/guide/")) {
      Run r = run("build", "--source", source.toString(), "--out", tmp.resolve("out").toString(), "--base-url", url);
      assertEquals(2, r.code(), url);
      assertTrue(r.err().contains("--base-url") && r.err().contains("a base URL is http or https, a host, an optional port and an optional path"),
          r.err());
      assertFalse(Files.exists(tmp.resolve("out")), "nothing built for " + url);
    }
    assertEquals(0, run("check", "--source", source.toString(), "--out", tmp.resolve("out").toString(), "--base-url",
        "http://localhost:8080/docs").code(), "a port and a path without its final slash are fine");
  }

  @Test
  void buildPrintsASummaryAndWritesTheSite() {
    Path source = TestSites.fixture("three", tmp);
    Path out = tmp.resolve("out");
    Run r = run("build", "--source", source.toString(), "--out", out.toString(), "--base-url", "http://127.0.0.1:9/sub/");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s)built .*: \\d+ pages \\(.*criterion 3.*\\) \\+ \\d+ files, 0 errors, 0 warnings, \\d+ ms.*"), r.out());
    String home = TestSites.read(out.resolve("index.html"));
    assertTrue(home.contains("href=\"/sub/compare/\""), "links rooted at the --base-url path");
    assertTrue(home.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:9/sub/\">"));
  }

  @Test
  void contentErrorsExitWithOneAndNameTheFile() {
    Path source = TestSites.fixture("three", tmp);
    TestSites.write(source, "-- criteria/price.md --\n---\ntitle: Price\ngroup: nope\n---\nx\n");
    Run r = run("build", "--source", source.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(source.resolve("criteria/price.md") + ":3:8: error: unknown group `nope`"), r.err());
    assertTrue(r.err().contains("missing required key `question`"), r.err());
    assertTrue(r.out().startsWith("build failed, nothing written"), r.out());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void checkWritesNothingAndStrictFailsOnWarnings() {
    Path source = TestSites.fixture("three", tmp);
    Path out = tmp.resolve("never");
    assertEquals(0, run("check", "--source", source.toString(), "--out", out.toString()).code());
    assertFalse(Files.exists(out));
    TestSites.write(source, "-- subjects/coffee.md --\n---\ntitle: Coffee\ncolour: brown\n---\nStrong.\n");
    Run lenient = run("check", "--source", source.toString(), "--out", out.toString());
    assertEquals(0, lenient.code());
    assertTrue(lenient.err().contains("warning: unknown key `colour`"), lenient.err());
    assertEquals(1, run("check", "--strict", "--source", source.toString(), "--out", out.toString()).code());
  }

  /** A {@code --theme} folder that does not exist is an error naming it (it was ignored: the built-in theme, exit 0). */
  @Test
  void aThemeFolderThatDoesNotExistIsAnErrorNamingIt() {
    Path source = TestSites.fixture("three", tmp);
    Path missing = tmp.resolve("no-such-theme");
    for (String command : new String[] {"build", "check"}) {
      Run r = run(command, "--source", source.toString(), "--out", tmp.resolve("site").toString(), "--theme", missing.toString());
      assertEquals(1, r.code(), command + ": " + r.err());
      assertTrue(r.err().contains("theme folder not found: " + missing), r.err());
    }
    assertFalse(Files.exists(tmp.resolve("site")), "nothing published");
  }

  /**
   * A problem in a {@code --theme} folder given as a relative path names a file that exists from where Versus runs:
   * it was printed under the guide's folder ({@code guide/../th/templates/404.peb} for {@code --theme th}), where
   * there is no such file (found by the round-9 tester).
   */
  @Test
  void aRelativeThemeFoldersTemplateErrorNamesTheFileFromTheCurrentFolder() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    Path theme = tmp.resolve("th");
    Files.createDirectories(theme.resolve("templates"));
    Files.writeString(theme.resolve("templates/404.peb"), "{% extends \"base.peb\" %}\n{% block content %}\n{% if %}\n{% endblock %}\n");
    Path relative = Path.of("").toAbsolutePath().relativize(theme);
    Run r = run("build", "--source", source.toString(), "--out", tmp.resolve("site").toString(), "--theme", relative.toString());
    assertEquals(1, r.code(), r.err());
    String line = r.err().lines().filter(l -> l.contains("404.peb:3:")).findFirst().orElseThrow(() -> new AssertionError(r.err()));
    String file = line.substring(0, line.indexOf("404.peb:3:") + "404.peb".length());
    assertTrue(Files.isSameFile(theme.resolve("templates/404.peb"), Path.of(file)), line);
  }

  /**
   * A syntax error in the guide's own override ({@code templates/404.peb} inside the guide) names the file from
   * the current folder, as every content file's problem does: it was printed as {@code templates/404.peb},
   * which exists only inside the guide, and the Maven plugin's "absolute paths" were not (round-10 tester).
   */
  @Test
  void aGuideTemplateErrorNamesTheFileFromTheCurrentFolder() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    Files.createDirectories(source.resolve("templates"));
    Files.writeString(source.resolve("templates/404.peb"), "<p>ok</p>\n<p>{{ page.title }</p>\n");
    Run r = run("check", "--source", source.toString());
    assertEquals(1, r.code(), r.err());
    String line = r.err().lines().filter(l -> l.contains("404.peb:2:")).findFirst().orElseThrow(() -> new AssertionError(r.err()));
    assertTrue(line.startsWith(source.resolve("templates/404.peb") + ":2:"), line);
  }

  /** A guide without site.yaml is told the keys it needs by today's names: `scales`, not the older `legend` (round-9 tester). */
  @Test
  void aMissingSiteYamlNamesTheKeysItNeeds() throws Exception {
    Path source = tmp.resolve("guide");
    Files.createDirectories(source);
    Files.writeString(source.resolve("index.md"), "---\n---\nHello.\n");
    Run r = run("check", "--source", source.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("missing site.yaml: every guide needs one (title, description, base_url, subjects, groups, scales)"),
        r.err());
    Files.writeString(source.resolve("site.yaml"), "");
    Run empty = run("check", "--source", source.toString());
    assertTrue(empty.err().contains("site.yaml is empty: it needs title, description, base_url, subjects, groups and scales"), empty.err());
  }

  @Test
  void refusesToWriteIntoAFolderItDidNotMake() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    Run r = run("build", "--source", source.toString(), "--out", source.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("refusing to write into"), r.err());
    assertFalse(java.util.regex.Pattern.compile("\\brender \\d").matcher(r.out()).find(), "refused before rendering: " + r.out());
    assertTrue(Files.isRegularFile(source.resolve("site.yaml")), "the content is untouched");
    assertFalse(Files.exists(source.resolve("index.html")));
    // check refuses the same folder as soon, before the render stage (it rendered every page first)
    Run check = run("check", "--source", source.toString(), "--out", source.toString());
    assertEquals(1, check.code());
    assertTrue(check.err().contains("refusing to write into"), check.err());
    assertFalse(java.util.regex.Pattern.compile("\\brender \\d").matcher(check.out()).find(), "refused before rendering: " + check.out());
  }

  /**
   * An {@code --out} inside the guide's {@code static/} folder was published: each build copied the last one's site into
   * the new one (14, then 63, then 112 files, the cache never kept), and {@code --out /} ended in a NullPointerException.
   * Both are refused by name before the guide is read, by {@code build} and {@code check} alike, and nothing is written.
   */
  @Test
  void anOutputFolderInsideStaticOrAtTheRootIsRefusedByName() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    Path inside = source.resolve("static").resolve("site");
    for (String command : new String[] {"build", "check", "build"}) {
      Run r = run(command, "--source", source.toString(), "--out", inside.toString());
      assertEquals(1, r.code(), command + ": " + r.out() + r.err());
      assertTrue(r.err().contains(inside + ": error: the output " + inside + " is inside " + source.resolve("static")
          + ", whose files every build publishes as they are"), r.err());
      assertFalse(Files.exists(inside), "nothing written");
    }
    Run root = run("build", "--source", source.toString(), "--out", "/");
    assertEquals(1, root.code(), root.err());
    assertTrue(root.err().contains("the output / is the root of the file system: choose a folder for the site"), root.err());
    assertEquals(0, run("build", "--source", source.toString(), "--out", tmp.resolve("site").toString()).code(), "beside the guide is fine");
  }

  /**
   * {@code --source} and {@code --out} given as symbolic links work like the folders they lead to: the guide's files are
   * found (the walk did not enter a link at the top: "missing site.yaml"), the site is published into the folder the
   * link leads to and the link stays; a link to no folder is refused by name, not met halfway (the swap said "Not a directory").
   */
  @Test
  void aGuideOrOutputFolderGivenAsASymbolicLinkWorksLikeTheFolder() throws Exception {
    Path guide = Files.createSymbolicLink(tmp.resolve("guide"), TestSites.fixture("three", tmp.resolve("real")));
    Path site = Files.createDirectories(tmp.resolve("www/site"));
    Path out = Files.createSymbolicLink(tmp.resolve("out"), site);
    for (String time : List.of("first", "second")) {
      Run r = run("build", "--source", guide.toString(), "--out", out.toString());
      assertEquals(0, r.code(), time + " build: " + r.err());
      assertTrue(Files.isRegularFile(site.resolve("criteria/price/index.html")), time + " build: " + r.out());
      assertTrue(Files.isSymbolicLink(out), "the output link stays a link");
    }
    assertEquals(0, run("check", "--source", guide.toString()).code());
    Path nowhere = Files.createSymbolicLink(tmp.resolve("nowhere"), tmp.resolve("www/missing"));
    Run dangling = run("build", "--source", guide.toString(), "--out", nowhere.toString());
    assertEquals(1, dangling.code());
    assertTrue(dangling.err().contains("output " + nowhere + " is a symbolic link to " + tmp.resolve("www/missing")
        + ", which does not exist: create that folder, or remove the link"), dangling.err());
    assertFalse(Files.exists(tmp.resolve("www/missing")));
  }

  @Test
  void initWritesAGuideThatPassesStrictCheck() {
    Path dir = tmp.resolve("new-guide");
    Run init = run("init", dir.toString());
    assertEquals(0, init.code(), init.err());
    for (String f : InitCommand.FILES) assertTrue(Files.isRegularFile(dir.resolve(f)), f);
    assertEquals(".versus-cache/\n", dev.versus.TestSites.read(dir.resolve(".gitignore")), "the build cache is not for git");
    Run build = run("build", "--source", dir.toString(), "--out", tmp.resolve("built").toString());
    assertEquals(0, build.code(), build.err());
    // the document cache is sharded (load-00.bin ... load-15.bin); a tiny guide fills at least one shard
    List<String> cached = cacheFiles(dir.resolve(".versus-cache"));
    assertTrue(cached.stream().anyMatch(f -> f.matches("load-\\d\\d\\.bin")), "build keeps its cache where .gitignore says: " + cached);
    Run check = run("check", "--strict", "--source", dir.toString(), "--out", tmp.resolve("o").toString());
    assertEquals(0, check.code(), check.err() + check.out());
    assertEquals(2, run("init", dir.toString()).code(), "never writes into a non-empty folder");
  }

  /**
   * {@code versus init} printed the commands to run next with the folder unquoted ({@code cd my guide && versus build}
   * runs {@code cd my}), and called a file "not empty"; the folder is now one shell word, and a file is named a file.
   */
  @Test
  void initPrintsCommandsThatPasteAndNamesAFileAFile() throws Exception {
    Path dir = tmp.resolve("my guide's");
    Run init = run("init", dir.toString());
    assertEquals(0, init.code(), init.err());
    String quoted = "'" + dir.toString().replace("'", "'\\''") + "'";
    assertTrue(init.out().endsWith("build it with: cd " + quoted + " && versus build (or versus build --source " + quoted + ")\n"),
        init.out());
    assertEquals("plain/path-1.x", InitCommand.shellWord("plain/path-1.x"));
    Path file = Files.writeString(tmp.resolve("notes.txt"), "");
    Run onFile = run("init", file.toString());
    assertEquals(2, onFile.code());
    assertEquals("versus: " + file + " is a file, not a folder: choose a new folder\n", onFile.err());
  }

  /** {@code git init guide && versus init guide}: a folder holding only {@code .git} is refused no more; anything else is. */
  @Test
  void initWritesIntoAFolderThatHoldsOnlyGit() throws Exception {
    Path dir = tmp.resolve("repo");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Run init = run("init", dir.toString());
    assertEquals(0, init.code(), init.err());
    assertTrue(Files.isRegularFile(dir.resolve("site.yaml")));
    assertEquals("ref: refs/heads/main\n", Files.readString(dir.resolve(".git/HEAD")), "the repository is left as it was");
    Path other = tmp.resolve("other");
    Files.createDirectories(other.resolve(".git"));
    Files.writeString(other.resolve("README.md"), "mine\n");
    Run refused = run("init", other.toString());
    assertEquals(2, refused.code());
    assertEquals("versus: " + other + " already exists and is not empty: choose a new folder (one that holds only a .git"
        + " folder will do)\n", refused.err());
  }

  @Test
  void initsHomePageSaysTheShortAnswerOnce() {
    Path dir = tmp.resolve("new-guide");
    assertEquals(0, run("init", dir.toString()).code());
    Run build = run("build", "--source", dir.toString(), "--out", tmp.resolve("o").toString());
    assertEquals(0, build.code(), build.err());
    String home = TestSites.read(tmp.resolve("o/index.html")).toLowerCase(java.util.Locale.ROOT);
    assertEquals(1, home.split("the short answer", -1).length - 1, "the theme's heading, not a second one in index.md");
  }

  private static List<String> cacheFiles(Path folder) {
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    } catch (java.io.IOException e) {
      return List.of();
    }
  }
}

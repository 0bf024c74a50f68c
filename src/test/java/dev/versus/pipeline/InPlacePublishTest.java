package dev.versus.pipeline;

import static dev.versus.pipeline.SameSite.assertSameTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.GeneratedGuide;
import dev.versus.TestSites;
import dev.versus.content.Markdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every build over a site of ours publishes in place: the output folder stays the same folder, a page nothing
 * changed stays the very same file, and after every kind of edit (an article edited, deleted, added, a subject
 * renamed, a theme changed) the site equals a cold {@code --no-cache} build's into an empty folder, file for file and
 * folder for folder, the user's own files aside. A repeat build with the build cache keeps unchanged pages unread; a
 * build that renders every page ({@code --no-cache}, another theme) compares each page with the site's file and
 * writes only those that differ.
 */
class InPlacePublishTest {
  private static final String UNTOUCHED = "articles/note-3/index.html";

  @Test
  void aRepeatBuildChangesOnlyWhatChangedAndEqualsAColdBuildAfterEveryKindOfEdit(@TempDir Path dir) throws IOException {
    Path guide = builtWithTheUsersFile(dir, 12, CACHED);
    Path out = dir.resolve("site");
    Object folder = identity(out);
    Object untouched = identity(out.resolve(UNTOUCHED));
    Object stylesheet = identity(out.resolve("css/versus.css"));
    build(guide, out, Optional.empty()); // the first build with a page record of this folder
    Object manifest = identity(out.resolve(dev.versus.site.SiteWriter.MANIFEST));

    build(guide, out, Optional.empty());
    assertEquals(manifest, identity(out.resolve(dev.versus.site.SiteWriter.MANIFEST)), "nothing changed: not even the manifest");
    assertEquals(untouched, identity(out.resolve(UNTOUCHED)), "nothing changed: the page is the same file, not written");
    assertEquals(stylesheet, identity(out.resolve("css/versus.css")), "nor an asset whose bytes did not change");
    assertEqualsCold(guide, out, dir, "nothing changed");

    TestSites.append(guide.resolve("articles/note-7.md"), "\nA sentence added to the body.\n");
    assertEqualsCold(guide, out, dir, "one article edited");
    assertEquals(untouched, identity(out.resolve(UNTOUCHED)), "another article's page is not touched");
    Files.delete(guide.resolve("articles/note-8.md"));
    assertEqualsCold(guide, out, dir, "one article deleted");
    assertFalse(Files.exists(out.resolve("articles/note-8")), "its page and its folder are gone");
    Files.writeString(guide.resolve("articles/note-99.md"), Files.readString(guide.resolve("articles/note-5.md"))
        .replace("Note 5", "Note 99"));
    assertEqualsCold(guide, out, dir, "one article added");
    Path cocoa = guide.resolve("subjects/cocoa.md");
    Files.writeString(cocoa, Files.readString(cocoa).replace("title: \"Cocoa\"", "title: \"Hot chocolate\""));
    assertEqualsCold(guide, out, dir, "a subject renamed");
    assertEquals(folder, identity(out), "every build so far published in place");
    assertEquals("guide.example.org\n", Files.readString(out.resolve("CNAME")), "the user's file stays");

    // another theme: the page record was made for the old one and vouches for nothing, so every page is rendered;
    // only the page whose bytes the theme changed is written, the others stay the very files they were
    Path theme = TestSites.themeWith(dir, "templates/404.peb", "static/css/versus.css");
    Path notFound = theme.resolve("templates/404.peb");
    Files.writeString(notFound, Files.readString(notFound).replace("<h1>", "<h1 class=\"lost\">"));
    Object page = identity(out.resolve(UNTOUCHED));
    Object lost = identity(out.resolve("404.html"));
    assertEqualsCold(guide, out, dir, Optional.of(theme), "a template of the theme changed");
    assertEquals(page, identity(out.resolve(UNTOUCHED)), "a page the theme did not change is not written");
    assertNotEquals(lost, identity(out.resolve("404.html")), "the one it changed is");
    assertEquals(folder, identity(out), "in place");

    // a stylesheet of the theme changed: every page links it by its digest, so every page is written, in place
    TestSites.append(theme.resolve("static/css/versus.css"), "\nbody { letter-spacing: 0.01em; }\n");
    assertEqualsCold(guide, out, dir, Optional.of(theme), "a stylesheet of the theme changed");
    assertNotEquals(page, identity(out.resolve(UNTOUCHED)), "every page links the new stylesheet");
    assertEquals(folder, identity(out), "in place");
    assertEquals("guide.example.org\n", Files.readString(out.resolve("CNAME")), "the user's file stays");
  }

  @Test
  void aNoCacheBuildOverTheSiteWritesOnlyWhatDiffersAndEqualsABuildIntoAnEmptyFolder(@TempDir Path dir) throws IOException {
    Path guide = builtWithTheUsersFile(dir, 12, COLD);
    Path out = dir.resolve("site");
    Map<String, Object> first = identities(out);
    assertEqualsCold(COLD, guide, out, dir, Optional.empty(), "nothing changed");
    assertEquals(first, identities(out), "nothing changed: no file or folder written, made or deleted, the manifest neither");

    TestSites.append(guide.resolve("articles/note-7.md"), "\nA sentence added to the body.\n");
    assertEqualsCold(COLD, guide, out, dir, Optional.empty(), "one article edited");
    Map<String, Object> edited = identities(out);
    assertNotEquals(first.get("articles/note-7/index.html"), edited.get("articles/note-7/index.html"), "its page is written");
    for (String same : List.of("", "articles/note-7", UNTOUCHED, "css/versus.css", "CNAME", "404.html")) {
      assertEquals(first.get(same), edited.get(same), same + " is the same file, not written again");
    }

    // a page of the user's where a new article's page goes stays theirs, as when the whole folder was swapped
    Files.createDirectories(out.resolve("articles/note-99"));
    Files.writeString(out.resolve("articles/note-99/index.html"), "the user's own page\n");
    Files.writeString(guide.resolve("articles/note-99.md"), Files.readString(guide.resolve("articles/note-5.md"))
        .replace("Note 5", "Note 99"));
    BuildResult mine = assertEqualsCold(COLD, guide, out, dir, Optional.empty(), "an article added where the user has a page",
        "articles/note-99/index.html");
    assertTrue(mine.notes().stream().anyMatch(n -> n.startsWith("kept your articles/note-99/index.html")), mine.notes().toString());
    Files.delete(out.resolve("articles/note-99/index.html"));

    // a build with errors leaves the site as it was, every file of it
    Path note3 = guide.resolve("articles/note-3.md");
    String text = Files.readString(note3);
    Files.writeString(note3, text + "\nSee [nothing](missing.md).\n");
    Map<String, Object> good = identities(out);
    assertTrue(new Build(new Markdown()).run(new BuildOptions(guide, out, Optional.empty(), false, Optional.empty()), true).hasErrors());
    assertEquals(good, identities(out), "a failed build touches nothing");
    Files.writeString(note3, text);

    Files.delete(guide.resolve("articles/note-8.md"));
    assertEqualsCold(COLD, guide, out, dir, Optional.empty(), "one article deleted and the user's page gone");
    assertFalse(Files.exists(out.resolve("articles/note-8")), "its page and its folder are gone");
    assertEquals(first.get(""), identity(out), "every build published in place");
  }

  @Test
  void aNoCacheBuildStoppedHalfwayIsFinishedByTheNextBuild(@TempDir Path dir) throws IOException {
    Path guide = builtAndCocoaRetitled(dir);
    Path out = dir.resolve("site");
    Path blocked = out.resolve("subjects/cocoa");
    BuildResult stopped;
    try (Blocked b = Blocked.folder(dir, blocked)) {
      org.junit.jupiter.api.Assumptions.assumeTrue(b.blocks(), "this file system lets the test user write into any folder");
      stopped = new Build(new Markdown()).run(new BuildOptions(guide, out, Optional.empty(), false, Optional.empty()), true);
    }
    assertTrue(stopped.diagnostics().toString().contains("the next build finishes it"), stopped.diagnostics().toString());
    // the summary says what happened: part of this build is in the site (it said "nothing written")
    assertEquals("build failed, the site changed in part (the next build finishes it)", stopped.failedVerb());
    assertEquals(List.of(".site.tmp-"), siblings(dir).stream().filter(n -> n.startsWith(".site.") && !n.endsWith(".lock"))
        .map(n -> n.substring(0, ".site.tmp-".length())).toList(), "its temporary folder and journal stay");
    BuildResult next = assertEqualsCold(COLD, guide, out, dir, Optional.empty(), "the next build");
    assertTrue(next.notes().stream().anyMatch(n -> n.startsWith("finished publishing")), next.notes().toString());
  }

  /**
   * A build that cannot finish what a stopped one began (the folder still blocked) says so, and never that the previous
   * output is unchanged: the stopped build changed it in part.
   */
  @Test
  void aBuildThatCannotFinishAStoppedPublishNeverSaysTheSiteIsUnchanged(@TempDir Path dir) throws IOException {
    Path guide = builtAndCocoaRetitled(dir);
    Path out = dir.resolve("site");
    BuildOptions options = new BuildOptions(guide, out, Optional.empty(), false, Optional.empty());
    BuildResult again;
    try (Blocked b = Blocked.folder(dir, out.resolve("subjects/cocoa"))) {
      org.junit.jupiter.api.Assumptions.assumeTrue(b.blocks(), "this file system lets the test user write into any folder");
      assertFalse(new Build(new Markdown()).run(options, true).diagnostics().isEmpty(), "the first build stops");
      again = new Build(new Markdown()).run(options, true);
    }
    String said = again.diagnostics().toString();
    assertTrue(said.contains("cannot finish publishing what a stopped build began"), said);
    assertFalse(said.contains("unchanged"), said);
    assertTrue(again.partlyPublished(), "the summary says the site changed in part, not that nothing was written");
    assertEqualsCold(COLD, guide, out, dir, Optional.empty(), "the build after the way is clear");
  }

  /**
   * The guide built into {@code dir/site}, then its subject Cocoa retitled: the new title is on most pages, so when the
   * folder of one of them refuses the move into it, the publish stops with some pages moved and the others, and the
   * deletions, still to do.
   */
  private static Path builtAndCocoaRetitled(Path dir) throws IOException {
    Path guide = builtWithTheUsersFile(dir, 5, COLD);
    Path cocoa = guide.resolve("subjects/cocoa.md");
    Files.writeString(cocoa, Files.readString(cocoa).replace("title: \"Cocoa\"", "title: \"Hot chocolate\""));
    return guide;
  }

  @Test
  void aFileTheUserChangedOrDeletedInTheSiteIsWrittenAgain(@TempDir Path dir) throws IOException {
    Path guide = GeneratedGuide.write(dir, 5);
    Path out = dir.resolve("site");
    build(guide, out, Optional.empty());
    Object folder = identity(out);
    Files.writeString(out.resolve("css/versus.css"), "edited by hand");
    Files.delete(out.resolve("compare.json"));
    Files.writeString(out.resolve("index.html"), "edited by hand");
    Files.delete(out.resolve(UNTOUCHED));
    assertEqualsCold(guide, out, dir, "files changed and deleted in the site");
    assertEquals(folder, identity(out), "in place");
  }

  /** Builds with the build cache. */
  private static final Builder CACHED = InPlacePublishTest::build;
  /** Builds with {@code --no-cache}, rendering every page. */
  private static final Builder COLD = InPlacePublishTest::cold;

  /** A build of a guide into a folder with a theme, asserted to have no error. */
  private interface Builder {
    BuildResult build(Path guide, Path out, Optional<Path> theme);
  }

  /** Writes a guide of {@code n} generated articles into {@code dir/large}, builds it into {@code dir/site} and adds the user's CNAME there. */
  private static Path builtWithTheUsersFile(Path dir, int n, Builder builder) throws IOException {
    Path guide = GeneratedGuide.write(dir, n);
    Path out = dir.resolve("site");
    builder.build(guide, out, Optional.empty());
    Files.writeString(out.resolve("CNAME"), "guide.example.org\n");
    return guide;
  }

  private static BuildResult build(Path guide, Path out, Optional<Path> theme) {
    BuildResult r = new Build(new Markdown()).withCache(true).run(new BuildOptions(guide, out, Optional.empty(), false, theme), true);
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    return r;
  }

  private static BuildResult cold(Path guide, Path out, Optional<Path> theme) {
    BuildResult r = new Build(new Markdown()).run(new BuildOptions(guide, out, Optional.empty(), false, theme), true);
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    return r;
  }

  private static void assertEqualsCold(Path guide, Path out, Path dir, String what) {
    assertEqualsCold(guide, out, dir, Optional.empty(), what);
  }

  private static void assertEqualsCold(Path guide, Path out, Path dir, Optional<Path> theme, String what) {
    assertEqualsCold(CACHED, guide, out, dir, theme, what);
  }

  /**
   * Builds into {@code out} with {@code builder}, then cold into an empty folder, and holds the two sites to each other,
   * the user's CNAME and {@code yours} (their files in {@code out}) aside. Returns the build into {@code out}.
   */
  private static BuildResult assertEqualsCold(Builder builder, Path guide, Path out, Path dir, Optional<Path> theme, String what,
      String... yours) {
    BuildResult built = builder.build(guide, out, theme);
    Path cold = dir.resolve("cold");
    if (Files.exists(cold)) TestSites.delete(cold);
    cold(guide, cold, theme);
    try {
      for (String mine : concat("CNAME", yours)) {
        if (Files.exists(out.resolve(mine))) Files.copy(out.resolve(mine), cold.resolve(mine), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertSameTree(cold, out, what);
    assertEquals(List.of("cold", "large", "site"), siblings(dir).stream().filter(n -> !n.equals("theme")).toList(),
        what + ": nothing left beside the site");
    return built;
  }

  /**
   * A folder of the site nothing can be moved into while this is open, as a folder on another device or a full disk
   * would refuse: immutable ({@code chattr +i}) where the test runs as root, whom modes do not stop; read-only otherwise.
   * {@code blocks}: whether making a file in it failed, as it must for the test to mean anything. Closing finds the folder
   * below {@code root} by its file key, wherever a build moved it (a swap parks the old site), so no folder stays
   * immutable, which not even root could delete.
   */
  private record Blocked(Path root, Object key, boolean immutable, boolean blocks) implements AutoCloseable {
    static Blocked folder(Path root, Path dir) throws IOException {
      boolean immutable = chattr("+i", dir);
      if (!immutable) Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
      boolean blocks;
      try {
        Files.delete(Files.createFile(dir.resolve(".probe")));
        blocks = false;
      } catch (IOException e) {
        blocks = true;
      }
      return new Blocked(root, Files.readAttributes(dir, BasicFileAttributes.class).fileKey(), immutable, blocks);
    }

    @Override
    public void close() throws IOException {
      List<Path> found;
      try (var s = Files.walk(root)) {
        found = s.filter(Files::isDirectory).filter(p -> key.equals(fileKey(p))).toList();
      }
      for (Path dir : found) {
        if (immutable) chattr("-i", dir);
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }

    private static Object fileKey(Path p) {
      try {
        return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
      } catch (IOException e) {
        return null;
      }
    }

    private static boolean chattr(String flag, Path dir) {
      try {
        Process p = new ProcessBuilder("chattr", flag, dir.toString()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  private static List<String> concat(String first, String... rest) {
    List<String> all = new java.util.ArrayList<>(List.of(first));
    all.addAll(List.of(rest));
    return all;
  }

  /** The identity ({@link #identity}) of every file and folder below {@code root} by relative path ({@code ""}: the root). */
  private static Map<String, Object> identities(Path root) throws IOException {
    Map<String, Object> ids = new TreeMap<>();
    try (var s = Files.walk(root)) {
      for (Path p : s.toList()) ids.put(root.relativize(p).toString().replace('\\', '/'), identity(p));
    }
    return ids;
  }

  private static List<String> siblings(Path dir) {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's or folder's identity: its file key (device and inode) and its time, which any write changes. */
  private static Object identity(Path p) throws IOException {
    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
    return List.of(String.valueOf(a.fileKey()), p.equals(p.getRoot()) || Files.isDirectory(p) ? "" : a.lastModifiedTime().toString());
  }
}

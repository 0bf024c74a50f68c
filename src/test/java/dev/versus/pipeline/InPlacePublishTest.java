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
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repeat build with the build cache publishes in place: the output folder stays the same folder, a page nothing
 * changed stays the very same file, and after every kind of edit (an article edited, deleted, added, a subject
 * renamed, a theme changed) the site equals a cold {@code --no-cache} build's, file for file and folder for folder,
 * the user's own file aside. A build the page record cannot vouch for (the first, another theme) swaps the whole folder.
 */
class InPlacePublishTest {
  private static final String UNTOUCHED = "articles/note-3/index.html";

  @Test
  void aRepeatBuildChangesOnlyWhatChangedAndEqualsAColdBuildAfterEveryKindOfEdit(@TempDir Path dir) throws IOException {
    Path guide = GeneratedGuide.write(dir, 12);
    Path out = dir.resolve("site");
    build(guide, out, Optional.empty());
    Files.writeString(out.resolve("CNAME"), "guide.example.org\n");
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

    // another theme: the page record was made for the old one, so the whole folder is swapped
    Path theme = TestSites.themeWith(dir, "static/css/versus.css");
    TestSites.append(theme.resolve("static/css/versus.css"), "\nbody { letter-spacing: 0.01em; }\n");
    build(guide, out, Optional.of(theme));
    assertNotEquals(folder, identity(out), "swapped");
    assertEqualsCold(guide, out, dir, Optional.of(theme), "a theme changed");
    assertEquals("guide.example.org\n", Files.readString(out.resolve("CNAME")), "the user's file is carried over");
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

  private static BuildResult build(Path guide, Path out, Optional<Path> theme) {
    BuildResult r = new Build(new Markdown()).withCache(true).run(new BuildOptions(guide, out, Optional.empty(), false, theme), true);
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    return r;
  }

  private static void assertEqualsCold(Path guide, Path out, Path dir, String what) {
    assertEqualsCold(guide, out, dir, Optional.empty(), what);
  }

  /** Builds with the cache, then cold into another folder, and holds the two sites to each other (the user's CNAME aside). */
  private static void assertEqualsCold(Path guide, Path out, Path dir, Optional<Path> theme, String what) {
    build(guide, out, theme);
    Path cold = dir.resolve("cold");
    if (Files.exists(cold)) TestSites.delete(cold);
    BuildResult r = new Build(new Markdown()).run(new BuildOptions(guide, cold, Optional.empty(), false, theme), true);
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    Path cname = out.resolve("CNAME");
    try {
      if (Files.exists(cname)) Files.copy(cname, cold.resolve("CNAME"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertSameTree(cold, out, what);
    assertEquals(List.of("cold", "large", "site"), siblings(dir).stream().filter(n -> !n.equals("theme")).toList(),
        what + ": nothing left beside the site");
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

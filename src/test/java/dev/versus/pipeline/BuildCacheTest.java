package dev.versus.pipeline;

import static dev.versus.pipeline.SameSite.assertSameTree;
import static dev.versus.pipeline.SameSite.assertTreeEquals;
import static dev.versus.pipeline.SameSite.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.GeneratedGuide;
import dev.versus.TestSites;
import dev.versus.content.CacheFile;
import dev.versus.content.Markdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistent build cache: a cached build publishes exactly the bytes a cold build does, whatever state
 * the cache is in (damaged in several ways, made by another version or for another configuration, a file of
 * it or of the site gone); an edit renders only the pages that read it (counted by the build's note); a theme
 * change renders everything; and a failed build changes neither the site nor the cache.
 */
class BuildCacheTest {
  private static final Pattern RENDERED = Pattern.compile("build cache: rendered (\\d+) of (\\d+) pages");
  private static final String ARTICLE = "articles/note-7.md";

  @Test
  void aDamagedOrForeignCacheIsDiscardedWithANoteAndTheSiteEqualsAColdBuild(@TempDir Path dir) throws IOException {
    Path guide = GeneratedGuide.write(dir, 12);
    Path out = dir.resolve("site");
    Path cache = guide.resolve(BuildCache.FOLDER);
    Map<String, Consumer<Path>> damages = new java.util.LinkedHashMap<>();
    damages.put("truncated", f -> rewrite(f, b -> java.util.Arrays.copyOf(b, b.length / 2)));
    damages.put("flipped bytes", f -> rewrite(f, b -> {
      for (int i = 40; i < b.length; i += 997) b[i] ^= 0x5a;
      return b;
    }));
    damages.put("other version", f -> rewrite(f, b -> reKeyed(f, "versus 0.0.1 commit 0000000")));
    damages.put("empty", f -> rewrite(f, b -> new byte[0]));
    damages.put("deleted", f -> delete(f));
    // the edited article's shard of the documents, and every shard of the print view's sections
    String loadShard = String.format("load-%02d.bin", CacheFile.shard(ARTICLE));
    for (String file : List.of(loadShard, "pages.bin", "print-")) {
      for (Map.Entry<String, Consumer<Path>> damage : damages.entrySet()) {
        build(guide, out, true);
        TestSites.append(guide.resolve(ARTICLE), "\nEdited before a build with a cache " + damage.getKey() + ".\n");
        List<Path> files = file.endsWith(".bin") ? List.of(cache.resolve(file)) : shards(cache, file);
        assertFalse(files.isEmpty(), file);
        files.forEach(damage.getValue());
        BuildResult warm = build(guide, out, true);
        String what = file + " " + damage.getKey();
        assertFalse(warm.hasErrors(), what);
        if (!damage.getKey().equals("deleted")) {
          assertTrue(warm.notes().stream().anyMatch(n -> n.startsWith("build cache .versus-cache/" + file) && n.contains(" discarded: ")),
              what + ": " + warm.notes());
        }
        assertSameTree(cold(guide, dir), out, what);
      }
    }
  }

  @Test
  void aForeignCacheIsNotedOnceAndReplacedEvenWhereNoFileIsParsedAgain(@TempDir Path dir) throws IOException {
    // a shard holding no document (or no article section) is not written again by a build that changes nothing in
    // it: left made for another build (a Versus upgrade), it was "discarded" again by every later build
    Path guide = GeneratedGuide.write(dir, 12);
    Path out = dir.resolve("site");
    build(guide, out, true);
    Path cache = guide.resolve(BuildCache.FOLDER);
    List<Path> files = new java.util.ArrayList<>(shards(cache, "load-"));
    files.addAll(shards(cache, "print-"));
    files.forEach(f -> rewrite(f, b -> reKeyed(f, "versus 0.0.1 commit 0000000")));
    // an edit, so the print view is rendered: a build that renders nothing reads no print shard
    TestSites.append(guide.resolve(ARTICLE), "\nEdited after an upgrade.\n");
    BuildResult upgraded = build(guide, out, true);
    // one note per kind of shard, naming them all: sixteen lines saying the same thing helped nobody
    List<String> discarded = upgraded.notes().stream().filter(n -> n.contains(" discarded: made for another build")).toList();
    List<String> named = discarded.stream()
        .map(n -> n.substring(("build cache " + BuildCache.FOLDER + "/").length(), n.indexOf(" discarded:"))).sorted().toList();
    assertEquals(2, named.size(), upgraded.notes().toString());
    assertEquals("load-00.bin to load-15.bin", named.get(0), "every load shard was written, so all are named as a range");
    assertEquals(String.join(", ", files.stream().map(f -> f.getFileName().toString()).filter(f -> f.startsWith("print-")).sorted().toList()),
        named.get(1), "the print shards there were, each named");
    assertSameTree(cold(guide, dir), out, "after an upgrade");
    BuildResult next = build(guide, out, true);
    assertTrue(next.notes().stream().noneMatch(n -> n.contains(" discarded: ")), "noted once, not on every build: " + next.notes());
    assertEquals(0, rendered(next)[0], "nothing changed since");
    assertSameTree(cold(guide, dir), out, "the build after");
  }

  @Test
  void aCacheMadeForAnotherConfigurationOrWithAPageFileGoneIsNotTrusted(@TempDir Path dir) throws IOException {
    Path guide = GeneratedGuide.write(dir, 12);
    Path out = dir.resolve("site");
    build(guide, out, true);
    Files.writeString(guide.resolve("site.yaml"), Files.readString(guide.resolve("site.yaml")).replaceFirst("title: .*",
        "title: \"Another title\""));
    BuildResult other = build(guide, out, true);
    // the note says which part of the key differs, not only the last build's whole key
    assertTrue(other.notes().stream().anyMatch(n -> n.matches(".*pages.bin discarded: made for another build \\(site.yaml, sources.yaml,"
        + " options and theme [0-9a-f]{32}; this build: site.yaml, sources.yaml, options and theme [0-9a-f]{32}\\); building without it")),
        other.notes().toString());
    assertEquals(rendered(other)[1], rendered(other)[0], "every page rendered for another configuration");
    assertSameTree(cold(guide, dir), out, "other configuration");

    String page = "articles/note-3/index.html";
    Files.delete(out.resolve(page));
    Files.writeString(out.resolve("articles/note-4/index.html"), "changed by hand");
    BuildResult again = build(guide, out, true);
    assertEquals(2, rendered(again)[0], "the page deleted and the page changed in site/ are rendered again");
    assertSameTree(cold(guide, dir), out, "a page gone from site/");
  }

  /**
   * A page edited by hand in the site, its size and modification time put back (found by the round-7 tester): the
   * quick check of size and time (rsync's, make's) misses it, and so did the cache, which kept the edit where
   * {@code --no-cache} wrote the page again. The inode's change time, which no call of the user's sets back, tells it,
   * as it does in Git's index.
   */
  @Test
  void aPageEditedInTheSiteWithItsSizeAndTimePutBackIsWrittenAgain(@TempDir Path dir) throws Exception {
    handEditIsWrittenAgainAfter(dir, 0, "a page edited in the site, its size and time put back");
  }

  /** Every page kept, published in place: the record takes each kept page's entry from the last one. */
  @Test
  void aKeptPagesRecordCarriedFromTheLastBuildStillKeepsItAndStillSeesAHandEdit(@TempDir Path dir) throws Exception {
    handEditIsWrittenAgainAfter(dir, 2, "a page edited in the site after builds that kept it");
  }

  /**
   * A cached build, then {@code keptBuilds} builds with nothing changed (each renders nothing: the carried entries are
   * the files' own), then a page edited by hand with its size and time put back: the next build renders it alone.
   */
  private static void handEditIsWrittenAgainAfter(Path dir, int keptBuilds, String what) throws Exception {
    Path guide = GeneratedGuide.write(dir, 12);
    Path out = dir.resolve("site");
    build(guide, out, true);
    for (int i = 1; i <= keptBuilds; i++) assertEquals(0, rendered(build(guide, out, true))[0], "unchanged build " + i);
    editKeepingSizeAndTime(out.resolve("articles/note-4/index.html"));
    BuildResult again = build(guide, out, true);
    assertEquals(1, rendered(again)[0], again.notes().toString());
    assertSameTree(cold(guide, dir), out, what);
  }

  @Test
  void anEditedArticleRendersOnlyThePagesThatReadIt(@TempDir Path dir) throws IOException {
    Path guide = GeneratedGuide.write(dir, 12);
    Path out = dir.resolve("site");
    BuildResult first = build(guide, out, true);
    int pages = rendered(first)[1];
    assertEquals(pages, rendered(first)[0], "the first build renders every page");
    assertEquals(0, rendered(build(guide, out, true))[0], "nothing changed: nothing rendered");

    TestSites.append(guide.resolve(ARTICLE), "\nA sentence added to the body.\n");
    BuildResult edited = build(guide, out, true);
    // its own page, the feed and the print view (which show every article in full); no list shows the body
    assertEquals(3, rendered(edited)[0], edited.notes().toString());
    assertSameTree(cold(guide, dir), out, "one article edited");

    Files.writeString(guide.resolve(ARTICLE), Files.readString(guide.resolve(ARTICLE)).replace("title: \"Note 7\"", "title: \"Note seven\""));
    BuildResult retitled = build(guide, out, true);
    assertTrue(rendered(retitled)[0] > 3 && rendered(retitled)[0] < pages, retitled.notes().toString());
    assertSameTree(cold(guide, dir), out, "one article retitled");
  }

  /**
   * A feed of the newest three articles reads those three only: an edit of an older one leaves feed.xml as it was
   * (not rendered), a date that makes it one of the newest puts it in, and every cached build equals a cold one.
   */
  @Test
  void theFeedIsRenderedOnlyWhenAnArticleItListsChanges(@TempDir Path dir) throws IOException {
    Path guide = GeneratedGuide.write(dir, 12);
    TestSites.append(guide.resolve("site.yaml"), "\nfeed:\n  entries: 3\n");
    Path out = dir.resolve("site");
    build(guide, out, true);
    String feed = Files.readString(out.resolve("feed.xml"));
    // the generated notes share one date: some are listed, the others are older by the feed's order
    String older = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(i -> "note-" + i)
        .filter(slug -> !feed.contains("/articles/" + slug + "/")).findFirst().orElseThrow();

    TestSites.append(guide.resolve("articles/" + older + ".md"), "\nA sentence added to an article the feed does not list.\n");
    BuildResult edited = build(guide, out, true);
    // its own page and the print view; not the feed
    assertEquals(2, rendered(edited)[0], edited.notes().toString());
    assertEquals(feed, Files.readString(out.resolve("feed.xml")));
    assertSameTree(cold(guide, dir), out, "an article the feed does not list edited");

    Path file = guide.resolve("articles/" + older + ".md");
    Files.writeString(file, Files.readString(file).replace("date: 2025-01-01", "date: 2026-01-01"));
    BuildResult newer = build(guide, out, true);
    assertTrue(Files.readString(out.resolve("feed.xml")).contains("/articles/" + older + "/"), "now the newest");
    assertTrue(rendered(newer)[0] > 2, newer.notes().toString());
    assertSameTree(cold(guide, dir), out, "an article made the newest");

    TestSites.append(file, "\nA sentence added to an article the feed now lists.\n");
    BuildResult inFeed = build(guide, out, true);
    assertEquals(3, rendered(inFeed)[0], inFeed.notes().toString());
    assertSameTree(cold(guide, dir), out, "an article the feed lists edited");
  }

  @Test
  void thePrintViewReusesUnchangedArticlesSectionsAndEqualsAColdBuildAfterEveryKindOfEdit(@TempDir Path dir) throws IOException {
    Path guide = GeneratedGuide.write(dir, 12);
    Path out = dir.resolve("site");
    build(guide, out, true);
    Path linking = guide.resolve("articles/note-3.md");
    Path linked = guide.resolve("articles/note-5.md");
    // a link into another article's heading (an in-document link in print) and one off the site (a numbered note)
    TestSites.append(linking, "\nSee [its second part](note-5.md#part-2) and [the spec](https://example.org/spec).\n");
    rebuiltEqualsCold(guide, out, dir, "links added");

    TestSites.append(guide.resolve(ARTICLE), "\nA sentence added to the body.\n");
    int[] reused = reused(build(guide, out, true));
    assertEquals(reused[1] - 1, reused[0], "every section but the edited article's reused");
    assertSameTree(cold(guide, dir), out, "one body edited");

    // a heading added to the article another one links into: the print document's table of sections changes
    TestSites.append(linked, "\n## Part 5\n\nMore.\n");
    rebuiltEqualsCold(guide, out, dir, "a heading added to a linked article");
    Files.writeString(linked, Files.readString(linked).replace("title: \"Note 5\"", "title: \"Note five\""));
    rebuiltEqualsCold(guide, out, dir, "a linked article retitled");
    // a note earlier in the document numbers every later note one higher
    TestSites.append(guide.resolve("articles/note-1.md"), "\nRead [the draft](https://example.org/draft).\n");
    rebuiltEqualsCold(guide, out, dir, "a note added before others");
    Files.writeString(guide.resolve("articles/note-99.md"), Files.readString(linked).replace("Note five", "Note 99"));
    Files.delete(guide.resolve("articles/note-8.md"));
    rebuiltEqualsCold(guide, out, dir, "an article added and one deleted");
    Files.delete(linked);
    Files.writeString(linking, Files.readString(linking).replace("(note-5.md#part-2)", "(note-99.md#part-5)"));
    rebuiltEqualsCold(guide, out, dir, "the linked article deleted, the link moved");
  }

  @Test
  void everyChangeTheFilesStatsCouldHideIsSeenAndEachCachedBuildEqualsAColdOne(@TempDir Path dir) throws IOException {
    Path guide = GeneratedGuide.write(dir, 12);
    Path out = dir.resolve("site");
    // written a minute before the first build: known by their stat alone from the second build on
    FileTime past = FileTime.from(java.time.Instant.now().minusSeconds(60));
    try (Stream<Path> s = Files.walk(guide)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(f, past);
    }
    build(guide, out, true);
    rebuiltEqualsCold(guide, out, dir, "nothing changed");

    Path article = guide.resolve(ARTICLE);
    TestSites.sameSizeEdit(article);
    Files.setLastModifiedTime(article, FileTime.from(past.to(TimeUnit.MICROSECONDS) + 1, TimeUnit.MICROSECONDS));
    rebuiltEqualsCold(guide, out, dir, "an edit keeping the size and the second");
    Files.setLastModifiedTime(guide.resolve("articles/note-2.md"), FileTime.from(java.time.Instant.now()));
    rebuiltEqualsCold(guide, out, dir, "a file touched");
    Files.delete(guide.resolve("articles/note-3.md"));
    Files.writeString(guide.resolve("articles/note-77.md"), Files.readString(article).replace("Note 7", "Note 77"));
    rebuiltEqualsCold(guide, out, dir, "an article deleted and one added");

    // a time ahead of the next build's clock (a write in its last tick looks the same): recorded, but never trusted
    FileTime ahead = FileTime.from(java.time.Instant.now().plusSeconds(3600));
    Files.setLastModifiedTime(article, ahead);
    rebuiltEqualsCold(guide, out, dir, "a file written as the build began");
    TestSites.sameSizeEdit(article);
    Files.setLastModifiedTime(article, ahead);
    rebuiltEqualsCold(guide, out, dir, "the same file edited again, its size and time unchanged");
  }

  @Test
  void theSearchIndexIsKeptWhileItsDocumentsAreTheSameAndMadeAgainOtherwise(@TempDir Path dir) throws IOException {
    Path guide = GeneratedGuide.write(dir, 12);
    Path out = dir.resolve("site");
    Path index = out.resolve("search/index.json");
    build(guide, out, true);
    FileTime written = Files.getLastModifiedTime(index);
    rebuiltEqualsCold(guide, out, dir, "nothing changed");
    assertEquals(written, Files.getLastModifiedTime(index), "kept, not written again");

    TestSites.append(guide.resolve(ARTICLE), "\nA word the index must learn: zanzibar.\n");
    rebuiltEqualsCold(guide, out, dir, "an article's text edited");
    assertTrue(Files.readString(index).contains("zanzibar"));
    Files.writeString(index, "changed by hand");
    rebuiltEqualsCold(guide, out, dir, "the index changed in site/");
    Files.delete(index);
    rebuiltEqualsCold(guide, out, dir, "the index deleted from site/");
  }

  /** 12 articles of some 60,000 chars each: more article text than the first file holds, so the index has parts. */
  private static Path partedGuide(Path dir) {
    Path guide = GeneratedGuide.write(dir, 12);
    for (int i = 1; i <= 12; i++) {
      StringBuilder text = new StringBuilder("\n");
      for (int w = 0; w < 6_000; w++) text.append("word").append(i).append('x').append(w % 97).append(w % 10 == 9 ? ".\n" : " ");
      TestSites.append(guide.resolve("articles/note-" + i + ".md"), text.toString());
    }
    return guide;
  }

  @Test
  void anEditedArticleMakesOnlyItsPartOfTheSearchIndexAgain(@TempDir Path dir) throws IOException {
    Path guide = partedGuide(dir);
    Path out = dir.resolve("site");
    build(guide, out, true);
    Map<String, FileTime> before = partTimes(out);
    assertTrue(before.size() > 2, "parts: " + before.keySet());

    TestSites.append(guide.resolve(ARTICLE), "\nA word the index must learn: zanzibar.\n");
    BuildResult edited = build(guide, out, true);
    // the other parts are kept, not made again: made, each would be the same bytes, and left as it is in the site
    String kept = "build cache: kept " + (before.size() - 1) + " of " + (before.size() + 1) + " search-index files";
    assertTrue(edited.notes().contains(kept), kept + ": " + edited.notes());
    assertSameTree(cold(guide, dir), out, "an article's text edited");
    Map<String, FileTime> after = partTimes(out);
    List<String> written = before.keySet().stream().filter(p -> !before.get(p).equals(after.get(p))).toList();
    assertEquals(1, written.size(), "only the edited article's part is written again: " + written);
    assertTrue(Files.readString(out.resolve(written.get(0))).contains("zanzibar"), written.get(0));

    Path part = out.resolve(before.keySet().iterator().next());
    Files.writeString(part, "changed by hand");
    rebuiltEqualsCold(guide, out, dir, "a part of the index changed in site/");
    Files.delete(part);
    rebuiltEqualsCold(guide, out, dir, "a part of the index deleted from site/");
  }

  @Test
  void aPartOfTheSearchIndexKnowsItsArticlesByTheirDescriptionsAndBodiesNotOnlyTheirTexts(@TempDir Path dir) throws IOException {
    // a part's digest stands for each article's text by its description and its body's digest (its file's path and
    // bytes), so the texts of kept parts are never decoded: each of these edits must still make the part again
    Path guide = partedGuide(dir);
    Path out = dir.resolve("site");
    build(guide, out, true);
    Path article = guide.resolve(ARTICLE);
    Files.writeString(article, Files.readString(article).replace("Generated note 7.", "A description the part must hold."));
    rebuiltEqualsCold(guide, out, dir, "an article's description edited, its body not");
    Files.writeString(article, Files.readString(article).replace("meta_description: \"A description the part must hold.\"\n", ""));
    rebuiltEqualsCold(guide, out, dir, "an article's description removed");
    Path other = guide.resolve("articles/note-8.md");
    String body7 = Files.readString(article).substring(Files.readString(article).indexOf("\n---\n"));
    String body8 = Files.readString(other).substring(Files.readString(other).indexOf("\n---\n"));
    Files.writeString(article, Files.readString(article).replace(body7, body8));
    rebuiltEqualsCold(guide, out, dir, "an article given another article's body");
    TestSites.sameSizeEdit(article);
    rebuiltEqualsCold(guide, out, dir, "the body edited, its size kept");
  }

  /** The time of each part file of the search index in {@code out} ({@code search/text-<n>.json}), by path. */
  private static Map<String, FileTime> partTimes(Path out) throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> files = Files.list(out.resolve("search"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("text-")).toList()) {
        times.put(out.relativize(f).toString().replace('\\', '/'), Files.getLastModifiedTime(f));
      }
    }
    return times;
  }

  @Test
  void aThemeChangeRendersEveryPage(@TempDir Path dir) throws IOException {
    Path guide = GeneratedGuide.write(dir, 5);
    Path out = dir.resolve("site");
    int pages = rendered(build(guide, out, true))[1];
    Path theme = dir.resolve("theme");
    TestSites.write(theme, "-- static/extra.txt --\nnot used by any template\n");
    BuildOptions withTheme = new BuildOptions(guide, out, Optional.empty(), false, Optional.of(theme));
    assertEquals(pages, rendered(new Build(new Markdown()).withCache(true).run(withTheme, true))[0]);
    assertEquals(0, rendered(new Build(new Markdown()).withCache(true).run(withTheme, true))[0]);
    TestSites.write(theme, "-- static/extra.txt --\nchanged\n");
    BuildResult changed = new Build(new Markdown()).withCache(true).run(withTheme, true);
    assertEquals(pages, rendered(changed)[0], "a changed theme file: every page rendered");
  }

  /**
   * The cache is keyed by the theme's bytes, not by where they are: the launcher runs the repository's {@code theme/},
   * {@code java -jar} the jar's copy, and a build by the other one rendered every page again, with no note saying why.
   */
  @Test
  void theSameThemeInAnotherFolderKeepsEveryPage(@TempDir Path dir) {
    Path guide = GeneratedGuide.write(dir, 5);
    Path out = dir.resolve("site");
    for (String at : List.of("one", "two")) TestSites.copy(TestSites.repo().resolve("theme"), dir.resolve(at));
    BuildOptions first = new BuildOptions(guide, out, Optional.empty(), false, Optional.of(dir.resolve("one")));
    BuildOptions moved = new BuildOptions(guide, out, Optional.empty(), false, Optional.of(dir.resolve("two")));
    assertFalse(new Build(new Markdown()).withCache(true).run(first, true).hasErrors());
    BuildResult again = new Build(new Markdown()).withCache(true).run(moved, true);
    assertEquals(0, rendered(again)[0], "the same theme's bytes from another folder: " + again.notes());
  }

  /** A build into another folder renders every page (the cache's pages are in the first folder) and says why in one line. */
  @Test
  void aBuildIntoAnotherFolderSaysSo(@TempDir Path dir) {
    Path guide = GeneratedGuide.write(dir, 3);
    build(guide, dir.resolve("site"), true);
    BuildResult other = build(guide, dir.resolve("elsewhere"), true);
    assertTrue(other.notes().contains("build cache .versus-cache/pages.bin discarded: made for another build (out " + dir.resolve("site")
        + "; this build: out " + dir.resolve("elsewhere") + "); building without it"), other.notes().toString());
  }

  @Test
  void aFailedBuildLeavesTheSiteAndTheCacheAsTheyWere(@TempDir Path dir) throws IOException {
    Path guide = GeneratedGuide.write(dir, 5);
    Path out = dir.resolve("site");
    build(guide, out, true);
    Map<String, byte[]> site = tree(out);
    Map<String, byte[]> cache = tree(guide.resolve(BuildCache.FOLDER));
    TestSites.append(guide.resolve(ARTICLE.replace("7", "2")), "\nA link to [nowhere](../criteria/no-such-criterion.md).\n");
    BuildResult failed = build(guide, out, true);
    assertTrue(failed.hasErrors());
    assertTreeEquals(site, tree(out), "the site after a failed build");
    assertTreeEquals(cache, tree(guide.resolve(BuildCache.FOLDER)), "the cache after a failed build");
  }

  @Test
  void noCacheBuildsColdAndWritesNoCache(@TempDir Path dir) {
    Path guide = GeneratedGuide.write(dir, 3);
    BuildResult r = build(guide, dir.resolve("site"), false);
    assertFalse(r.hasErrors());
    assertFalse(Files.exists(guide.resolve(BuildCache.FOLDER)));
    assertTrue(r.notes().stream().noneMatch(n -> n.startsWith("build cache")));
  }

  /** Edits site file {@code page} by hand, keeping its size and putting its modification time back. */
  private static void editKeepingSizeAndTime(Path page) throws Exception {
    FileTime time = Files.getLastModifiedTime(page);
    // past the file system's clock tick (a few milliseconds), so the edit's change time is not the publish's
    Thread.sleep(50);
    TestSites.sameSizeEdit(page);
    Files.setLastModifiedTime(page, time);
  }

  private static BuildResult build(Path guide, Path out, boolean cache) {
    return new Build(new Markdown()).withCache(cache)
        .run(new BuildOptions(guide, out, Optional.empty(), false, Optional.empty()), true);
  }

  private static Path cold(Path guide, Path dir) {
    Path out = dir.resolve("cold");
    if (Files.exists(out)) TestSites.delete(out);
    BuildResult r = build(guide, out, false);
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    return out;
  }

  /** The shard files of the cache whose names start with {@code prefix}. */
  private static List<Path> shards(Path cache, String prefix) {
    try (Stream<Path> s = Files.list(cache)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds with the cache and holds the site to a cold build's, byte for byte. */
  private static void rebuiltEqualsCold(Path guide, Path out, Path dir, String what) {
    BuildResult r = build(guide, out, true);
    assertFalse(r.hasErrors(), what + ": " + r.diagnostics());
    assertSameTree(cold(guide, dir), out, what);
  }

  /** {reused, of} from the build's note on the print view's article sections. */
  private static int[] reused(BuildResult r) {
    Pattern p = Pattern.compile("print view reused (\\d+) of (\\d+) article sections");
    for (String n : r.notes()) {
      Matcher m = p.matcher(n);
      if (m.find()) return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
    throw new AssertionError("no note on the print view's sections: " + r.notes());
  }

  /** {rendered, of} from the build's note. */
  private static int[] rendered(BuildResult r) {
    for (String n : r.notes()) {
      Matcher m = RENDERED.matcher(n);
      if (m.find()) return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
    throw new AssertionError("no note of rendered pages: " + r.notes() + " " + r.diagnostics());
  }

  private static byte[] reKeyed(Path file, String version) {
    // the same payload under another version's key, written as that version would: only the key differs
    String key = file.getFileName().toString().startsWith("load-") ? version : version + "; whatever";
    try {
      Path other = Files.createTempFile("other", ".bin");
      CacheFile.write(other, key, new byte[] {0, 0, 0, 0});
      byte[] b = Files.readAllBytes(other);
      Files.delete(other);
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rewrite(Path file, java.util.function.UnaryOperator<byte[]> change) {
    try {
      Files.write(file, change.apply(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

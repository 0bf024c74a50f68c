package dev.versus.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.web.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing in place ({@link SiteWriter.Staging#updateInPlace}): only what changed is written, a file nobody
 * changed is not touched (the same file, not a copy: its identity and time stay), files Versus wrote and no longer
 * writes go, the user's files stay, and a publish stopped at any step is finished by the next build.
 */
class InPlaceTest {
  @TempDir
  Path tmp;

  /** The files the second build writes. */
  private static final Set<String> SECOND = Set.of("index.html", "a/index.html", "c/index.html", "css/style.css", "data.json");

  private final SiteWriter writer = new SiteWriter();

  /** The first site: a home page, two pages, an asset and a data file; then the user's CNAME and a note in a page's folder. */
  private Path firstSite() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1"), Output.page("a/index.html", "article", "a1"),
        Output.page("b/index.html", "article", "b1"), Output.page("css/style.css", "asset", "body{}"),
        Output.page("data.json", "data", "{}"), Output.page("gone/index.html", "article", "old")));
    Files.writeString(out.resolve("CNAME"), "guide.example.org\n");
    Files.writeString(out.resolve("b/notes.txt"), "mine");
    return out;
  }

  /**
   * The second build: the home page rendered again, a kept, b and gone/ no longer written, the asset changed, the data
   * file the same, c new, and {@code extra}.
   */
  private SiteWriter.Result secondBuild(Path out, Output... extra) throws Exception {
    SiteWriter.Staging staging = writer.begin(out);
    try {
      staging.updateInPlace();
      Output a = staging.keep("a/index.html", "article").orElseThrow();
      Output home = staging.put(Output.page("index.html", "home", "v2"));
      Output c = staging.put(Output.page("c/index.html", "article", "c1"));
      List<Output> outputs = new ArrayList<>(List.of(home, a, c, Output.page("css/style.css", "asset", "body{color:red}"),
          Output.page("data.json", "data", "{}")));
      outputs.addAll(List.of(extra));
      return staging.publish(outputs);
    } finally {
      staging.discard();
    }
  }

  @Test
  void onlyWhatChangedIsWrittenAndWhatIsNoLongerWrittenGoes() throws Exception {
    Path out = firstSite();
    Object folder = folderKey(out);
    Map<String, Object> before = identities(out);
    SiteWriter.Result r = secondBuild(out);
    Map<String, Object> after = identities(out);
    assertEquals(folder, folderKey(out), "the same folder: not swapped");
    for (String same : List.of("a/index.html", "data.json", "CNAME", "b/notes.txt")) {
      assertEquals(before.get(same), after.get(same), same + " is not touched");
    }
    for (String changed : List.of("index.html", "css/style.css")) assertNotEquals(before.get(changed), after.get(changed), changed);
    assertEquals("v2", Files.readString(out.resolve("index.html")));
    assertEquals("body{color:red}", Files.readString(out.resolve("css/style.css")));
    assertEquals("c1", Files.readString(out.resolve("c/index.html")));
    assertFalse(Files.exists(out.resolve("b/index.html")), "a page Versus no longer writes is deleted");
    assertFalse(Files.exists(out.resolve("gone")), "and the folder it leaves empty");
    assertEquals("mine", Files.readString(out.resolve("b/notes.txt")), "never a file it did not write");
    assertEquals(SECOND, Manifest.read(out));
    assertEquals(0, r.carried());
    assertNothingBeside(out);
  }

  @Test
  void aPageWhoseBytesTheSiteHoldsIsNotWrittenWhenPutAndOneOfTheSameSizeThatDiffersIs() throws Exception {
    // a build that renders every page (no page record: --no-cache, another theme) puts each one; only those whose
    // bytes differ from the site's file are written, and none of the others is even made in the temporary folder
    Path out = firstSite();
    Map<String, Object> before = identities(out);
    SiteWriter.Staging staging = writer.begin(out);
    try {
      staging.updateInPlace();
      Output a = staging.put(Output.page("a/index.html", "article", "a1"));
      Output home = staging.put(Output.page("index.html", "home", "v3"));
      Output c = staging.put(Output.page("c/index.html", "article", "c1"));
      assertEquals(List.of("c/index.html", "index.html"), staged(), "only the pages that differ are written");
      staging.publish(List.of(home, a, c, Output.page("css/style.css", "asset", "body{}"), Output.page("data.json", "data", "{}")));
    } finally {
      staging.discard();
    }
    Map<String, Object> after = identities(out);
    for (String same : List.of("a", "a/index.html", "css", "css/style.css", "data.json", "CNAME")) {
      assertEquals(before.get(same), after.get(same), same + " is not touched");
    }
    assertNotEquals(before.get("index.html"), after.get("index.html"), "v1 and v3 have one size but differ: written");
    assertEquals("v3", Files.readString(out.resolve("index.html")));
    assertEquals("c1", Files.readString(out.resolve("c/index.html")));
    assertFalse(Files.exists(out.resolve("gone")), "a page no longer written goes, as in any publish in place");
    assertNothingBeside(out);
  }

  /**
   * The site's manifest is read once, when the build begins under the output folder's lock, and every step of the
   * publish goes by what it said then: read again at each step (four times a build), a manifest gone meanwhile made
   * the publish swap and take every page of the site for a file of the user's, kept over the new one.
   */
  @Test
  void thePublishGoesByTheManifestReadWhenTheBuildBegan() throws Exception {
    Path out = firstSite();
    Object folder = folderKey(out);
    SiteWriter.Staging staging = writer.begin(out);
    try {
      staging.updateInPlace();
      Files.delete(out.resolve(Manifest.FILE));
      Output home = staging.put(Output.page("index.html", "home", "v2"));
      staging.publish(List.of(home, Output.page("a/index.html", "article", "a2")));
    } finally {
      staging.discard();
    }
    assertEquals(folder, folderKey(out), "published in place, as the manifest said when the build began");
    assertEquals("v2", Files.readString(out.resolve("index.html")));
    assertEquals("a2", Files.readString(out.resolve("a/index.html")));
    assertEquals(Set.of("index.html", "a/index.html"), Manifest.read(out));
  }

  @Test
  void aFileTheUserChangedOrDeletedIsWrittenAgainAndAUsersFileAtANewPathWins() throws Exception {
    Path out = firstSite();
    Files.writeString(out.resolve("data.json"), "{\"edited\": true}");
    Files.delete(out.resolve("css/style.css"));
    Files.createDirectories(out.resolve("c"));
    Files.writeString(out.resolve("c/index.html"), "the user's own page");
    SiteWriter.Result r = secondBuild(out);
    assertEquals("{}", Files.readString(out.resolve("data.json")));
    assertEquals("body{color:red}", Files.readString(out.resolve("css/style.css")));
    assertEquals("the user's own page", Files.readString(out.resolve("c/index.html")));
    assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("kept your c/index.html")), r.notes().toString());
    assertFalse(Manifest.read(out).contains("c/index.html"), "the user's file is not listed as Versus's");
  }

  @Test
  void aFolderWhereAFileGoesFallsBackToASwapOfTheWholeFolder() throws Exception {
    Path out = firstSite();
    Object folder = folderKey(out);
    // "gone" is a file now, where the old site has the folder gone/
    SiteWriter.Result r = secondBuild(out, Output.page("gone", "moved", "a file where a folder was"));
    assertNotEquals(folder, folderKey(out), "swapped");
    assertEquals("a file where a folder was", Files.readString(out.resolve("gone")));
    assertEquals("a1", Files.readString(out.resolve("a/index.html")), "the kept page carried into the new folder");
    assertEquals("guide.example.org\n", Files.readString(out.resolve("CNAME")));
    assertEquals("mine", Files.readString(out.resolve("b/notes.txt")));
    assertEquals(0, r.notes().size(), r.notes().toString());
    assertNothingBeside(out);
  }

  @Test
  void aPageFoundTheSameWhenPutIsCarriedIntoTheSwapWhenAFolderIsInTheWay() throws Exception {
    Path out = firstSite();
    Object folder = folderKey(out);
    SiteWriter.Staging staging = writer.begin(out);
    try {
      staging.updateInPlace();
      Output a = staging.put(Output.page("a/index.html", "article", "a1"));
      assertEquals(List.of(), staged(), "the same bytes as the site's: not written");
      // "gone" is a file now, where the old site has the folder gone/: the whole folder is swapped
      staging.publish(List.of(a, staging.put(Output.page("index.html", "home", "v2")), Output.page("gone", "moved", "a file")));
    } finally {
      staging.discard();
    }
    assertNotEquals(folder, folderKey(out), "swapped");
    assertEquals("a1", Files.readString(out.resolve("a/index.html")), "the page left unwritten is in the new folder");
    assertEquals("a file", Files.readString(out.resolve("gone")));
    assertEquals(Set.of("a/index.html", "index.html", "gone"), Manifest.read(out));
    assertEquals("mine", Files.readString(out.resolve("b/notes.txt")));
    assertNothingBeside(out);
  }

  @Test
  void aFolderOfTheUsersWhereAFileToDeleteWasIsKept() throws Exception {
    Path out = firstSite();
    // b/index.html, which the second build no longer writes, is a folder of the user's now
    Files.delete(out.resolve("b/index.html"));
    Files.createDirectories(out.resolve("b/index.html"));
    Files.writeString(out.resolve("b/index.html/draft.txt"), "mine too");
    secondBuild(out);
    assertEquals("mine too", Files.readString(out.resolve("b/index.html/draft.txt")), "never a file it did not write");
    assertEquals("c1", Files.readString(out.resolve("c/index.html")));
    assertEquals(SECOND, Manifest.read(out));
    assertNothingBeside(out);
  }

  @Test
  void aPublishStoppedAfterAnyStepIsFinishedByTheNextBuild() throws Exception {
    // the steps of Journal.finish: each move, the manifest, each deletion (then the journal goes); a build killed
    // after any number of them leaves that many done, and the next build's repairs must end where the publish would
    List<Path> ops = List.of();
    for (int k = 0; ; k++) {
      Path out = firstSite();
      Path temp = stageAndJournal(out);
      Journal.Entries entries = Journal.read(temp).orElseThrow();
      ops = steps(entries);
      if (k > ops.size()) break;
      for (Path op : ops.subList(0, k)) apply(out, temp, op);
      SiteWriter.Staging next = writer.begin(out);
      List<String> notes = next.notes();
      next.discard();
      assertTrue(notes.stream().anyMatch(n -> n.startsWith("finished publishing")), k + ": " + notes);
      assertEquals("v2", Files.readString(out.resolve("index.html")), k + " steps done");
      assertEquals("c1", Files.readString(out.resolve("c/index.html")), k + " steps done");
      assertEquals("a1", Files.readString(out.resolve("a/index.html")), k + " steps done");
      assertFalse(Files.exists(out.resolve("b/index.html")), k + " steps done");
      assertFalse(Files.exists(out.resolve("gone")), k + " steps done");
      assertEquals(SECOND, Manifest.read(out), k + " steps done");
      assertEquals("mine", Files.readString(out.resolve("b/notes.txt")));
      assertNothingBeside(out);
      Files.move(out, tmp.resolve("after-" + k));
    }
    assertTrue(ops.size() >= 5, ops.toString());
  }

  /**
   * Stages the second build as {@link InPlace#publish} does, up to its journal, and stops: what a build killed right
   * after writing its journal leaves. Returns the temporary folder.
   */
  private Path stageAndJournal(Path out) throws Exception {
    Path target = out.toAbsolutePath();
    Path temp = Files.createDirectories(tmp.resolve(".site.tmp-killed"));
    Files.writeString(temp.resolve(TempFolder.MARKER), "killed\n");
    Map<String, String> changed = new TreeMap<>(Map.of("index.html", "v2", "c/index.html", "c1", "css/style.css", "body{color:red}"));
    for (Map.Entry<String, String> e : changed.entrySet()) TempFolder.writeOne(temp, Output.page(e.getKey(), "page", e.getValue()));
    Files.writeString(temp.resolve(Manifest.FILE), Manifest.text("killed", SECOND));
    List<String> deletions = new ArrayList<>(Manifest.read(target));
    deletions.removeAll(SECOND);
    Journal.write(temp, new Journal.Entries(new ArrayList<>(changed.keySet()), deletions.stream().sorted().toList()));
    return temp;
  }

  /** Each step of finishing {@code entries}, as the file it changes in the site (the manifest's among them). */
  private static List<Path> steps(Journal.Entries entries) {
    List<Path> steps = new ArrayList<>();
    entries.moves().forEach(m -> steps.add(Path.of("m", m)));
    steps.add(Path.of("m", Manifest.FILE));
    entries.deletions().forEach(d -> steps.add(Path.of("d", d)));
    return steps;
  }

  /** Does one step by hand, as the killed build had done it. */
  private static void apply(Path out, Path temp, Path step) throws IOException {
    String rel = step.subpath(1, step.getNameCount()).toString();
    if (step.getName(0).toString().equals("d")) {
      Files.delete(out.resolve(rel));
      return;
    }
    Files.createDirectories(out.resolve(rel).getParent());
    Files.move(temp.resolve(rel), out.resolve(rel), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** The pages (files ending in .html) in the temporary folder of the build writing beside {@code tmp/site}, sorted. */
  private List<String> staged() throws IOException {
    try (Stream<Path> dirs = Files.list(tmp)) {
      Path temp = dirs.filter(p -> p.getFileName().toString().startsWith(".site.tmp-") && Files.isDirectory(p)).findFirst().orElseThrow();
      try (Stream<Path> s = Files.walk(temp)) {
        return s.filter(p -> p.toString().endsWith(".html")).map(p -> Trees.rel(temp, p)).sorted().toList();
      }
    }
  }

  /** Each file's and folder's identity (its file key and time) below {@code root}, by relative path ({@code ""}: the root). */
  private static Map<String, Object> identities(Path root) throws IOException {
    Map<String, Object> ids = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        ids.put(Trees.rel(root, p), List.of(String.valueOf(a.fileKey()), a.lastModifiedTime().toString()));
      }
    }
    return ids;
  }

  private static Object folderKey(Path dir) throws IOException {
    return Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
  }

  private void assertNothingBeside(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.getParent())) {
      assertEquals(List.of(out.getFileName().toString()), s.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("after-")).toList(), "no temporary folder, journal or lock left");
    }
  }
}

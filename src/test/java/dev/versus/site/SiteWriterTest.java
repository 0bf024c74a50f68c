package dev.versus.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.web.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write stage: atomic swap, manifest, carried-over foreign files, refusal to overwrite. */
class SiteWriterTest {
  @TempDir
  Path tmp;

  private final SiteWriter writer = new SiteWriter();

  /**
   * A read-only output folder is refused before anything moves, saying what to do (round-10 tester): the swap needs
   * only the parent to be writable, so the folder was renamed aside, a new site (read-only, as the folder's mode is
   * kept) put in its place, and the build then failed inside it saying "the previous output is unchanged". As root a
   * mode alone does not stop writing, so the folder is also made immutable when {@code chattr} can; where neither
   * makes it read-only, the test is skipped.
   */
  @Test
  void aReadOnlyOutputFolderIsRefusedAndLeftAsItWas() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("site"));
    Object inode = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    boolean immutable = false;
    try {
      if (writable(out)) immutable = chattr("+i", out);
      org.junit.jupiter.api.Assumptions.assumeFalse(writable(out), "no way to make a folder read-only here");
      SiteWriter.RefusedException e = assertThrows(SiteWriter.RefusedException.class,
          () -> writer.write(out, List.of(Output.page("index.html", "home", "hi"))));
      assertTrue(e.getMessage().contains(out + " is read-only: make it writable"), e.getMessage());
      assertEquals(inode, Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "the same folder");
      try (Stream<Path> s = Files.list(tmp)) {
        assertEquals(List.of(out), s.filter(p -> !p.getFileName().toString().endsWith(".lock")).toList(), "nothing beside it");
      }
      try (Stream<Path> s = Files.list(out)) {
        assertEquals(0, s.count(), "nothing inside it");
      }
    } finally {
      if (immutable) chattr("-i", out);
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** An output in a read-only folder is refused before any page is rendered: the lock and the swap live beside it. */
  @Test
  void anOutputInAReadOnlyFolderIsRefused() throws Exception {
    Path parent = Files.createDirectory(tmp.resolve("ro"));
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    boolean immutable = false;
    try {
      if (writable(parent)) immutable = chattr("+i", parent);
      org.junit.jupiter.api.Assumptions.assumeFalse(writable(parent), "no way to make a folder read-only here");
      SiteWriter.RefusedException e = assertThrows(SiteWriter.RefusedException.class, () -> writer.begin(parent.resolve("site")));
      assertTrue(e.getMessage().contains("its folder " + parent.toAbsolutePath() + " is read-only"), e.getMessage());
    } finally {
      if (immutable) chattr("-i", parent);
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** Whether a file can really be made in {@code dir} (root passes every mode check, not an immutable folder). */
  private static boolean writable(Path dir) {
    try {
      Files.delete(Files.createFile(dir.resolve("probe")));
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static boolean chattr(String flag, Path dir) {
    try {
      return new ProcessBuilder("chattr", flag, dir.toString()).redirectErrorStream(true).start().waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void writesAManifestOfEveryFile() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "hi"), Output.page("a/index.html", "x", "a")));
    List<String> lines = Files.readAllLines(out.resolve(SiteWriter.MANIFEST));
    assertTrue(lines.get(0).matches("# versus-manifest 1 build [0-9a-f-]{36}"), lines.get(0));
    assertEquals(List.of("a/index.html", "index.html"), lines.subList(1, 3));
    assertTrue(lines.get(3).matches("# sha256 [0-9a-f]{64}"), lines.get(3));
    assertTrue(Manifest.isOurs(out));
    assertEquals("a", Files.readString(out.resolve("a/index.html")));
  }

  @Test
  void pagesPutWhileRenderingArePublishedWithTheRest() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1")));
    Path style = Files.writeString(tmp.resolve("style.css"), "body{}");
    SiteWriter.Staging staging = writer.begin(out);
    Output page = staging.put(Output.page("a/index.html", "article", "streamed"));
    assertEquals(null, page.bytes(), "the bytes are on disk, not held");
    assertEquals(out.toAbsolutePath().resolve("a/index.html"), page.copyOf());
    assertEquals("v1", Files.readString(out.resolve("index.html")), "nothing is visible before publishing");
    staging.publish(List.of(page, Output.page("index.html", "home", "v2"), Output.copy("css/style.css", style)));
    assertEquals("streamed", Files.readString(out.resolve("a/index.html")));
    assertEquals("v2", Files.readString(out.resolve("index.html")));
    assertEquals(java.util.Set.of("a/index.html", "css/style.css", "index.html"), Manifest.read(out));
  }

  @Test
  void aDiscardedStagingLeavesTheOldSiteAndNoFolder() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1")));
    SiteWriter.Staging staging = writer.begin(out);
    staging.put(Output.page("index.html", "home", "v2"));
    staging.discard();
    assertEquals("v1", Files.readString(out.resolve("index.html")));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void replacesItsOwnFilesAndCarriesOverOthers() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1"), Output.page("old/index.html", "x", "gone soon")));
    Files.writeString(out.resolve("CNAME"), "guide.example.org");
    Files.createDirectories(out.resolve(".git/objects"));
    Files.writeString(out.resolve(".git/objects/abc"), "blob");
    Files.writeString(out.resolve("old/notes.txt"), "mine");

    SiteWriter.Result r = writer.write(out, List.of(Output.page("index.html", "home", "v2")));
    assertEquals("v2", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(out.resolve("old/index.html")), "a page Versus no longer writes is removed");
    assertEquals("guide.example.org", Files.readString(out.resolve("CNAME")));
    assertEquals("blob", Files.readString(out.resolve(".git/objects/abc")));
    assertEquals("mine", Files.readString(out.resolve("old/notes.txt")), "never deletes a file it did not create");
    assertEquals(3, r.carried());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "no temp or old folder left");
    }
  }

  @Test
  void neverDeletesThroughALinkTheUserPutWhereAFolderOfVersusWas() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1"), Output.page("a/index.html", "x", "ours")));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("index.html"), "precious");
    TempFolder.delete(out.resolve("a"));
    Files.createSymbolicLink(out.resolve("a"), elsewhere);
    writer.write(out, List.of(Output.page("index.html", "home", "v2")));
    assertEquals("precious", Files.readString(elsewhere.resolve("index.html")), "the old site's a/index.html was not this file");
    assertEquals("v2", Files.readString(out.resolve("index.html")));
  }

  /**
   * The user moved a folder of the site elsewhere and left a link in its place (the articles on another disk). A build
   * that writes into that folder, in place or by a swap, stops before it changes anything, naming the link and what to
   * do: the swap put a folder in the link's place and deleted the link, a file Versus did not create, and writing through
   * it would write outside the output folder.
   */
  @Test
  void aLinkTheUserPutWhereTheBuildWritesAFolderStopsTheBuildAndStays() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1"), Output.page("a/index.html", "x", "a1")));
    Path elsewhere = tmp.resolve("elsewhere");
    Files.move(out.resolve("a"), elsewhere);
    Path link = Files.createSymbolicLink(out.resolve("a"), elsewhere);
    for (boolean inPlace : List.of(true, false)) {
      SiteWriter.Staging staging = writer.begin(out);
      java.io.IOException e;
      try {
        if (inPlace) staging.updateInPlace();
        Output a = staging.put(Output.page("a/index.html", "x", "a2"));
        e = assertThrows(java.io.IOException.class, () -> staging.publish(List.of(Output.page("index.html", "home", "v2"), a)));
      } finally {
        staging.discard();
      }
      assertEquals(link + " is a symbolic link (to " + elsewhere + ") where this build writes a folder, and Versus writes only"
          + " inside the output folder, never through a link: remove the link (what it leads to stays), or move that folder"
          + " in its place, then build again", e.getMessage());
      assertTrue(Files.isSymbolicLink(link), "in place " + inPlace + ": the user's link stays");
      assertEquals("a1", Files.readString(elsewhere.resolve("index.html")), "nothing written through it");
      assertEquals("v1", Files.readString(out.resolve("index.html")), "nothing changed");
      assertOnlyInTmp("elsewhere", "site");
    }
  }

  /** A link of the user's where a folder of Versus's was, and no page is written now: kept in the site as the user's file. */
  @Test
  void aLinkTheUserPutWhereAFolderOfVersusWasStaysInTheSite() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1"), Output.page("a/index.html", "x", "ours")));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    TempFolder.delete(out.resolve("a"));
    Path link = Files.createSymbolicLink(out.resolve("a"), elsewhere);
    writer.write(out, List.of(Output.page("index.html", "home", "v2")));
    assertTrue(Files.isSymbolicLink(link), "the user's link is carried into the new site");
    assertEquals(elsewhere, Files.readSymbolicLink(link));
    assertOnlyInTmp("elsewhere", "site");
  }

  /** Nothing is left beside the site: {@code tmp} holds only {@code names}. */
  private void assertOnlyInTmp(String... names) throws java.io.IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(names), s.map(p -> p.getFileName().toString()).sorted().toList(), "nothing left beside");
    }
  }

  @Test
  void anOutputFolderThatIsALinkIsWrittenThroughAndStaysALink() throws Exception {
    // --out names a link to the site (site -> /var/www/guide): the site it leads to is the one to publish
    Path site = tmp.resolve("www");
    writer.write(site, List.of(Output.page("index.html", "home", "v1"), Output.page("a/index.html", "x", "gone soon")));
    Files.writeString(site.resolve("CNAME"), "guide.example.org");
    Path out = Files.createSymbolicLink(tmp.resolve("site"), site);
    writer.write(out, List.of(Output.page("index.html", "home", "v2")));
    assertTrue(Files.isSymbolicLink(out), "the user's link stays");
    assertEquals("v2", Files.readString(site.resolve("index.html")));
    assertFalse(Files.exists(site.resolve("a/index.html")));
    assertEquals("guide.example.org", Files.readString(out.resolve("CNAME")));
    assertTrue(Manifest.isOurs(site), "the site keeps its manifest: the next build into it is not refused");
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of("site", "www"), s.map(p -> p.getFileName().toString()).sorted().toList(), "nothing left beside");
    }
  }

  @Test
  void aLinkAnEarlierVersionParkedBesideTheSiteIsNeverDeletedThrough() throws Exception {
    // an earlier Versus swapped a folder in where --out was a link, and parked the user's link at .site.old-…
    Path www = tmp.resolve("www");
    writer.write(www, List.of(Output.page("index.html", "home", "v1")));
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1")));
    Files.createSymbolicLink(tmp.resolve(".site.old-1a2b"), www);
    writer.write(out, List.of(Output.page("index.html", "home", "v2")));
    assertTrue(Manifest.isOurs(www), "the site the link leads to keeps its manifest");
    assertEquals("v1", Files.readString(www.resolve("index.html")));
  }

  @Test
  void keepsAUserFileWhereVersusNowWritesTheSamePath() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1")));
    Files.writeString(out.resolve("robots.txt"), "User-agent: mine");
    SiteWriter.Result r = writer.write(out, List.of(Output.page("index.html", "home", "v2"), Output.page("robots.txt", "feed", "ours")));
    assertEquals("User-agent: mine", Files.readString(out.resolve("robots.txt")));
    assertTrue(r.notes().get(0).contains("robots.txt"), r.notes().toString());
  }

  @Test
  void refusesAFolderItDidNotMake() throws Exception {
    Path out = tmp.resolve("docs");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.md"), "precious");
    assertThrows(SiteWriter.RefusedException.class, () -> writer.write(out, List.of(Output.page("index.html", "home", "x"))));
    assertEquals("precious", Files.readString(out.resolve("thesis.md")));
    assertFalse(Files.exists(out.resolve("index.html")));
  }

  @Test
  void aUserFileMerelyNamedLikeTheManifestDoesNotFoolIt() throws Exception {
    Path out = tmp.resolve("docs");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.md"), "precious");
    for (String fake : List.of("", "thesis.md\n", "# versus-manifest 1 build 1234\nthesis.md\n# sha256 00\n", "../../etc/passwd\n")) {
      Files.writeString(out.resolve(SiteWriter.MANIFEST), fake);
      assertThrows(SiteWriter.RefusedException.class, () -> writer.write(out, List.of(Output.page("thesis.md", "home", "x"))), fake);
      assertEquals("precious", Files.readString(out.resolve("thesis.md")), fake);
    }
  }

  @Test
  void aManifestOfAnEarlierVersionIsStillRecognised() throws Exception {
    Path out = tmp.resolve("site");
    Files.createDirectories(out);
    for (String f : List.of("index.html", "404.html", "sitemap.xml", "robots.txt")) Files.writeString(out.resolve(f), "v1");
    Files.writeString(out.resolve(SiteWriter.MANIFEST), "404.html\nindex.html\nrobots.txt\nsitemap.xml\n");
    writer.write(out, List.of(Output.page("index.html", "home", "v2")));
    assertEquals("v2", Files.readString(out.resolve("index.html")));
  }

  @Test
  void aSiteParkedByAKilledSwapIsPutBackAndStaleTemporaryFoldersAreCleaned() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1")));
    // what a kill between the two renames of the swap leaves: no site, the previous one parked
    Files.move(out, tmp.resolve(".site.old-1"));
    Path stale = Files.createDirectories(tmp.resolve(".site.tmp-2"));
    Files.writeString(stale.resolve(TempFolder.MARKER), "x");
    Files.writeString(stale.resolve("index.html"), "half");
    Path notOurs = Files.createDirectories(tmp.resolve(".site.tmp-3"));
    Files.writeString(notOurs.resolve("keep.txt"), "someone else's");
    SiteWriter.Result r = writer.write(out, List.of(Output.page("index.html", "home", "v2")));
    assertEquals("v2", Files.readString(out.resolve("index.html")));
    assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("put back the previous site")), r.notes().toString());
    assertFalse(Files.exists(stale));
    assertEquals("someone else's", Files.readString(notOurs.resolve("keep.txt")), "a folder without our marker is never deleted");
    assertFalse(Files.exists(tmp.resolve(".site.old-1")));
  }

  @Test
  void foldersAKillLeftEmptyAreRemovedAndAParkedSiteMidwayThroughItsDeletionIsFinished() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1"), Output.page("a/b/index.html", "page", "b")));
    // killed just after making the temporary folder, before its marker was written
    Path bare = Files.createDirectories(tmp.resolve(".site.tmp-4"));
    // killed while a parked previous site was being deleted: some files gone, the manifest still there
    Path parked = tmp.resolve(".site.old-5");
    copyTree(out, parked);
    Files.delete(parked.resolve("index.html"));
    // killed after the swap, before the user's file carried into the new site was unlinked from the parked one
    Files.writeString(out.resolve("CNAME"), "example.org\n");
    Files.createLink(parked.resolve("CNAME"), out.resolve("CNAME"));
    Path differs = tmp.resolve(".site.old-8");
    copyTree(out, differs);
    Files.writeString(differs.resolve("CNAME"), "an older example.org\n");
    // killed after the last file and the manifest went, before the folder itself
    Path emptied = Files.createDirectories(tmp.resolve(".site.old-6"));
    // a folder of someone else's that merely has our name pattern and holds a file stays
    Path foreign = Files.createDirectories(tmp.resolve(".site.old-7"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    writer.write(out, List.of(Output.page("index.html", "home", "v2")));
    assertFalse(Files.exists(bare));
    assertFalse(Files.exists(parked));
    assertFalse(Files.exists(emptied));
    assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
    assertEquals("example.org\n", Files.readString(out.resolve("CNAME")));
    assertEquals(List.of("CNAME"), Files.list(differs).map(f -> f.getFileName().toString()).toList(),
        "a user's file that differs from the live site's is kept, and only it");
  }

  @Test
  void aBuildMarkerAKillLeftInTheLiveSiteIsGoneAfterTheNextBuild() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1")));
    Files.writeString(out.resolve("CNAME"), "example.org\n");
    // killed just after the swap: the new site is live but still holds its build's marker (KilledBuildTest found a
    // .site.old-* holding only this marker left behind for good)
    Files.writeString(out.resolve(TempFolder.MARKER), "a killed build\n");
    writer.write(out, List.of(Output.page("index.html", "home", "v2")));
    assertFalse(Files.exists(out.resolve(TempFolder.MARKER)), "the new site has no marker");
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(), s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".site.")).toList(),
          "the parked previous site is deleted whole, its stale marker with it");
    }
    assertEquals("example.org\n", Files.readString(out.resolve("CNAME")));
    assertEquals("v2", Files.readString(out.resolve("index.html")));
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(dest);
        else Files.copy(p, dest);
      }
    }
  }

  @Test
  void writesIntoAnEmptyExistingFolder() throws Exception {
    Path out = tmp.resolve("empty");
    Files.createDirectories(out);
    writer.write(out, List.of(Output.page("index.html", "home", "x")));
    assertEquals("x", Files.readString(out.resolve("index.html")));
  }

  /** What the user's umask gives a new folder and a new file, made the ordinary way beside the test. */
  private java.util.Set<PosixFilePermission> umaskMode(boolean folder) throws Exception {
    Path probe = tmp.resolve(folder ? "probe-dir" : "probe-file");
    if (folder) Files.createDirectory(probe);
    else Files.createFile(probe);
    java.util.Set<PosixFilePermission> mode = Files.getPosixFilePermissions(probe);
    Files.delete(probe);
    return mode;
  }

  @Test
  void publishesWithTheModesOfTheUsersUmask() throws Exception {
    Path secret = tmp.resolve("secret.png");
    Files.writeString(secret, "png");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    Path out = tmp.resolve("www");
    writer.write(out, List.of(Output.page("index.html", "home", "hi"), Output.copy("img/a.png", secret)));
    assertEquals(umaskMode(true), Files.getPosixFilePermissions(out), "the site folder");
    assertEquals(umaskMode(true), Files.getPosixFilePermissions(out.resolve("img")), "a sub-folder");
    assertEquals(umaskMode(false), Files.getPosixFilePermissions(out.resolve("index.html")), "a written page");
    assertEquals(umaskMode(false), Files.getPosixFilePermissions(out.resolve("img/a.png")), "a copied file, not the source's mode");
    assertEquals(umaskMode(false), Files.getPosixFilePermissions(out.resolve(SiteWriter.MANIFEST)), "the manifest");
  }

  @Test
  void anExistingOutputFolderKeepsItsMode() throws Exception {
    Path out = tmp.resolve("www");
    Files.createDirectory(out);
    java.util.Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rwxrwxr-x");
    Files.setPosixFilePermissions(out, shared);
    writer.write(out, List.of(Output.page("index.html", "home", "v1")));
    assertEquals(shared, Files.getPosixFilePermissions(out));
    writer.write(out, List.of(Output.page("index.html", "home", "v2")));
    assertEquals(shared, Files.getPosixFilePermissions(out), "and keeps it on every build");
  }
}

package dev.versus.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.versus.TestSites;
import dev.versus.web.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds into one output folder at once: the second one's repairs must not take the first one's temporary
 * folder for a killed build's. They did: `versus build` started while another was rendering deleted its folder
 * ("left by a build that was stopped"), and the first published a site without the pages it had already written
 * (the build cache's kept pages: no home page), exiting 0. Then both still raced to swap their folders in. Now the
 * second waits on the output folder's lock ({@link SiteLock}) until the first is done, in this process or another.
 */
class ConcurrentBuildTest {
  @TempDir
  Path tmp;

  private final SiteWriter writer = new SiteWriter();

  @Test
  void aBuildStartedWhileAnotherWritesWaitsForItAndThenPublishesOnTopOfIt() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1")));
    SiteWriter.Staging first = writer.begin(out);
    Output home = first.put(Output.page("index.html", "home", "v2"));
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<SiteWriter.Staging> started = other.submit(() -> writer.begin(out));
      Thread.sleep(300);
      assertFalse(started.isDone(), "the second build waits while the first holds the output folder");
      first.publish(List.of(home, Output.page("a/index.html", "article", "a")));
      assertEquals("v2", Files.readString(out.resolve("index.html")), "the page the first build wrote before the second began");
      assertEquals("a", Files.readString(out.resolve("a/index.html")));
      first.discard();
      SiteWriter.Staging second = started.get(30, TimeUnit.SECONDS);
      assertTrue(second.notes().stream().noneMatch(n -> n.contains("left by a build that was stopped")), second.notes().toString());
      assertTrue(second.notes().stream().anyMatch(n -> n.startsWith("waited ")), second.notes().toString());
      second.publish(List.of(Output.page("index.html", "home", "v3")));
      second.discard();
    } finally {
      other.shutdownNow();
    }
    assertEquals("v3", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(out.resolve("a/index.html")));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "nothing left beside the site, the lock file neither");
    }
  }

  @Test
  void aBuildThatWaitedOnALockFileItsHolderDeletedDoesNotHoldThatOne() throws Exception {
    // A holds the lock; B waits on A's file; A deletes it and lets go, so B locks a file no longer at the name. A
    // build D starting then makes a new file there: were B's lock on the deleted file taken for the output folder's,
    // B and D would both hold it
    Path out = tmp.resolve("site");
    List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
    SiteLock a = SiteLock.take(out, notes);
    ExecutorService others = Executors.newFixedThreadPool(2);
    try {
      Future<SiteLock> b = others.submit(() -> SiteLock.take(out, notes));
      Thread.sleep(200);
      assertFalse(b.isDone(), "B waits for A");
      a.close();
      SiteLock heldByB = b.get(30, TimeUnit.SECONDS);
      Future<SiteLock> d = others.submit(() -> SiteLock.take(out, notes));
      Thread.sleep(300);
      assertFalse(d.isDone(), "D waits for B");
      heldByB.close();
      d.get(30, TimeUnit.SECONDS).close();
    } finally {
      others.shutdownNow();
    }
    assertFalse(Files.exists(SiteLock.fileOf(out)), "the last holder deleted the lock file");
  }

  @Test
  void aBuildOfAnotherProcessWaitsForTheOutputFoldersLock() throws Exception {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "needs /proc to see which files the other process holds open");
    Path source = TestSites.fixture("three", tmp);
    Path out = tmp.resolve("site");
    assertEquals(0, TestSites.build(source, out).diagnostics().size());
    Path home = out.resolve("index.html");
    String before = Files.readString(home);
    Files.writeString(source.resolve("index.md"), Files.readString(source.resolve("index.md")) + "\nA sentence only the second build has.\n");
    SiteWriter.Staging held = writer.begin(out);
    Process p;
    try {
      String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      p = new ProcessBuilder(launcher, "-cp", System.getProperty("java.class.path"), "dev.versus.cli.Main", "build",
          "--source", source.toString(), "--out", out.toString()).redirectErrorStream(true).start();
      Path lock = SiteLock.fileOf(out.toAbsolutePath());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!holdsOpen(p.pid(), lock)) {
        assertTrue(p.isAlive() && System.nanoTime() < deadline, "the other build reaches the lock and waits there");
        Thread.sleep(50);
      }
      Thread.sleep(500);
      assertTrue(p.isAlive(), "still waiting");
      assertEquals(before, Files.readString(home), "and it wrote nothing");
    } finally {
      held.discard();
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), printed);
    assertTrue(printed.contains("waited "), printed);
    assertTrue(Files.readString(home).contains("A sentence only the second build has."));
  }

  /** Whether process {@code pid} holds {@code file} open (Linux: its descriptors in /proc). */
  private static boolean holdsOpen(long pid, Path file) throws Exception {
    try (Stream<Path> s = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      return s.anyMatch(fd -> {
        try {
          return Files.readSymbolicLink(fd).equals(file);
        } catch (java.io.IOException e) {
          return false;
        }
      });
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /**
   * One lock for one job: the output folder's, held from the repairs until the temporary folder is gone, keeps that
   * folder from another build's repairs; a lock file beside each temporary folder as well guarded nothing more.
   */
  @Test
  void aBuildWritingHoldsOneLockBesideTheSite() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1")));
    SiteWriter.Staging staging = writer.begin(out);
    try (Stream<Path> s = Files.list(tmp)) {
      List<String> beside = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("site")).sorted().toList();
      assertEquals(2, beside.size(), beside.toString());
      assertEquals(".site" + SiteLock.SUFFIX, beside.get(0));
      assertTrue(beside.get(1).startsWith(".site.tmp-") && Files.isDirectory(tmp.resolve(beside.get(1))), beside.toString());
    } finally {
      staging.discard();
    }
  }

  /** A killed build's folder and the lock file an earlier Versus left beside it ({@link TempFolder#LOCK}) are deleted. */
  @Test
  void aTemporaryFolderOfAKilledBuildIsStillDeletedWithItsLock() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(Output.page("index.html", "home", "v1")));
    // what a build killed while writing leaves: its folder, marked, and its lock file, which no process holds
    Path stale = Files.createDirectories(tmp.resolve(".site.tmp-5"));
    Files.writeString(stale.resolve(TempFolder.MARKER), "x");
    Files.writeString(tmp.resolve(".site.tmp-5" + TempFolder.LOCK), "");
    Files.writeString(tmp.resolve(".site.tmp-6" + TempFolder.LOCK), "");
    SiteWriter.Result r = writer.write(out, List.of(Output.page("index.html", "home", "v2")));
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("left by a build that was stopped")), r.notes().toString());
    assertFalse(Files.exists(stale));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList());
    }
  }
}

package dev.versus.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Repairs what builds killed earlier left beside an output folder, before a new build writes. */
final class Recovery {
  private Recovery() {}

  /**
   * Repairs what a killed build left beside {@code target}: when {@code target} is gone but a parked
   * previous site ({@code .<name>.old-*}, ours by its manifest) is there, it is renamed back; other
   * parked sites of ours are discarded; stale temporary folders ({@code .<name>.tmp-*} still holding
   * {@link TempFolder#MARKER}) are deleted, and empty ones of either kind too, once the publish in place a
   * stale folder's {@link Journal} lists is finished. Runs under the output folder's lock ({@link SiteLock}), so
   * no build publishes meanwhile. Returns notes for the user.
   */
  static List<String> recover(Path target) throws IOException {
    Path parent = target.getParent();
    List<String> notes = new ArrayList<>();
    if (parent == null || !Files.isDirectory(parent)) return notes;
    String name = target.getFileName().toString();
    List<Path> siblings;
    try (Stream<Path> s = Files.list(parent)) {
      siblings = s.filter(p -> p.getFileName().toString().startsWith("." + name + ".")).sorted().toList();
    }
    for (Path p : siblings) {
      String n = p.getFileName().toString();
      // a link is never a site Versus parked (an earlier version parked a link that was --out): never through it
      if (Files.isSymbolicLink(p)) continue;
      if (n.startsWith("." + name + ".old-") && !Files.exists(target) && Manifest.isOurs(p)) {
        Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
        notes.add("put back the previous site, which a killed build had left at " + p);
      } else if (n.startsWith("." + name + ".old-") && Manifest.isOurs(p)) {
        ParkedSite.discard(p, target, notes);
      } else if (n.startsWith("." + name + ".tmp-") && Files.isRegularFile(p.resolve(TempFolder.MARKER))) {
        // a stopped build's: this runs under the output folder's lock, which a build holds until its folder is gone (or
        // left, journal and all, for the next build to finish), so no build writing now has a folder here
        // a publish in place that was stopped halfway is finished, as its journal says (never one into a folder
        // that is no longer a site of ours: then nothing of it is moved)
        Optional<Journal.Entries> journal = Journal.read(p);
        if (journal.isPresent() && Manifest.isOurs(target)) {
          try {
            Journal.finish(target, p, journal.get());
          } catch (IOException e) {
            // the site stays changed in part, as the stopped build left it: never "the previous output is unchanged"
            throw new SiteWriter.UnfinishedException("cannot finish publishing what a stopped build began in " + p + " (" + e.getMessage()
                + "): clear the way, or delete that folder to give up the rest of that publish", e);
          }
          notes.add("finished publishing " + target + ", which a build stopped halfway had begun");
        } else {
          notes.add("deleted " + p + ", left by a build that was stopped");
        }
        TempFolder.delete(p);
        Files.deleteIfExists(TempFolder.lockOf(p));
      } else if (n.startsWith("." + name + ".tmp-") && n.endsWith(TempFolder.LOCK) && Files.isRegularFile(p)
          && !Files.exists(p.resolveSibling(n.substring(0, n.length() - TempFolder.LOCK.length())))) {
        // the lock file an earlier Versus left beside a folder already gone ({@link TempFolder#LOCK})
        Files.deleteIfExists(p);
      } else if ((n.startsWith("." + name + ".tmp-") || n.startsWith("." + name + ".old-")) && Files.isDirectory(p)
          && Trees.isEmpty(p)) {
        // a build stopped just after making the folder, or just before removing it: it holds nothing to lose
        Files.deleteIfExists(p);
      }
    }
    return notes;
  }
}

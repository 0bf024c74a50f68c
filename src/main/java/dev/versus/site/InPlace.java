package dev.versus.site;

import dev.versus.web.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes a build into the live output folder file by file, over a site of ours: kept pages (the build cache's, and
 * pages {@link SiteWriter.Staging#put} found the site's file already holds) are not touched at all, other outputs
 * (assets, the search index, data files) only when their bytes
 * differ from the file in the site, and the files the old manifest lists that this build no longer writes are
 * deleted. Every changed file is first whole in the temporary folder beside the site (rendered pages are already
 * there), then the {@link Journal} is written and carried out: each file moves into place with an atomic rename,
 * and a build killed meanwhile is finished by the next one. Where a move would meet a folder, or a link on its way,
 * it does nothing and says so: the caller swaps the whole folder as before ({@link Swap}).
 */
final class InPlace {
  private InPlace() {}

  /** What happens to one output: nothing (the site holds it), move it from the temporary folder, write it there first, or leave the user's file. */
  private enum Step { NONE, MOVE, WRITE, YOURS }

  /**
   * Publishes {@code outputs} (by path, the last of each path) into {@code target}, whose manifest lists {@code old}:
   * those of {@code staged} are in {@code temp} already, those of {@code kept} are the site's own files. Returns false, having changed nothing,
   * when a file cannot be moved into place (a folder or a file on its way, or a link out of the site).
   * {@link SiteWriter.UnfinishedException} when the site was changed in part: the next build finishes it.
   */
  static boolean publish(Path target, Path temp, String build, Set<String> old, Map<String, Output> outputs,
      Map<String, Output> staged, Map<String, Output> kept, List<String> notes) throws IOException {
    Path real = target.toRealPath();
    Map<String, Step> steps = new ConcurrentHashMap<>();
    Trees.everyCore(outputs.values(), o -> steps.put(o.path(), step(target, old, o, staged.get(o.path()) == o, kept.get(o.path()) == o)));
    List<String> moves = new ArrayList<>();
    List<String> yours = new ArrayList<>();
    for (Map.Entry<String, Step> e : new java.util.TreeMap<>(steps).entrySet()) {
      if (e.getValue() == Step.MOVE || e.getValue() == Step.WRITE) moves.add(e.getKey());
      if (e.getValue() == Step.YOURS) yours.add(e.getKey());
    }
    Set<String> written = new TreeSet<>(outputs.keySet());
    yours.forEach(written::remove);
    for (String rel : moves) {
      Path to = target.resolve(rel);
      if (!Journal.plain(rel) || Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS) || !Journal.inside(real, to)) return false;
    }
    List<String> deletions = new ArrayList<>(new TreeSet<>(old));
    deletions.removeAll(written);
    deletions.remove(Manifest.FILE);
    // a path the journal cannot hold (a line break in a file name) could not be finished after a kill
    if (!deletions.stream().allMatch(Journal::plain)) return false;
    yours.forEach(rel -> notes.add(CarryOver.yoursKept(rel)));
    // nothing changed: the site is left exactly as it is, its manifest too (a deploy that syncs it sends nothing)
    if (moves.isEmpty() && deletions.isEmpty() && written.equals(old) && !Files.exists(target.resolve(TempFolder.MARKER))) return true;
    Trees.everyCore(moves, rel -> {
      if (steps.get(rel) == Step.WRITE) TempFolder.writeOne(temp, outputs.get(rel));
    });
    Files.writeString(temp.resolve(Manifest.FILE), Manifest.text(build, written), StandardCharsets.UTF_8);
    Journal.Entries entries = new Journal.Entries(moves, deletions);
    Journal.write(temp, entries);
    try {
      Journal.finish(target, temp, entries);
    } catch (IOException e) {
      throw new SiteWriter.UnfinishedException(e);
    }
    return true;
  }

  /** The step for output {@code o}; {@code inTemp}: {@link SiteWriter.Staging#put} wrote it; {@code kept}: the site's own file. */
  private static Step step(Path target, Set<String> old, Output o, boolean inTemp, boolean kept) throws IOException {
    if (kept) return Step.NONE;
    Path file = target.resolve(o.path());
    // one lstat for both questions: whose file is there, and does it hold these bytes
    BasicFileAttributes there = SameFile.attributes(file);
    // a file of the user's at a path Versus now writes wins, as in a swap (CarryOver); a folder is in the way of
    // any file (the check of the moves finds it, and the whole folder is swapped instead)
    if (!old.contains(o.path()) && there != null && !there.isDirectory()) return Step.YOURS;
    if (inTemp) return Step.MOVE;
    return SameFile.holds(file, there, o) ? Step.NONE : Step.WRITE;
  }
}

package dev.versus.content;

import dev.versus.diag.Diagnostics;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A source folder kept loaded between builds, for the preview server: after a change only the
 * files named as changed are read and parsed again, and {@link #tree} assembles the same
 * {@link SourceTree} a full {@link ContentLoader#load} would, unchanged documents being the very
 * same objects as before (later stages may cache by identity).
 */
public final class SourceCache {
  private final ContentLoader loader;
  private final Path source;
  private final Set<String> allFiles = new TreeSet<>();
  private final Map<String, ContentLoader.Loaded<?>> loaded = new HashMap<>();
  /** The documents of the last tree handed out, by path (see {@link #sameDocuments}). */
  private Map<String, Document> lastDocuments = Map.of();
  /** The files a symbolic link leads outside the source folder, looked up when a file is read, not on every tree. */
  private final Set<String> outside = new TreeSet<>();
  /** An immutable copy of allFiles for the trees handed out, made again only when the set of files changed. */
  private Set<String> snapshot;

  /** Loads every file of {@code source}, which must be an existing folder. */
  public SourceCache(ContentLoader loader, Path source) {
    this.loader = loader;
    this.source = source;
    refresh(Set.of(""));
  }

  public Path source() {
    return source;
  }

  /**
   * Re-reads the given paths (relative to the source folder; a folder stands for everything below
   * it, "" for the whole source): files that exist are parsed again, the others forgotten.
   */
  public synchronized void refresh(Collection<String> changed) {
    int before = allFiles.size();
    Set<String> was = snapshot;
    for (String rel : changed) {
      Path p = rel.isEmpty() ? source : source.resolve(rel);
      if (Files.isDirectory(p)) {
        // a folder that appeared, moved in or was rescanned: forget what was below it, then read it again
        forgetBelow(rel);
        Set<String> files = ContentLoader.scan(source, p);
        allFiles.addAll(files);
        outside.addAll(LinksOut.outside(source, files));
        // parsed on every core like a full load (ContentLoader.load): the first refresh reads the whole guide
        List<String> parsed = files.stream().filter(ContentLoader::isParsed).toList();
        List<ContentLoader.Loaded<?>> results = EveryCore.map(parsed, f -> loader.parse(source, f));
        for (int i = 0; i < parsed.size(); i++) loaded.put(parsed.get(i), results.get(i));
      } else if (ContentLoader.isGuideFile(source, p)) {
        read(rel);
      } else {
        // deleted, moved away, or hidden: a folder that vanished takes its files with it
        allFiles.remove(rel);
        loaded.remove(rel);
        outside.remove(rel);
        forgetBelow(rel);
      }
    }
    if (was == null || allFiles.size() != before || !allFiles.equals(was)) snapshot = null;
  }

  /** The tree as of the last refresh; each file's own diagnostics are reported again. */
  public synchronized SourceTree tree(Diagnostics diags) {
    if (snapshot == null) snapshot = java.util.Collections.unmodifiableSet(new TreeSet<>(allFiles));
    // the tree is assembled while this lock is held: the map is read, never kept
    return sameDocuments(loader.tree(source, snapshot, java.util.Collections.unmodifiableSet(outside),
        java.util.Collections.unmodifiableMap(loaded), diags));
  }

  /**
   * {@code tree} with each document that equals the last tree's document of its path replaced by that very
   * object. A Markdown file's document stays the same object while the file is unchanged, but the documents
   * of data/'s tables ({@link MatrixTables}) are made anew from the tables on every tree: without this, one
   * edited cell of data/cells.csv would have the model (whose memo keys by identity) read every criterion again.
   */
  private SourceTree sameDocuments(SourceTree tree) {
    Map<String, Document> next = new HashMap<>();
    List<Document> docs = new ArrayList<>(tree.documents().size());
    for (Document d : tree.documents()) {
      Document last = lastDocuments.get(d.path());
      Document kept = last != null && last != d && last.equals(d) ? last : d;
      docs.add(kept);
      next.put(d.path(), kept);
    }
    lastDocuments = next;
    return new SourceTree(tree.siteYaml(), tree.sourcesYaml(), List.copyOf(docs), tree.staticFiles(), tree.allFiles(),
        tree.failed(), tree.editions());
  }

  private void read(String rel) {
    outside.remove(rel);
    outside.addAll(LinksOut.outside(source, Set.of(rel)));
    if (!ContentLoader.isParsed(rel)) {
      allFiles.add(rel);
      return;
    }
    try {
      loaded.put(rel, loader.parse(source, rel));
      allFiles.add(rel);
    } catch (UncheckedIOException e) {
      // gone between the event and the read (an editor's save-by-rename): the next event brings it back
      allFiles.remove(rel);
      loaded.remove(rel);
    }
  }

  private void forgetBelow(String rel) {
    String prefix = rel.isEmpty() ? "" : rel + "/";
    allFiles.removeIf(f -> f.startsWith(prefix));
    outside.removeIf(f -> f.startsWith(prefix));
    loaded.keySet().removeIf(f -> f.startsWith(prefix));
  }
}

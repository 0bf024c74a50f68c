package dev.versus.content;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Walks a source folder and loads it: only reads files and hands each text to the pure
 * parsers ({@link FrontMatter}, {@link YamlParser}, {@link Markdown}).
 */
public final class ContentLoader {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");
  private static final List<Kind> FOLDER_KINDS = List.of(Kind.SUBJECT, Kind.CRITERION, Kind.ARTICLE, Kind.FAQ);

  private final Markdown markdown;

  public ContentLoader(Markdown markdown) {
    this.markdown = markdown;
  }

  /** Loads {@code source}; every problem is reported to {@code diags}, nothing is thrown for bad content. */
  public SourceTree load(Path source, Diagnostics diags) {
    return load(source, diags, LoadCache.none());
  }

  /** {@link #load(Path, Diagnostics)}, reading back from {@code cache} each document whose bytes it has seen. */
  public SourceTree load(Path source, Diagnostics diags, LoadCache cache) {
    if (!Files.isDirectory(source)) {
      diags.error(source.toString(), 0, 0, SourceFolder.notFound(source));
      return new SourceTree(Optional.empty(), Optional.empty(), List.of(), List.of(), Set.of(), Set.of());
    }
    java.util.SortedMap<String, java.nio.file.attribute.BasicFileAttributes> found = SourceScan.of(source, source);
    Set<String> allFiles = SourceScan.paths(found);
    // the walk follows no link, so only a link can lead out of the guide: one real-path lookup per link, not per file
    Set<String> outside = LinksOut.outside(source, SourceScan.links(found));
    List<String> parsed = allFiles.stream().filter(ContentLoader::isParsed).toList();
    List<Loaded<?>> results = EveryCore.map(parsed,
        f -> outside.contains(f) ? new Loaded<>(Optional.empty(), List.of()) : cache.parse(this, source, f, found.get(f)));
    cache.settle();
    Map<String, Loaded<?>> loaded = new HashMap<>();
    for (int i = 0; i < parsed.size(); i++) loaded.put(parsed.get(i), results.get(i));
    return tree(source, allFiles, outside, loaded, diags);
  }

  /**
   * Assembles the tree from files already parsed one by one ({@link #parse}), {@code outside} those a link
   * leads out of the guide ({@link LinksOut#outside}; {@link SourceCache} keeps it: a lookup per file per rebuild cost
   * 40 ms at 4,000 articles), replaying each
   * file's own diagnostics, then runs the checks that look across files. The full load and the
   * preview server's cache ({@link SourceCache}) both end here, so they cannot drift apart.
   */
  SourceTree tree(Path source, Set<String> allFiles, Set<String> outside, Map<String, Loaded<?>> loaded, Diagnostics diags) {
    for (String f : allFiles) {
      if (outside.contains(f)) {
        // static/ files are the publisher's: a link out of the guide there is an error (see insideGuide)
        if (f.startsWith("static/")) continue;
        // skipped, not fatal: the guide still builds (and `serve` still previews it) without that file
        diags.warning(f, 1, 1, "`" + f + "` is a symbolic link that leads outside the source folder and is skipped: Versus"
            + " reads only files inside it, so a build cannot publish other files of this machine; copy the file in instead");
      }
    }
    Optional<YNode> site = yamlOf(loaded.get("site.yaml"), diags);
    if (!allFiles.contains("site.yaml")) {
      diags.error("site.yaml", 1, 1, "missing site.yaml: every guide needs one (title, description, base_url, subjects, groups, scales); `versus init DIR` writes a starting point");
    } else if (site.isEmpty() && loaded.get("site.yaml") != null && loaded.get("site.yaml").diagnostics().isEmpty()) {
      diags.error("site.yaml", 1, 1, "site.yaml is empty: it needs title, description, base_url, subjects, groups and scales; `versus init DIR` writes a starting point");
    }
    Optional<YNode> sources = yamlOf(loaded.get("sources.yaml"), diags);

    List<String> markdownFiles = new ArrayList<>();
    for (String f : allFiles) {
      if (outside.contains(f)) continue;
      if (isContent(f)) markdownFiles.add(f);
      else if (DataFolder.isUnread(f)) DataFolder.warnUnread(f, diags);
      else if (!f.startsWith("templates/") && !f.startsWith("static/")) ignored(f).ifPresent(m -> diags.warning(f, 1, 1, m));
    }
    List<Document> docs = new ArrayList<>();
    // the content files that gave no document (their problems are reported): a document's path is its file's
    Set<String> failed = new TreeSet<>();
    for (String f : markdownFiles) {
      Loaded<?> l = loaded.get(f);
      l.diagnostics().forEach(diags::add);
      if (l.value().isPresent()) docs.add((Document) l.value().get());
      else failed.add(f);
    }
    // allFiles is sorted, so the documents come out in path order
    reportDuplicateSlugs(docs, diags);

    List<StaticFile> statics = allFiles.stream().filter(f -> f.startsWith("static/") && insideGuide(source, f, diags))
        .map(f -> new StaticFile(f.substring("static".length()), source.resolve(f))).toList();
    List<Document> merged = MatrixTables.merge(docs, MatrixTables.Tables.of(loaded, outside, diags), failed, diags);
    List<EditionFile> editions = new ArrayList<>();
    for (String f : allFiles) {
      if (!EditionFile.is(f) || outside.contains(f)) continue;
      Loaded<?> l = loaded.get(f);
      l.diagnostics().forEach(diags::add);
      l.value().ifPresent(root -> editions.add(new EditionFile(f, EditionFile.nameOf(f), (YNode) root)));
    }
    return new SourceTree(site, sources, merged, statics, allFiles, failed, List.copyOf(editions));
  }

  /**
   * Whether static file {@code f} really lies inside the guide: a symbolic link to a file elsewhere
   * ({@code /etc/passwd}, a home folder) is refused with an error, by {@code build} and {@code serve} alike.
   */
  private static boolean insideGuide(Path source, String f, Diagnostics diags) {
    Path file = source.resolve(f);
    try {
      Path real = file.toRealPath();
      if (real.startsWith(source.toRealPath())) return true;
      diags.error(f, 0, 0, "not published: this is a symbolic link to " + real + ", outside the guide, and Versus publishes "
          + "only files inside the guide folder; copy the file into static/ instead of linking it");
    } catch (IOException e) {
      diags.error(f, 0, 0, "not published: cannot follow this symbolic link (" + e.getMessage() + "); copy the file into static/ instead");
    }
    return false;
  }

  /** One file's parse: its value, if it could be read, and the problems found in that file alone. */
  record Loaded<T>(Optional<T> value, List<Diagnostic> diagnostics) {}

  /** Parses one file of the source folder (a YAML file or a content document), on its own. */
  Loaded<?> parse(Path source, String file) {
    // never read a file a link leads to outside the guide; tree() reports it
    if (LinksOut.leaves(LinksOut.realPath(source), source, file)) return new Loaded<>(Optional.empty(), List.of());
    return parseInside(source, file);
  }

  /** {@link #parse} of a file known to lie inside the guide (no link out: {@link SourceScan}). */
  Loaded<?> parseInside(Path source, String file) {
    Diagnostics own = new Diagnostics();
    Optional<?> value = file.equals("site.yaml") || file.equals("sources.yaml")
        ? yaml(source, file, own)
        : EditionFile.is(file) ? read(file, source.resolve(file), own).flatMap(text -> JsonTree.parse(file, text, own))
        : MatrixTables.is(file) ? read(file, source.resolve(file), own).flatMap(text -> MatrixTables.parse(file, text, own))
        : document(source, source.resolve(file), () -> read(file, source.resolve(file), own), own);
    return new Loaded<>(value, own.sorted());
  }

  /** Whether {@link #parse} reads this file: the two YAML files, the content documents, the editions and the matrix tables. */
  static boolean isParsed(String file) {
    return file.equals("site.yaml") || file.equals("sources.yaml") || isContent(file) || EditionFile.is(file)
        || MatrixTables.is(file);
  }

  /** Whether {@code file} is a content document (Markdown in a content folder, or index.md). */
  static boolean isContent(String file) {
    if (file.equals("index.md")) return true;
    for (Kind k : FOLDER_KINDS) {
      if (isIn(file, k)) return true;
    }
    return false;
  }

  private static Optional<YNode> yamlOf(Loaded<?> l, Diagnostics diags) {
    if (l == null) return Optional.empty();
    l.diagnostics().forEach(diags::add);
    return l.value().map(YNode.class::cast);
  }

  /** Parses content document {@code file} from its {@code bytes}, read already (by the build cache, which hashed them). */
  Loaded<?> parseDocument(Path source, String file, byte[] bytes) {
    Diagnostics own = new Diagnostics();
    Optional<?> value = document(source, source.resolve(file), () -> SourceText.decode(file, bytes, own).map(FrontMatter::lineFeeds), own);
    return new Loaded<>(value, own.sorted());
  }

  private Optional<Document> document(Path source, Path file, java.util.function.Supplier<Optional<String>> reader,
      Diagnostics diags) {
    String path = rel(source, file);
    Kind kind = kindOf(path);
    String name = file.getFileName().toString();
    String slug = name.substring(0, name.lastIndexOf('.'));
    if (kind != Kind.INDEX && !SLUG.matcher(slug).matches()) {
      diags.error(path, 1, 1, "file name `" + name + "` is not a valid slug: use lowercase letters, digits and hyphens, e.g. `"
          + suggestSlug(slug) + ".md`");
      return Optional.empty();
    }
    Optional<String> read = reader.get();
    if (read.isEmpty()) return Optional.empty();
    String text = read.get();
    if (text.isBlank() && kind != Kind.INDEX) {
      diags.error(path, 1, 1, "empty file: write its front matter (`---`, keys such as `title:`, `---`) and a body, or delete it");
      return Optional.empty();
    }
    Optional<FrontMatter> fm = FrontMatter.split(path, text, kind != Kind.INDEX, diags);
    if (fm.isEmpty()) return Optional.empty();
    YNode.Map front = new YNode.Map(Map.of(), dev.versus.diag.Position.of(path));
    if (!fm.get().yaml().isBlank()) {
      Optional<YNode> node = YamlParser.parse(path, fm.get().yaml(), fm.get().yamlFirstLine(), diags);
      if (node.isEmpty()) return Optional.empty();
      if (!(node.get() instanceof YNode.Map m)) {
        diags.error(node.get().pos(), "front matter must be a map of `key: value` lines, found " + node.get().kind());
        return Optional.empty();
      }
      front = m;
    }
    Optional<Markdown.Rendered> body = markdown.render(path, fm.get().body(), fm.get().bodyFirstLine(), HeadingOrder.above(kind), diags);
    if (body.isEmpty()) return Optional.empty();
    return Optional.of(new Document(path, kind, kind == Kind.INDEX ? "index" : slug, front,
        Body.of(path, kind, SourceText.safeHtml(body.get().html()), body.get().claims(), body.get().active())));
  }

  private static Optional<YNode> yaml(Path source, String name, Diagnostics diags) {
    Path file = source.resolve(name);
    if (!Files.isRegularFile(file)) return Optional.empty();
    return read(name, file, diags).flatMap(text -> YamlParser.parse(name, text, 1, diags));
  }

  private static void reportDuplicateSlugs(List<Document> docs, Diagnostics diags) {
    record Page(Kind kind, String slug) {}
    Map<Page, Document> seen = new HashMap<>();
    for (Document d : docs) {
      Document first = seen.putIfAbsent(new Page(d.kind(), d.slug()), d);
      if (first != null) {
        diags.error(d.path(), 1, 1, "duplicate slug `" + d.slug() + "`: both " + first.path() + " and " + d.path()
            + " publish the same page; rename or delete one of them");
      }
    }
  }

  private static Kind kindOf(String path) {
    return FOLDER_KINDS.stream().filter(k -> isIn(path, k)).findFirst().orElse(Kind.INDEX);
  }

  private static boolean isIn(String path, Kind kind) {
    String prefix = kind.folder() + "/";
    return path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0 && isMarkdown(path);
  }

  private static boolean isMarkdown(String path) {
    return path.endsWith(".md") || path.endsWith(".markdown");
  }

  /**
   * Why Markdown file {@code f}, which no content folder reads, is ignored, and what to do: its extension in other
   * letters ({@code .MD}, which only lower case names), a folder below a content folder (read one level deep), or
   * any other place. Empty for a file that is not Markdown by its name.
   */
  private static Optional<String> ignored(String f) {
    String lower = f.toLowerCase(java.util.Locale.ROOT);
    if (!isMarkdown(lower)) return Optional.empty();
    Optional<Kind> in = FOLDER_KINDS.stream().filter(k -> lower.startsWith(k.folder() + "/")).findFirst();
    if (!isMarkdown(f) && in.isPresent() && isIn(lower, in.get())) {
      String ext = f.substring(f.lastIndexOf('.'));
      return Optional.of("file ending in `" + ext + "` is ignored: Versus reads Markdown from names ending in `.md` or"
          + " `.markdown`, in lower case; rename it to end in `" + ext.toLowerCase(java.util.Locale.ROOT) + "`");
    }
    if (in.isPresent()) {
      String folder = in.get().folder() + "/";
      return Optional.of("Markdown file in a folder below " + folder + " is ignored: Versus reads the files directly in "
          + folder + ", not in its subfolders; move it to " + folder);
    }
    return Optional.of("Markdown file outside the content folders is ignored: move it to subjects/, criteria/, articles/ or faq/");
  }

  /** The slug a file name's stem would become: {@code Real_Time} -> {@code real-time}, {@code Évening} -> {@code evening}. */
  public static String suggestSlug(String stem) {
    // Évening -> evening: drop accents (NFD splits them off) before replacing what is left
    String plain = java.text.Normalizer.normalize(stem, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String s = plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "my-page" : s;
  }

  /** The text of {@code file} ({@code rel} in messages), or empty after an error when it is not readable UTF-8 text. */
  static Optional<String> read(String rel, Path file, Diagnostics diags) {
    try {
      // CR, LF and CRLF are each one line break (CommonMark, YAML 1.2): positions and splitting agree on every platform
      return SourceText.decode(rel, Files.readAllBytes(file), diags).map(FrontMatter::lineFeeds);
    } catch (IOException e) {
      diags.error(rel, 1, 1, "cannot read the file: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Every file below {@code dir} that is part of the guide, as paths relative to {@code root}, sorted. */
  static Set<String> scan(Path root, Path dir) {
    return SourceScan.paths(SourceScan.of(root, dir));
  }

  /** A regular file that is not hidden (no path segment starts with a dot) and no editor's leftover ({@link Leftovers}). */
  static boolean isGuideFile(Path root, Path p) {
    return Files.isRegularFile(p) && SourceScan.isGuideFile(rel(root, p), p);
  }

  static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}

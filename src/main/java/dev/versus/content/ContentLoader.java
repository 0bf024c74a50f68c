package dev.versus.content;

import dev.versus.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    if (!Files.isDirectory(source)) {
      diags.error(source.toString(), 0, 0, "source folder not found: pass an existing folder with --source, or create one with `versus init`");
      return new SourceTree(Optional.empty(), Optional.empty(), List.of(), List.of(), Set.of(), Set.of());
    }
    Set<String> allFiles = listFiles(source).stream()
        .map(p -> rel(source, p)).collect(Collectors.toCollection(TreeSet::new));
    Optional<YNode> site = yaml(source, "site.yaml", diags);
    if (!allFiles.contains("site.yaml")) {
      diags.error("site.yaml", 1, 1, "missing site.yaml: every guide needs one (title, description, base_url, subjects, groups, legend); `versus init DIR` writes a starting point");
    }
    Optional<YNode> sources = yaml(source, "sources.yaml", diags);

    List<Path> markdownFiles = new ArrayList<>();
    for (String f : allFiles) {
      if (f.equals("index.md") || FOLDER_KINDS.stream().anyMatch(k -> isIn(f, k))) markdownFiles.add(source.resolve(f));
      else if (isMarkdown(f) && !f.startsWith("templates/") && !f.startsWith("static/")) {
        diags.warning(f, 1, 1, "Markdown file outside the content folders is ignored: move it to subjects/, criteria/, articles/ or faq/");
      }
    }
    List<Document> docs = markdownFiles.parallelStream()
        .map(p -> document(source, p, diags))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(Document::path))
        .toList();
    reportDuplicateSlugs(docs, diags);

    List<StaticFile> statics = allFiles.stream().filter(f -> f.startsWith("static/"))
        .map(f -> new StaticFile(f.substring("static".length()), source.resolve(f))).toList();
    Set<String> loaded = docs.stream().map(Document::path).collect(Collectors.toSet());
    Set<String> failed = markdownFiles.stream().map(p -> rel(source, p)).filter(f -> !loaded.contains(f))
        .collect(Collectors.toCollection(TreeSet::new));
    return new SourceTree(site, sources, docs, statics, allFiles, failed);
  }

  private Optional<Document> document(Path source, Path file, Diagnostics diags) {
    String path = rel(source, file);
    Kind kind = kindOf(path);
    String name = file.getFileName().toString();
    String slug = name.substring(0, name.lastIndexOf('.'));
    if (kind != Kind.INDEX && !SLUG.matcher(slug).matches()) {
      diags.error(path, 1, 1, "file name `" + name + "` is not a valid slug: use lowercase letters, digits and hyphens, e.g. `"
          + suggestSlug(slug) + ".md`");
      return Optional.empty();
    }
    String text = read(file);
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
    String html = markdown.toHtml(fm.get().body(), fm.get().bodyFirstLine());
    return Optional.of(new Document(path, kind, kind == Kind.INDEX ? "index" : slug, front, Body.of(path, html)));
  }

  private static Optional<YNode> yaml(Path source, String name, Diagnostics diags) {
    Path file = source.resolve(name);
    if (!Files.isRegularFile(file)) return Optional.empty();
    return YamlParser.parse(name, read(file), 1, diags);
  }

  private static void reportDuplicateSlugs(List<Document> docs, Diagnostics diags) {
    Map<String, Document> seen = new HashMap<>();
    for (Document d : docs) {
      Document first = seen.putIfAbsent(d.kind() + "/" + d.slug(), d);
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

  private static String suggestSlug(String stem) {
    String s = stem.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "my-page" : s;
  }

  static String read(Path file) {
    try {
      // normalise line endings so positions and splitting behave the same on every platform
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> listFiles(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !rel(root, p).startsWith(".") && !rel(root, p).contains("/."))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}

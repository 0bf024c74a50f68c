package dev.versus.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the load stage read from a source folder: the two YAML files, every content
 * document, the static files, every file path that exists (to check relative links), and the
 * content files that could not be loaded (so later stages do not report them a second time), and the
 * recorded editions of {@code editions/} that could be parsed, in path order.
 */
public record SourceTree(Optional<YNode> siteYaml, Optional<YNode> sourcesYaml,
    List<Document> documents, List<StaticFile> staticFiles, Set<String> allFiles, Set<String> failed,
    List<EditionFile> editions) {

  /** A tree without editions. */
  public SourceTree(Optional<YNode> siteYaml, Optional<YNode> sourcesYaml, List<Document> documents,
      List<StaticFile> staticFiles, Set<String> allFiles, Set<String> failed) {
    this(siteYaml, sourcesYaml, documents, staticFiles, allFiles, failed, List.of());
  }

  /**
   * Whether the table of {@code data/} that would list documents of {@code kind} exists but could not be read:
   * then a document missing from it is not reported again (its own error stands for it).
   */
  public boolean tableFailed(Kind kind) {
    return kind == Kind.SUBJECT && failed.contains(MatrixTables.SUBJECTS);
  }

  /**
   * Slugs of content files of {@code kind} that exist, loaded or not (a failed file is reported once, by
   * itself; one whose name is not a slug by the slug it would become, never by its invalid name).
   */
  public List<String> slugs(Kind kind) {
    java.util.stream.Stream<String> loaded = documents.stream().filter(d -> d.kind() == kind).map(Document::slug);
    java.util.stream.Stream<String> broken = failed.stream().filter(f -> f.startsWith(kind.folder() + "/"))
        // a file whose name is not a slug counts as the slug it would become, as its own error suggests
        .map(f -> ContentLoader.suggestSlug(f.substring(f.lastIndexOf('/') + 1, f.lastIndexOf('.'))));
    return java.util.stream.Stream.concat(loaded, broken).distinct().sorted().toList();
  }
}

package dev.versus.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the load stage read from a source folder: the two YAML files, every content
 * document, the static files, and every file path that exists (to check relative links).
 */
public record SourceTree(Optional<YNode> siteYaml, Optional<YNode> sourcesYaml,
    List<Document> documents, List<StaticFile> staticFiles, Set<String> allFiles) {}

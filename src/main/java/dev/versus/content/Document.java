package dev.versus.content;

/**
 * One content file after loading: where it is, what kind it is, its front matter (with
 * positions) and its rendered body. The model stage gives the front matter its meaning.
 */
public record Document(String path, Kind kind, String slug, YNode.Map frontMatter, Body body) {

  /**
   * Whether the document comes from a row of a table of {@code data/} alone ({@link MatrixTables}), without
   * a Markdown file at {@link #path}.
   */
  public boolean onlyInTable() {
    return !frontMatter.pos().file().equals(path);
  }
}

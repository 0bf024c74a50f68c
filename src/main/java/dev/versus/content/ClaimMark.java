package dev.versus.content;

import dev.versus.diag.Position;
import java.util.Map;

/**
 * A claim block as an author wrote it at the end of a passage, before the model gives it meaning:
 * the passage's element id ({@code claim-<criterion>-<subject>-<n>}, unique in its document), the
 * block's attributes ({@code claim}, {@code level}, {@code value}, {@code source}, {@code checked})
 * with the position of each, the block's position, and the passage's section and plain-text excerpt.
 */
public record ClaimMark(String id, Map<String, String> attrs, Map<String, Position> at, Position pos,
    String sectionId, String sectionTitle, String excerpt) {

  /** The value of attribute {@code name}, or "" when the block does not have it. */
  public String attr(String name) {
    return attrs.getOrDefault(name, "");
  }

  /** Where attribute {@code name} is written, else the block's own position. */
  public Position at(String name) {
    return at.getOrDefault(name, pos);
  }

  /** This mark with the section and excerpt of its passage, read off the rendered body. */
  ClaimMark placed(String sectionId, String sectionTitle, String excerpt) {
    return new ClaimMark(id, attrs, at, pos, sectionId, sectionTitle, excerpt);
  }
}

package dev.versus.content;

import dev.versus.diag.Position;

/**
 * A link or image an author wrote, as written, with where it stands: its position, the section
 * heading above it and a plain-text excerpt of the passage around it (for backlinks).
 */
public record LinkRef(int index, String href, boolean image, Position pos,
    String sectionId, String sectionTitle, String excerpt) {}

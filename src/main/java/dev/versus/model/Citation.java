package dev.versus.model;

import dev.versus.content.Kind;

/** A page that cites a source, for the sources page's "cited by" lists. */
public record Citation(Kind kind, String slug, String title) {}

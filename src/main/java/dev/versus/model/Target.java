package dev.versus.model;

import dev.versus.content.Kind;

/**
 * Where a resolved link points: a content page (kind + slug), a generated route such as
 * {@code compare/}, a published static file, or an external URL. {@code anchor} may be empty.
 */
public sealed interface Target {
  /** A content document's page. */
  record Page(Kind kind, String slug, String anchor) implements Target {}

  /** A generated page such as {@code compare/} or {@code faq/}, relative to the site root. */
  record Route(String path, String anchor) implements Target {}

  /** A static file, as its URL path below the site root (e.g. {@code /img/logo.png}). */
  record Asset(String path) implements Target {}

  /** A link off the site, kept as written. */
  record External(String url) implements Target {}
}

package dev.versus.search;

/**
 * One searchable page as plain text. {@code kind} is {@code criterion}, {@code subject},
 * {@code article} or {@code faq}; {@code url} is rooted at the site's base path; {@code headings}
 * are the body's headings joined by newlines (an FAQ entry's title is its question);
 * {@code text} is what the passage under a result is cut from.
 */
public record SearchDocument(String id, String kind, String title, String url, String headings, String text) {

  /** This document with {@code text} in place of its own text. */
  SearchDocument withText(String other) {
    return new SearchDocument(id, kind, title, url, headings, other);
  }
}

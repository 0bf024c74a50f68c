package dev.versus.model;

import dev.versus.content.Body;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A long-form guide from articles/&lt;slug&gt;.md. */
public record Article(String slug, String path, String title, String metaTitle, String metaDescription,
    List<String> metaKeywords, LocalDate date, Optional<LocalDate> updated, String author,
    List<String> sources, boolean draft, Body body) {

  /** Minutes to read at 220 words a minute, at least one. */
  public int readingMinutes() {
    return Math.max(1, (int) Math.ceil(body.words() / 220.0));
  }
}

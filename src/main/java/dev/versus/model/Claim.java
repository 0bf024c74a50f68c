package dev.versus.model;

import dev.versus.content.Kind;
import dev.versus.diag.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A passage of an article, criterion or subject body marked as evidence for one cell of the matrix
 * ({@code {claim="orm/django" level="built-in" source="..." checked="YYYY-MM-DD"}} at its end).
 * {@code grade} is the answer it gives the cell, empty for a claim that supports without grading;
 * {@code sources} is its {@code source}, else the article's own sources; {@code id} is the passage's
 * element id on the page of {@code kind}/{@code page}; {@code stale} when {@code checked} is older
 * than site.yaml's {@code stale_after}.
 */
public record Claim(String id, Kind kind, String page, String pageTitle, String criterion, String subject,
    Optional<Answer> grade, List<String> sources, Optional<LocalDate> checked, boolean stale, Position pos,
    String sectionId, String sectionTitle, String excerpt) {

  /** {@code path:line} of the claim block, as messages cite it. */
  public String where() {
    return pos.file() + ":" + pos.line();
  }
}

package dev.versus.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The evidence for one cell: every claim on it in site order (subjects, criteria, then articles
 * newest first), the sides when claims grade it differently ({@code disputed}: found by the build,
 * so a reader sees each answer with the passages that give it), the hand-written {@code disputed:}
 * text if any, and the review state: {@code lastChecked}, the newest {@code checked} date of its
 * claims or else the criterion's {@code reviewed}, and {@code stale} when that is older than site.yaml's
 * {@code stale_after}.
 */
public record CellEvidence(String criterion, String subject, List<Claim> claims, List<Side> sides, String written,
    Optional<LocalDate> lastChecked, boolean stale) {

  /** One answer given by claims on a disputed cell, and the claims that give it. */
  public record Side(Answer grade, List<Claim> claims) {}

  /** Whether the sources disagree on this cell: its claims grade it differently, or the author says so. */
  public boolean disputed() {
    return sides.size() > 1 || !written.isBlank();
  }

  /** Whether the dispute was found from the claims, not only written by hand. */
  public boolean foundDispute() {
    return sides.size() > 1;
  }

  /**
   * The sides of the dispute the claims found, each answer with the claims that give it, in the order the
   * claims first give them; empty when the claims agree (one side is no dispute). Every page and the print
   * view show these, so a note on a dispute found from the claims alone is never empty (issue 23).
   */
  public List<Side> dispute() {
    return foundDispute() ? sides : List.of();
  }

  /** The element id of this cell's section on the criterion page. */
  public String anchor() {
    return dev.versus.web.Anchors.EVIDENCE + subject;
  }

  /** The distinct sources of the claims, in first-cited order. */
  public List<String> sources() {
    return claims.stream().flatMap(c -> c.sources().stream()).distinct().toList();
  }
}

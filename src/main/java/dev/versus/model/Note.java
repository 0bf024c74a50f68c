package dev.versus.model;

import dev.versus.diag.Position;

/**
 * A note a criterion defines under {@code notes:} and its verdicts share by key, in the manner of caniuse's
 * numbered notes: {@code number} is its number on this criterion, from 1 in order of first use (the verdicts
 * in site.yaml's subject order, each verdict's keys as listed), 0 for a note no verdict uses (not published);
 * {@code html} is its one Markdown paragraph rendered, {@code at} where its key was written.
 */
public record Note(String key, int number, String html, Position at) {

  /** Whether some verdict uses it, so the pages show it. */
  public boolean used() {
    return number > 0;
  }
}

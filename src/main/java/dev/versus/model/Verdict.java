package dev.versus.model;

import dev.versus.config.Level;
import java.util.List;

/** One cell of the matrix: a subject's level on a criterion, a one-line summary, its sources. */
public record Verdict(String subject, Level level, String summary, List<String> sources, String disputed) {

  public boolean isDisputed() {
    return !disputed.isBlank();
  }
}

package dev.versus.matrix;

import dev.versus.config.Profile;
import java.util.List;

/** The subjects ranked under one profile of site.yaml, best first: what /choose/&lt;profile&gt;/ shows. */
public record ProfileScore(Profile profile, List<SubjectScore> ranking) {

  public ProfileScore {
    ranking = List.copyOf(ranking);
  }
}

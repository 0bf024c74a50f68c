package dev.versus.model;

import dev.versus.config.SiteConfig;
import dev.versus.content.Body;
import dev.versus.content.Document;
import dev.versus.content.Fields;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.Set;

/** The guide's index.md: a title and the short answer. */
public record Home(String title, Body body) {
  /**
   * Reads index.md: its only front-matter key is {@code title} (site.yaml's {@code title} when absent). A body
   * without text is a warning at the file, as the home page would show "The short answer" over an empty section.
   */
  static Home read(Document d, SiteConfig config, Diagnostics diags) {
    Fields f = new Fields(d.frontMatter(), diags, Set.of("title"));
    f.warnUnknown();
    if (d.body().html().isBlank()) {
      diags.warning(Position.of(d.path()), "index.md has no short answer: the home page would show \"The short answer\""
          + " over an empty section; write it below the front matter, a sentence or two that answers the guide's question");
    }
    return new Home(f.filled("title", config.title(), "site.yaml's `title`"), d.body());
  }
}

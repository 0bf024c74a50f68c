package dev.versus.model;

import dev.versus.content.Document;
import dev.versus.content.Fields;
import dev.versus.diag.Diagnostics;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/** Reads articles/&lt;slug&gt;.md front matter into an {@link Article}. */
final class ArticleReader {
  static final Set<String> KEYS = Set.of("title", "meta_title", "meta_description", "meta_keywords", "date",
      "updated", "author", "sources", "draft");

  private ArticleReader() {}

  static Article read(Document doc, Collection<String> sources, Diagnostics diags) {
    Fields f = new Fields(doc.frontMatter(), diags, KEYS);
    f.warnUnknown();
    String title = f.text("title", true).orElse(doc.slug());
    java.util.Optional<LocalDate> written = f.date("date", true);
    LocalDate date = written.orElse(LocalDate.EPOCH);
    java.util.Optional<LocalDate> updated = f.date("updated", false);
    if (written.isPresent() && updated.isPresent() && updated.get().isBefore(date)) {
      // the feed, the sitemap and the page would say it changed before it existed
      diags.error(doc.frontMatter().entries().get("updated").key().pos(), "`updated` (" + updated.get() + ") is earlier"
          + " than `date` (" + date + "): an article is updated after it is published; correct the one that is wrong,"
          + " or remove `updated` if the article has not changed since");
    }
    return new Article(doc.slug(), doc.path(), title, f.filled("meta_title", title, "the `title`"), f.text("meta_description", ""),
        f.strings("meta_keywords"), date, updated, f.text("author", ""),
        Refs.known(f.scalars("sources", false), sources, "source", diags), f.bool("draft"), doc.body());
  }

  /** Whether the document is marked {@code draft: true}, read before the rest so links can skip it. */
  static boolean isDraft(Document doc) {
    var n = doc.frontMatter().get("draft");
    return n instanceof dev.versus.content.YNode.Scalar s && s.value().strip().equals("true");
  }
}

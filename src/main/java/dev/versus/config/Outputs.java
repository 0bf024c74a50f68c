package dev.versus.config;

import dev.versus.content.Fields;
import dev.versus.diag.Diagnostics;
import java.util.Optional;
import java.util.Set;

/**
 * How much of the guide its whole-guide outputs carry, from site.yaml's {@code feed}, {@code print} and
 * {@code search} maps. At 4,000 articles a feed with every article in full was 43 MB, the print view 33 MB and
 * the search index 22 MB, against 71 MB for the article pages themselves; peers let the author choose
 * (jekyll-feed publishes the latest 10 posts in full, Hugo's RSS carries summaries, MkDocs' search plugin
 * indexes full text or titles only).
 *
 * @param feedEntries the newest articles {@code feed.xml} lists, at most; 0 lists every article
 * @param feedFull whether each feed entry carries its article in full ({@code content: full}) or only its
 *     description ({@code content: summary})
 * @param printArticles whether the print view (and guide.pdf) holds the articles ({@code articles: all}) or only
 *     the comparison: home page, criteria, subjects, FAQ, sources ({@code articles: none})
 * @param searchArticleText whether the search index holds articles' text ({@code article_text: true}) or only
 *     their titles, headings and descriptions
 * @param printPdf whether every build writes {@code guide.pdf} ({@code print: {pdf: true}}), as {@code --pdf} asks of
 *     one build: a guide whose pages link its PDF says so here, where every build, check and preview reads it
 */
public record Outputs(int feedEntries, boolean feedFull, boolean printArticles, boolean searchArticleText, boolean printPdf) {
  /** The feed's length when site.yaml does not say: enough for a reader who checks monthly, small for a large guide. */
  public static final int FEED_ENTRIES = 20;
  /** What a guide gets when site.yaml sets none of the keys. */
  public static final Outputs DEFAULT = new Outputs(FEED_ENTRIES, true, true, true, false);

  /** Reads the three maps of site.yaml {@code f}; each problem is an error at its value, and its key keeps the default. */
  static Outputs read(Fields f, Diagnostics diags) {
    int entries = FEED_ENTRIES;
    boolean full = true;
    Optional<Fields> feed = section(f, "feed", Set.of("entries", "content"), diags);
    if (feed.isPresent()) {
      Fields fe = feed.get();
      Optional<Integer> n = fe.integer("entries");
      if (n.isPresent() && n.get() < 0) {
        diags.error(fe.pos("entries"), "`entries` is how many of the newest articles the feed lists, such as `entries: 20`, "
            + "or 0 for every article; it cannot be negative");
      } else if (n.isPresent()) {
        entries = n.get();
      }
      full = choice(fe, "content", "full", "summary", diags);
    }
    Optional<Fields> print = section(f, "print", Set.of("articles", "pdf"), diags);
    boolean printArticles = print.map(p -> choice(p, "articles", "all", "none", diags)).orElse(true);
    // absent means no PDF: `choice` reads an absent key as its first answer
    boolean pdf = print.map(p -> !choice(p, "pdf", "false", "true", diags)).orElse(false);
    boolean articleText = section(f, "search", Set.of("article_text"), diags)
        .map(s -> choice(s, "article_text", "true", "false", diags)).orElse(true);
    return new Outputs(entries, full, printArticles, articleText, pdf);
  }

  /** The map under {@code key}, read with its {@code keys} (an unknown one is a warning), if site.yaml has one. */
  private static Optional<Fields> section(Fields f, String key, Set<String> keys, Diagnostics diags) {
    return f.map(key, false).map(m -> {
      Fields section = new Fields(m, diags, keys);
      section.warnUnknown();
      return section;
    });
  }

  /** Whether {@code key} says {@code yes} (also when absent) rather than {@code no}; anything else is an error at its value. */
  private static boolean choice(Fields f, String key, String yes, String no, Diagnostics diags) {
    Optional<String> v = f.text(key, false).map(String::strip);
    if (v.isEmpty() || v.get().equals(yes)) return true;
    if (v.get().equals(no)) return false;
    diags.error(f.pos(key), "`" + key + "` must be `" + yes + "` or `" + no + "`, found `" + v.get() + "`; leave it out for `" + yes + "`");
    return true;
  }
}

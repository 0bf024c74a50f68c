package dev.versus.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids the theme's page around a body already gives its own elements, per kind of document: the
 * README's fixed anchors ({@code #sources} of an article, {@code #verdicts} of a criterion...), the
 * headings' {@code -title} ids, {@code main} of every page, and on the home page the at-a-glance
 * table's {@code at-} ids. A body's ids avoid them ({@link Body}), so that every page has unique ids
 * (HTML, 3.2.6.1) and a fixed anchor always reaches the template's element.
 */
public final class ReservedIds {
  private ReservedIds() {}

  // main: the skip link's target; site-search-q: the header's search box
  private static final Set<String> EVERY_PAGE = Set.of("main", "site-search-q");

  private static final Map<Kind, Set<String>> BY_KIND = Map.of(
      Kind.CRITERION, Set.of("verdicts", "verdicts-title", "evidence", "evidence-title", "discussion", "discussion-title", "discussed-in",
          "discussed-title", "faq", "faq-title", "sources-title"),
      Kind.SUBJECT, Set.of("overview", "overview-title", "pros-and-cons", "pc-title", "used-by", "used-title",
          "verdicts", "verdicts-title", "ahead", "ahead-title", "mentioned-in", "mentioned-title"),
      Kind.ARTICLE, Set.of("contents", "toc-title", "article", "related", "related-title", "sources", "sources-title"),
      Kind.FAQ, Set.of("answer", "rests-title"),
      Kind.INDEX, Set.of("short-answer", "short-answer-title", "matrix", "matrix-title", "articles", "articles-title",
          "questions", "questions-title", "standings", "standings-title"));

  /** Prefixes of ids the page generates from the guide's data (the home page's table: {@code at-<criterion>}). */
  // a subject page's "where it is ahead of <other>": ahead-<other>; a criterion page's evidence per subject:
  // evidence-<subject> (and its -title)
  private static final Map<Kind, List<String>> PREFIXES = Map.of(Kind.INDEX, List.of("at-"), Kind.SUBJECT, List.of("ahead-"),
      Kind.CRITERION, List.of("evidence-"));

  /** Whether the page of a {@code kind} document already uses {@code id} outside the body. */
  public static boolean isReserved(Kind kind, String id) {
    return EVERY_PAGE.contains(id) || BY_KIND.getOrDefault(kind, Set.of()).contains(id) || byPrefix(kind, id);
  }

  /** Whether {@code id} starts like the ids the page of a {@code kind} document generates (no suffix frees it). */
  public static boolean byPrefix(Kind kind, String id) {
    return PREFIXES.getOrDefault(kind, List.of()).stream().anyMatch(id::startsWith);
  }
}

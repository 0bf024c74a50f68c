package dev.versus.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anchors every theme must provide, so authors can link them and the build can check those
 * links before anything is rendered (the README lists them), and the ids a page already gives its
 * own elements, which a body's heading ids avoid so that every page has unique ids (HTML, 3.2.6.1)
 * and a fixed anchor always reaches the template's element.
 */
public final class Anchors {
  private Anchors() {}

  /** Anchors on each content page besides the body's own heading ids. */
  public static final Map<PageKind, Set<String>> FIXED = Map.of(
      PageKind.CRITERION, Set.of("verdicts", "notes", "evidence", "discussion", "discussed-in", "faq", "history"),
      PageKind.SUBJECT, Set.of("overview", "pros-and-cons", "used-by", "verdicts", "ahead", "mentioned-in"),
      PageKind.ARTICLE, Set.of("contents", "article", "related", "sources"),
      PageKind.FAQ, Set.of("answer"),
      PageKind.HOME, Set.of("short-answer", "matrix", "standings", "articles", "questions"));

  /**
   * Generated pages whose anchors the model stage knows ({@link #of}), so a site-rooted link such as
   * {@code /compare/#orm} is checked; every page {@link Published} lists may be linked, the others without an anchor.
   */
  public static final List<PageKind> LINKABLE = List.of(PageKind.COMPARE, PageKind.CRITERIA, PageKind.SUBJECTS,
      PageKind.ARTICLES, PageKind.FAQS, PageKind.SOURCES);

  /** The data-quality figures of the comparison and the sources page. */
  private static final String QUALITY = "quality";
  /** What a question's anchor on the list of questions starts with. */
  public static final String QUESTION = "q-";
  /** What the anchor of a subject's evidence on a criterion's page starts with ({@code #evidence-<subject>}). */
  public static final String EVIDENCE = "evidence-";
  /** What a note's anchor on its criterion's page starts with. */
  public static final String NOTE = "note-";
  /** What a source's anchor on the sources page starts with. */
  public static final String SOURCE = "source-";

  /** The anchor of a question on the list of questions ({@code faq/#q-<slug>}). */
  public static String question(String faqSlug) {
    return QUESTION + faqSlug;
  }

  /** The anchor of a criterion's note on its page ({@code criteria/<slug>/#note-<key>}). */
  public static String note(String key) {
    return NOTE + key;
  }

  /** The anchor of a source on the sources page ({@code sources/#source-<id>}). */
  public static String source(String id) {
    return SOURCE + id;
  }

  /** Anchors of a generated page of {@link #LINKABLE}, given the guide's criteria, group keys, questions and sources. */
  public static Set<String> of(PageKind kind, List<String> criteria, List<String> groups, List<String> faqs,
      List<String> sources) {
    Set<String> out = new HashSet<>();
    switch (kind) {
      case COMPARE -> {
        out.addAll(criteria);
        groups.forEach(g -> out.add("group-" + g));
        out.add("legend");
        out.add("matrix");
        out.add(QUALITY);
      }
      case FAQS -> faqs.forEach(f -> out.add(question(f)));
      case SOURCES -> {
        sources.forEach(s -> out.add(source(s)));
        out.add(QUALITY);
      }
      default -> { }
    }
    return out;
  }

  // main: the skip link's target; site-search-q: the header's search box
  private static final Set<String> EVERY_PAGE = Set.of("main", "site-search-q");

  /** The ids of the page around a body: its fixed anchors, the headings' {@code -title} ids and more. */
  private static final Map<PageKind, Set<String>> RESERVED = Map.of(
      PageKind.CRITERION, Set.of("verdicts", "verdicts-title", "notes", "notes-title", "evidence", "evidence-title", "discussion", "discussion-title", "discussed-in",
          "discussed-title", "faq", "faq-title", "history", "history-title", "sources-title"),
      PageKind.SUBJECT, Set.of("overview", "overview-title", "pros-and-cons", "pc-title", "used-by", "used-title",
          "verdicts", "verdicts-title", "ahead", "ahead-title", "mentioned-in", "mentioned-title"),
      PageKind.ARTICLE, Set.of("contents", "toc-title", "article", "related", "related-title", "sources", "sources-title"),
      PageKind.FAQ, Set.of("answer", "rests-title"),
      PageKind.HOME, Set.of("short-answer", "short-answer-title", "matrix", "matrix-title", "articles", "articles-title",
          "questions", "questions-title", "standings", "standings-title"));

  /** Prefixes of ids the page generates from the guide's data (the home page's table: {@code at-<criterion>}). */
  // a subject page's "where it is ahead of <other>": ahead-<other>; a criterion page's evidence per subject:
  // evidence-<subject> (and its -title), and each of its notes: note-<key>
  private static final Map<PageKind, List<String>> PREFIXES = Map.of(PageKind.HOME, List.of("at-"),
      PageKind.SUBJECT, List.of("ahead-"), PageKind.CRITERION, List.of(EVIDENCE, NOTE));

  /** Whether the page of {@code kind} already uses {@code id} outside the body. */
  public static boolean isReserved(PageKind kind, String id) {
    return EVERY_PAGE.contains(id) || RESERVED.getOrDefault(kind, Set.of()).contains(id) || byPrefix(kind, id);
  }

  /** Whether {@code id} starts like the ids the page of {@code kind} generates (no suffix frees it). */
  public static boolean byPrefix(PageKind kind, String id) {
    return PREFIXES.getOrDefault(kind, List.of()).stream().anyMatch(id::startsWith);
  }
}

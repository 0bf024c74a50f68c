package dev.versus.model;

import dev.versus.content.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anchors and generated routes every theme must provide, so authors can link them and the
 * build can check those links before anything is rendered. The README lists them.
 */
public final class FixedAnchors {
  private FixedAnchors() {}

  /** Anchors on each content page besides the body's own heading ids. */
  public static final Map<Kind, Set<String>> BY_KIND = Map.of(
      Kind.CRITERION, Set.of("verdicts", "evidence", "discussion", "discussed-in", "faq"),
      Kind.SUBJECT, Set.of("overview", "pros-and-cons", "used-by", "verdicts", "ahead", "mentioned-in"),
      Kind.ARTICLE, Set.of("contents", "article", "related", "sources"),
      Kind.FAQ, Set.of("answer"),
      Kind.INDEX, Set.of("short-answer", "matrix", "articles", "questions"));

  /** Generated pages an author may link with a site-rooted path such as {@code /compare/#orm}. */
  public static final List<String> ROUTES = List.of("compare/", "criteria/", "subjects/", "articles/", "faq/", "sources/");

  /** Anchors of a generated route, given the guide's criteria and group keys. */
  public static Set<String> forRoute(String route, List<String> criteria, List<String> groups, List<String> faqs,
      List<String> sources) {
    java.util.Set<String> out = new java.util.HashSet<>();
    switch (route) {
      case "compare/" -> {
        out.addAll(criteria);
        groups.forEach(g -> out.add("group-" + g));
        out.add("legend");
        out.add("matrix");
      }
      case "faq/" -> faqs.forEach(f -> out.add("q-" + f));
      case "sources/" -> sources.forEach(s -> out.add("source-" + s));
      default -> { }
    }
    return out;
  }
}

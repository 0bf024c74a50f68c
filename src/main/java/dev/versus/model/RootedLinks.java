package dev.versus.model;

import dev.versus.content.Document;
import dev.versus.diag.Suggest;
import dev.versus.web.PageKind;
import dev.versus.web.Published;
import dev.versus.web.Routes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a site-rooted link ({@code /compare/#orm}, {@code /compare.json}, {@code /choose/budget/}) may reach: every
 * generated page and file the guide publishes, as {@link Published#routes} decides them (the one list the render
 * stage's pages follow too), with the anchors the model can check, and the content pages by their routes. Built
 * once per assembly; an unknown route gets a message saying why the page is not published.
 *
 * @param anchors each published generated route's anchors (empty where the model knows none)
 * @param pathByRoute the published documents' source paths by their page's route: paths, not documents, so an edit of
 *     a document leaves this record equal and an assembly keeps it (and every document's resolved links) across saves
 * @param guide the facts that decided the routes, for the messages
 * @param themeAssets the theme's static files the build publishes, by rooted path ({@code /css/site.css}); the guide's
 *     own {@code static/} files are the source folder's
 */
record RootedLinks(Map<String, Set<String>> anchors, Map<String, String> pathByRoute, Published.Guide guide,
    Set<String> themeAssets) {

  /** The routes of {@code guide}, those of {@code linkable} with their anchors, and the pages of {@code docs}. */
  static RootedLinks of(Published.Guide guide, Map<String, Set<String>> linkable, Collection<Document> docs,
      Set<String> themeAssets) {
    Map<String, Set<String>> anchors = new HashMap<>();
    for (String route : Published.routes(guide)) anchors.put(route, linkable.getOrDefault(route, Set.of()));
    Map<String, String> byRoute = new HashMap<>();
    // the home page stays the generated route "", with the anchors it has always had
    for (Document d : docs) {
      if (d.kind() != dev.versus.content.Kind.INDEX) byRoute.put(d.kind().route(d.slug()), d.path());
    }
    return new RootedLinks(Map.copyOf(anchors), Map.copyOf(byRoute), guide, Set.copyOf(themeAssets));
  }

  /**
   * The routes a rooted {@code path} (decoded, without its leading slash) may name, most likely first: as written,
   * with the trailing slash a folder's page has, and {@code x/index.html} as the page {@code x/}.
   */
  static List<String> candidates(String path) {
    String p = path.equals(Routes.INDEX) || path.endsWith("/" + Routes.INDEX) ? Routes.route(path) : path;
    return p.isEmpty() || p.endsWith("/") ? List.of(p) : List.of(p, p + "/");
  }

  /** The published generated route {@code path} names, or null. */
  String route(String path) {
    return candidates(path).stream().filter(anchors::containsKey).findFirst().orElse(null);
  }

  /** The source path of the document whose page {@code path} names, or null. */
  String documentPath(String path) {
    return candidates(path).stream().map(pathByRoute::get).filter(d -> d != null).findFirst().orElse(null);
  }

  /** Why nothing is published at {@code path} (rooted, decoded), and what to link instead: the end of an error. */
  String whyNot(String path) {
    String route = candidates(path).get(candidates(path).size() - 1);
    if (path.equals(Routes.PDF)) {
      return "this build does not write the PDF: set `print: {pdf: true}` in site.yaml so that every build writes it"
          + " (`versus build --pdf` writes it for one build only), or link the print view, /" + PageKind.PRINT.route();
    }
    if (path.startsWith("guide-") && path.endsWith(".pdf")) {
      return "a volume's PDF is written only by `--pdf-parts`, for a print view split in volumes; link the volume's page,"
          + " /" + PageKind.PRINT_GROUP.pattern();
    }
    if (route.equals(PageKind.CHANGES.route()) || Routes.CHANGES_FILES.contains(path)) {
      return "what changed is published only by a guide that records editions (a file in editions/, made by `versus edition`)";
    }
    if (route.equals(PageKind.CHOOSE.route())) return "/" + route + " is published only when site.yaml defines `profiles`";
    if (PageKind.CHOOSE_PROFILE.matches(route)) return profile(route);
    if (PageKind.COMPARE_PAIR.matches(route) && !PageKind.COMPARE_SORTED.matches(route)) return pair(route);
    if (PageKind.COMPARE_SORTED.matches(route)) {
      String slug = PageKind.COMPARE_SORTED.slugs(route).get(0);
      return "`" + slug + "` is not a subject" + Suggest.didYouMean(slug, guide.subjects()) + "; subjects: " + String.join(", ", guide.subjects());
    }
    for (PageKind part : PageKind.values()) {
      if (PARTS.contains(part.scope()) && (part.matches(route) || part.matches(path))) return part(part);
    }
    List<String> known = new ArrayList<>(anchors.keySet());
    known.addAll(pathByRoute.keySet());
    themeAssets.forEach(a -> known.add(a.substring(1)));
    String close = Suggest.didYouMean(route, known);
    if (close.isEmpty()) close = Suggest.didYouMean(path, known);
    // the pages of which a guide has one, not those it has one of per subject, pair, profile or part
    List<String> fixed = Published.routes(guide).stream().filter(r -> !r.isEmpty() && java.util.Arrays.stream(PageKind.values())
        .noneMatch(k -> k.slots() > 0 && k.matches(r))).toList();
    return "generated pages and files are /" + String.join(", /", fixed) + " and each subject's pair and profile pages"
        + close + "; link content files by their relative .md path";
  }

  /** The kinds of the parts of a page too big for one. */
  private static final Set<PageKind.Scope> PARTS = Set.of(PageKind.Scope.TABLE_PART, PageKind.Scope.LINE_PART,
      PageKind.Scope.SUBJECT_LINE_PART, PageKind.Scope.PRINT_VOLUME, PageKind.Scope.SITEMAP_PART);

  /** A part of {@code kind} that is not published: the parts that are, or why there are none. */
  private String part(PageKind kind) {
    List<String> made = Published.slugs(kind, guide).stream().map(s -> "/" + kind.route(s.toArray(String[]::new))).toList();
    if (made.isEmpty()) {
      return "the parts of a page too big for one are made only when the guide outgrows it, and this guide publishes no /"
          + kind.pattern() + "; link the whole page, such as /" + PageKind.COMPARE.route() + "#group-<group>";
    }
    return "this guide's parts of that kind are " + String.join(", ", made.subList(0, Math.min(made.size(), 8)))
        + (made.size() > 8 ? " and " + (made.size() - 8) + " more" : "");
  }

  private String profile(String route) {
    String key = PageKind.CHOOSE_PROFILE.slugs(route).get(0);
    if (guide.profiles().isEmpty()) return "site.yaml defines no `profiles`, so no profile page is published";
    return "site.yaml has no profile `" + key + "`" + Suggest.didYouMean(key, guide.profiles()) + "; profiles: "
        + String.join(", ", guide.profiles());
  }

  /** {@code compare/a-vs-b/} that is not published: an unknown subject, the wrong order, or a pair without a page. */
  private String pair(String route) {
    List<String> subjects = guide.subjects();
    List<String> pair = PageKind.COMPARE_PAIR.slugs(route);
    String a = pair.get(0);
    String b = pair.get(1);
    if (a.equals(b)) return "a pair page compares two different subjects";
    for (String s : List.of(a, b)) {
      if (!subjects.contains(s)) {
        return "`" + s + "` is not a subject" + Suggest.didYouMean(s, subjects) + "; subjects: " + String.join(", ", subjects);
      }
    }
    if (subjects.size() < 3) return "a guide of two subjects has no pair pages: its comparison, /" + PageKind.COMPARE.route() + ", is the pair";
    String reversed = PageKind.COMPARE_PAIR.route(b, a);
    if (anchors.containsKey(reversed)) return "a pair page names its subjects in site.yaml's order: link /" + reversed;
    return "from " + (Published.ALL_PAIRS_MAX + 1) + " subjects up only the pairs site.yaml lists get a page: add `["
        + a + ", " + b + "]` to `pairs`";
  }
}

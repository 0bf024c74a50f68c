package dev.versus.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which generated pages and files a guide publishes, decided here once from its facts, so that the render stage's
 * pages and the model stage's link check agree: the route table says where a page kind goes, this says which pages
 * of each kind exist for one guide. Content pages (a criterion, subject, article or question) are not listed: they
 * exist exactly when their document does. Neither are the parts of a table too big for one page, which depend on
 * the matrix, nor the PDF, made only when asked for.
 */
public final class Published {
  private Published() {}

  /**
   * The most subjects for which every pair gets a pair page: 10 subjects give 45 pair pages, each with the
   * table's rows in two columns, so all pairs together hold 9 times the cells of the comparison page. From
   * 11 subjects up only the pairs site.yaml lists ({@code pairs}) get one: every pair of 100 subjects would
   * be 4,950 pages, output growing with the subjects squared (issue 25).
   */
  public static final int ALL_PAIRS_MAX = 10;

  /**
   * The facts of a guide that decide its generated pages.
   *
   * @param subjects the subjects' slugs, in site.yaml's order
   * @param listedPairs site.yaml's {@code pairs}, each two slugs in site.yaml's subject order
   * @param profiles the keys of site.yaml's profiles
   * @param editions whether the guide records editions (then it publishes what changed)
   */
  public record Guide(List<String> subjects, List<List<String>> listedPairs, List<String> profiles, boolean editions) {}

  /**
   * The pairs with a pair page, as slugs (a before b in site.yaml's order): every pair while there are 3 to
   * {@link #ALL_PAIRS_MAX} subjects, then the {@code listed} pairs of known subjects not among them, in their
   * order. With two subjects the comparison page is the pair, and there is none.
   */
  public static List<List<String>> pairs(List<String> subjects, List<List<String>> listed) {
    List<List<String>> out = new ArrayList<>();
    if (subjects.size() < 3) return out;
    if (subjects.size() <= ALL_PAIRS_MAX) {
      for (int i = 0; i < subjects.size(); i++) {
        for (int j = i + 1; j < subjects.size(); j++) out.add(List.of(subjects.get(i), subjects.get(j)));
      }
    }
    Set<String> known = new HashSet<>(subjects);
    Set<List<String>> have = new HashSet<>(out);
    for (List<String> p : listed) {
      if (known.contains(p.get(0)) && known.contains(p.get(1)) && have.add(p)) out.add(List.copyOf(p));
    }
    return out;
  }

  /**
   * Every generated page's route ({@code compare/}, {@code compare/a-vs-b/}, {@code choose/<profile>/}...) and
   * every generated file ({@code compare.json}, {@code feed.xml}, {@code search/index.json}...) {@code guide}
   * publishes, in the order the site lists them; what {@link PageKind} says only some guides have (what changed,
   * the profiles' pages) only when {@code guide} has it.
   */
  public static Set<String> routes(Guide guide) {
    Set<String> out = new LinkedHashSet<>();
    out.add(PageKind.HOME.route());
    out.add(PageKind.COMPARE.route());
    guide.subjects().forEach(s -> out.add(PageKind.COMPARE_SORTED.route(s)));
    pairs(guide.subjects(), guide.listedPairs()).forEach(p -> out.add(PageKind.COMPARE_PAIR.route(p.get(0), p.get(1))));
    for (PageKind list : List.of(PageKind.CRITERIA, PageKind.SUBJECTS, PageKind.ARTICLES, PageKind.FAQS, PageKind.SOURCES)) {
      out.add(list.route());
    }
    if (guide.editions()) out.add(PageKind.CHANGES.route());
    if (!guide.profiles().isEmpty()) {
      out.add(PageKind.CHOOSE.route());
      guide.profiles().forEach(p -> out.add(PageKind.CHOOSE_PROFILE.route(p)));
    }
    for (PageKind page : List.of(PageKind.SEARCH, PageKind.NOT_FOUND, PageKind.SITEMAP, PageKind.FEED, PageKind.PRINT,
        PageKind.ROBOTS)) {
      out.add(page.route());
    }
    out.add(Routes.SEARCH_INDEX);
    out.addAll(Routes.DATA_FILES);
    if (guide.editions()) out.addAll(Routes.CHANGES_FILES);
    return out;
  }
}

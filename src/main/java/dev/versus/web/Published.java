package dev.versus.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which generated pages and files a guide publishes, derived from the route table ({@link PageKind#scope()}: how many
 * pages of each kind a guide has) and the guide's facts, so that the render stage's pages and the model stage's link
 * check agree and a new page kind is linkable once it is in the table. Content pages (a criterion, subject, article
 * or question) are not listed: they exist exactly when their document does.
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

  /** The most addresses one sitemap file may list (sitemaps.org: 50,000); past it sitemap.xml is an index. */
  public static final int SITEMAP_URLS = 50_000;

  /** Kinds of folder pages the sitemap leaves out: they repeat another page (the sorted tables, the print view) or are no content. */
  private static final Set<PageKind> UNMAPPED = Set.of(PageKind.COMPARE_SORTED, PageKind.SEARCH, PageKind.PRINT,
      PageKind.PRINT_GROUP, PageKind.PRINT_GROUP_PAGE);

  /**
   * The facts of a guide that decide its generated pages and files.
   *
   * @param subjects the subjects' slugs, in site.yaml's order
   * @param listedPairs site.yaml's {@code pairs}, each two slugs in site.yaml's subject order
   * @param profiles the keys of site.yaml's profiles
   * @param editions whether the guide records editions (then it publishes what changed)
   * @param table the comparison table's groups with criteria, in table order (the shape its parts follow)
   * @param documents how many content pages the guide publishes (criteria, subjects, articles, questions): the
   *     sitemap lists them
   * @param pdf whether the build writes {@link Routes#PDF}
   * @param pdfParts whether it also writes one PDF per volume of a split print view
   */
  public record Guide(List<String> subjects, List<List<String>> listedPairs, List<String> profiles, boolean editions,
      List<Parts.Group> table, int documents, boolean pdf, boolean pdfParts) {
    /** A guide of no criteria and no content pages, without a PDF (tests, and the messages' facts). */
    public Guide(List<String> subjects, List<List<String>> listedPairs, List<String> profiles, boolean editions) {
      this(subjects, listedPairs, profiles, editions, List.of(), 0, false, false);
    }
  }

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
   * Every generated page's route ({@code compare/}, {@code compare/a-vs-b/}, {@code choose/<profile>/},
   * {@code compare/group/<key>/}...) and every generated file ({@code compare.json}, {@code feed.xml},
   * {@code search/index.json}, {@code guide.pdf} when the build writes it...) {@code guide} publishes: each kind of
   * {@link PageKind} in table order, as many as its {@link PageKind.Scope} gives for {@code guide}, then the files.
   */
  public static Set<String> routes(Guide guide) {
    Set<String> out = new LinkedHashSet<>();
    for (PageKind kind : PageKind.values()) {
      if (kind.scope() != PageKind.Scope.DOCUMENT) slugs(kind, guide).forEach(s -> out.add(kind.route(s.toArray(String[]::new))));
    }
    out.add(Routes.SEARCH_INDEX);
    out.addAll(Routes.DATA_FILES);
    if (guide.editions()) out.addAll(Routes.CHANGES_FILES);
    if (guide.pdf() || guide.pdfParts()) out.add(Routes.PDF);
    if (guide.pdfParts()) {
      slugs(PageKind.PRINT_GROUP, guide).forEach(s -> out.add(Routes.pdf(PageKind.PRINT_GROUP.route(s.toArray(String[]::new)))));
      slugs(PageKind.PRINT_GROUP_PAGE, guide).forEach(s -> out.add(Routes.pdf(PageKind.PRINT_GROUP_PAGE.route(s.toArray(String[]::new)))));
    }
    return out;
  }

  /** The slugs of each page of {@code kind} (not a {@link PageKind.Scope#DOCUMENT} kind) {@code guide} publishes. */
  public static List<List<String>> slugs(PageKind kind, Guide guide) {
    List<List<String>> out = new ArrayList<>();
    // a switch expression, so a new scope does not compile until it says which pages it publishes
    Runnable fill = switch (kind.scope()) {
      case ONE -> () -> out.add(List.of());
      case WITH_EDITIONS -> () -> { if (guide.editions()) out.add(List.of()); };
      case WITH_PROFILES -> () -> { if (!guide.profiles().isEmpty()) out.add(List.of()); };
      case EACH_SUBJECT -> () -> guide.subjects().forEach(s -> out.add(List.of(s)));
      case EACH_PAIR -> () -> out.addAll(pairs(guide.subjects(), guide.listedPairs()));
      case EACH_PROFILE -> () -> guide.profiles().forEach(p -> out.add(List.of(p)));
      case DOCUMENT -> () -> { throw new IllegalArgumentException(kind + " is published per document"); };
      case TABLE_PART -> () -> parts(kind, table(guide, Parts.MAX_CELLS), List.of(), out);
      case LINE_PART -> () -> parts(kind, lines(guide), List.of(), out);
      case SUBJECT_LINE_PART -> () -> guide.subjects().forEach(s -> parts(kind, lines(guide), List.of(s), out));
      // the print view is split exactly when the comparison table is, in volumes of fewer cells
      case PRINT_VOLUME -> () -> parts(kind, table(guide, Parts.MAX_CELLS).isEmpty() ? List.of() : table(guide, Parts.VOLUME_CELLS),
          List.of(), out);
      case SITEMAP_PART -> () -> {
        int files = sitemapFiles(guide);
        for (int i = 1; files > 1 && i <= files; i++) out.add(List.of(String.valueOf(i)));
      };
    };
    fill.run();
    return out;
  }

  /** The parts of {@code list} whose route is of {@code kind}: the first parts, or the later ones (a slug more). */
  private static void parts(PageKind kind, List<Parts.Part> list, List<String> owner, List<List<String>> out) {
    for (Parts.Part p : list) {
      List<String> slugs = new ArrayList<>(owner);
      slugs.addAll(p.slugs());
      if (slugs.size() == kind.slots()) out.add(List.copyOf(slugs));
    }
  }

  private static List<Parts.Part> table(Guide guide, int maxCells) {
    return Parts.of(guide.table(), guide.subjects().size(), maxCells);
  }

  private static List<Parts.Part> lines(Guide guide) {
    return Parts.of(guide.table(), 1, Parts.MAX_LINES);
  }

  /**
   * How many addresses sitemap.xml lists for {@code guide}: every folder page it publishes but those of
   * {@link #UNMAPPED} kinds, and every content page.
   */
  public static int sitemapUrls(Guide guide) {
    int n = guide.documents();
    for (PageKind kind : PageKind.values()) {
      boolean folder = kind.pattern().isEmpty() || kind.pattern().endsWith("/");
      if (folder && !UNMAPPED.contains(kind) && kind.scope() != PageKind.Scope.DOCUMENT) n += slugs(kind, guide).size();
    }
    return n;
  }

  /** How many files the sitemap is: 1, or past {@link #SITEMAP_URLS} addresses the parts an index lists. */
  private static int sitemapFiles(Guide guide) {
    int urls = sitemapUrls(guide);
    return urls <= SITEMAP_URLS ? 1 : (urls + SITEMAP_URLS - 1) / SITEMAP_URLS;
  }
}

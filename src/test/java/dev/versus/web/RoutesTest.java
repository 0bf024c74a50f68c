package dev.versus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The route table: what every page kind is published as, and that no two kinds can publish the same route. */
class RoutesTest {
  /** Every kind with sample slugs, the route and the file they give: the published layout of a guide. */
  private static final Map<PageKind, List<String>> EXPECTED = new EnumMap<>(Map.ofEntries(
      Map.entry(PageKind.HOME, List.of("", "index.html")),
      Map.entry(PageKind.COMPARE, List.of("compare/", "compare/index.html")),
      Map.entry(PageKind.COMPARE_SORTED, List.of("tea", "compare/by/tea/", "compare/by/tea/index.html")),
      Map.entry(PageKind.COMPARE_PAIR, List.of("tea", "coffee", "compare/tea-vs-coffee/", "compare/tea-vs-coffee/index.html")),
      Map.entry(PageKind.COMPARE_GROUP, List.of("taste", "compare/group/taste/", "compare/group/taste/index.html")),
      Map.entry(PageKind.COMPARE_GROUP_PAGE, List.of("taste", "2", "compare/group/taste/2/", "compare/group/taste/2/index.html")),
      Map.entry(PageKind.CRITERIA, List.of("criteria/", "criteria/index.html")),
      Map.entry(PageKind.CRITERIA_GROUP, List.of("taste", "criteria/group/taste/", "criteria/group/taste/index.html")),
      Map.entry(PageKind.CRITERIA_GROUP_PAGE, List.of("taste", "2", "criteria/group/taste/2/", "criteria/group/taste/2/index.html")),
      Map.entry(PageKind.CRITERION, List.of("speed", "criteria/speed/", "criteria/speed/index.html")),
      Map.entry(PageKind.SUBJECTS, List.of("subjects/", "subjects/index.html")),
      Map.entry(PageKind.SUBJECT, List.of("tea", "subjects/tea/", "subjects/tea/index.html")),
      Map.entry(PageKind.SUBJECT_GROUP, List.of("tea", "taste", "subjects/tea/group/taste/", "subjects/tea/group/taste/index.html")),
      Map.entry(PageKind.SUBJECT_GROUP_PAGE, List.of("tea", "taste", "2", "subjects/tea/group/taste/2/",
          "subjects/tea/group/taste/2/index.html")),
      Map.entry(PageKind.ARTICLES, List.of("articles/", "articles/index.html")),
      Map.entry(PageKind.ARTICLE, List.of("brewing", "articles/brewing/", "articles/brewing/index.html")),
      Map.entry(PageKind.FAQS, List.of("faq/", "faq/index.html")),
      Map.entry(PageKind.FAQ, List.of("which", "faq/which/", "faq/which/index.html")),
      Map.entry(PageKind.SOURCES, List.of("sources/", "sources/index.html")),
      Map.entry(PageKind.SOURCES_GROUP, List.of("taste", "sources/group/taste/", "sources/group/taste/index.html")),
      Map.entry(PageKind.SOURCES_GROUP_PAGE, List.of("taste", "2", "sources/group/taste/2/", "sources/group/taste/2/index.html")),
      Map.entry(PageKind.CHANGES, List.of("changes/", "changes/index.html")),
      Map.entry(PageKind.CHOOSE, List.of("choose/", "choose/index.html")),
      Map.entry(PageKind.CHOOSE_PROFILE, List.of("student", "choose/student/", "choose/student/index.html")),
      Map.entry(PageKind.SEARCH, List.of("search/", "search/index.html")),
      Map.entry(PageKind.PRINT, List.of("print/", "print/index.html")),
      Map.entry(PageKind.PRINT_GROUP, List.of("taste", "print/group/taste/", "print/group/taste/index.html")),
      Map.entry(PageKind.PRINT_GROUP_PAGE, List.of("taste", "2", "print/group/taste/2/", "print/group/taste/2/index.html")),
      Map.entry(PageKind.NOT_FOUND, List.of("404.html", "404.html")),
      Map.entry(PageKind.SITEMAP, List.of("sitemap.xml", "sitemap.xml")),
      Map.entry(PageKind.SITEMAP_PART, List.of("2", "sitemap-2.xml", "sitemap-2.xml")),
      Map.entry(PageKind.FEED, List.of("feed.xml", "feed.xml")),
      Map.entry(PageKind.ROBOTS, List.of("robots.txt", "robots.txt"))));

  @Test
  void everyKindHasItsRouteAndFile() {
    assertEquals(Arrays.asList(PageKind.values()), new ArrayList<>(EXPECTED.keySet()), "a kind without an expected route");
    EXPECTED.forEach((kind, row) -> {
      String[] slugs = slugs(kind);
      assertEquals(row.get(row.size() - 2), kind.route(slugs), kind.name());
      assertEquals(row.get(row.size() - 1), kind.file(slugs), kind.name());
      assertEquals(kind.route(slugs), Routes.route(kind.file(slugs)), kind + ": route of its file");
      assertTrue(kind.matches(kind.route(slugs)), kind + " matches its own route");
    });
  }

  @Test
  void noTwoKindsCollide() {
    Map<String, PageKind> routes = new HashMap<>();
    Map<String, PageKind> files = new HashMap<>();
    for (PageKind kind : PageKind.values()) {
      String route = kind.route(slugs(kind));
      assertEquals(null, routes.put(route, kind), route + " is " + kind + " and another kind");
      assertEquals(null, files.put(kind.file(slugs(kind)), kind), route + "'s file");
      for (PageKind other : PageKind.values()) {
        if (other != kind) assertFalse(other.matches(route), kind + "'s " + route + " also matches " + other);
      }
    }
    // subjects named like the sorted tables' folder, or pairs and one-subject routes with slugs that look alike
    assertFalse(PageKind.COMPARE_SORTED.matches(PageKind.COMPARE_PAIR.route("by", "tea")));
    assertFalse(PageKind.COMPARE_PAIR.matches(PageKind.COMPARE_SORTED.route("tea")));
    assertFalse(PageKind.CRITERIA.matches(PageKind.CRITERION.route("x")));
    // a group named like a pair, or a subject named like the groups' folder
    assertFalse(PageKind.COMPARE_PAIR.matches(PageKind.COMPARE_GROUP.route("tea-vs-coffee")));
    assertFalse(PageKind.COMPARE_GROUP.matches(PageKind.COMPARE_PAIR.route("group", "tea")));
    // a criterion named like the criteria index's groups' folder keeps its own page
    assertFalse(PageKind.CRITERIA_GROUP.matches(PageKind.CRITERION.route("group")));
    assertFalse(PageKind.CRITERION.matches(PageKind.CRITERIA_GROUP.route("group")));
    // the published files that are not pages stay clear of every page's file
    for (String data : List.of(Routes.SEARCH_INDEX, Routes.searchText(1), Routes.COMPARE_JSON, Routes.COMPARE_SCHEMA,
        Routes.COMPARE_CSV, Routes.PDF)) {
      assertFalse(files.containsKey(data), data);
      for (PageKind kind : PageKind.values()) assertFalse(kind.matches(data), data + " matches " + kind);
    }
  }

  @Test
  void aRouteTakesExactlyItsSlugs() {
    assertThrows(IllegalArgumentException.class, () -> PageKind.CRITERION.route());
    assertThrows(IllegalArgumentException.class, () -> PageKind.COMPARE.route("x"));
    assertThrows(IllegalArgumentException.class, () -> PageKind.COMPARE_PAIR.route("a"));
    assertThrows(IllegalArgumentException.class, () -> PageKind.SUBJECT.route(""));
  }

  /** {@link PageKind#slugs} reads back what {@link PageKind#route} wrote, for every kind with slugs. */
  @Test
  void slugsAreTheInverseOfRoute() {
    for (PageKind kind : PageKind.values()) {
      String[] slugs = java.util.stream.IntStream.range(0, kind.slots()).mapToObj(i -> "s" + i).toArray(String[]::new);
      assertEquals(java.util.List.of(slugs), kind.slugs(kind.route(slugs)), kind.name());
    }
    assertEquals(java.util.List.of("a", "b-vs-c"), PageKind.COMPARE_PAIR.slugs("compare/a-vs-b-vs-c/"));
    assertThrows(IllegalArgumentException.class, () -> PageKind.CHOOSE_PROFILE.slugs("compare/"));
  }

  @Test
  void dataFilesAndLinks() {
    assertEquals("search/index.json", Routes.SEARCH_INDEX);
    assertEquals("search/text-3.json", Routes.searchText(3));
    assertTrue(Routes.isSearchFile(Routes.SEARCH_INDEX) && Routes.isSearchFile(Routes.searchText(2)));
    assertFalse(Routes.isSearchFile(PageKind.SEARCH.file()));
    assertEquals(List.of("compare.json", "compare.schema.json", "compare.csv"), Routes.DATA_FILES);
    assertEquals("print/index.html", Routes.PRINT_FILE);
    assertEquals("guide.pdf", Routes.PDF);
    Links links = new Links("https://example.org/guide/", "/guide/");
    assertEquals("/guide/compare/a-vs-b/", links.href(PageKind.COMPARE_PAIR, "a", "b"));
    assertEquals("https://example.org/guide/feed.xml", links.absolute(PageKind.FEED.route()));
  }

  @Test
  void generatedAnchorsAndReservedIds() {
    assertEquals(java.util.Set.of("q-a", "q-b"), Anchors.of(PageKind.FAQS, List.of(), List.of(), List.of("a", "b"), List.of()));
    assertEquals(java.util.Set.of("speed", "group-taste", "legend", "matrix", "quality"),
        Anchors.of(PageKind.COMPARE, List.of("speed"), List.of("taste"), List.of("a"), List.of("s")));
    assertEquals(java.util.Set.of("source-s", "quality"), Anchors.of(PageKind.SOURCES, List.of("speed"), List.of(), List.of(), List.of("s")));
    assertTrue(Anchors.isReserved(PageKind.ARTICLE, "main"), "every page's skip-link target");
    assertTrue(Anchors.isReserved(PageKind.HOME, "at-speed"), "the home table's generated ids");
    assertFalse(Anchors.isReserved(PageKind.ARTICLE, "at-speed"));
    Anchors.FIXED.forEach((kind, ids) -> ids.forEach(id -> assertTrue(Anchors.isReserved(kind, id), kind + " #" + id)));
  }

  private static String[] slugs(PageKind kind) {
    List<String> row = EXPECTED.get(kind);
    return row.subList(0, row.size() - 2).toArray(String[]::new);
  }

  @Test
  void eachPrintPageHasItsPdf() {
    assertEquals("guide.pdf", Routes.pdf(PageKind.PRINT.route()));
    assertEquals("guide-taste.pdf", Routes.pdf(PageKind.PRINT_GROUP.route("taste")));
    assertEquals("guide-taste-2.pdf", Routes.pdf(PageKind.PRINT_GROUP_PAGE.route("taste", "2")));
  }
}

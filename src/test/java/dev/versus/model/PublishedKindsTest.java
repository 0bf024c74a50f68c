package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.web.PageKind;
import dev.versus.web.Parts;
import dev.versus.web.Published;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What is published is derived from the route table: every page kind a guide can have is published for a guide that
 * has it and, once published, linkable. A kind added to {@link PageKind} whose pages {@link Published} does not list,
 * or which the link check refuses, fails here. Round 9 kept a second list (the parts of a split table, the sitemap's
 * files and the PDF were in no list, so a build wrote them and a link to them was an error).
 */
class PublishedKindsTest {
  /**
   * The guide that has every kind: three subjects and profiles, editions, 3,200 criteria in two groups (a table of
   * 9,600 cells, split, as are the pages of one line per criterion), 60,000 content pages (a sitemap in parts), a PDF
   * per volume.
   */
  static final Published.Guide EVERYTHING = new Published.Guide(List.of("a", "b", "c"), List.of(), List.of("p"), true,
      List.of(new Parts.Group("g1", 1600), new Parts.Group("g2", 1600)), 60_000, true, true);

  @Test
  void everyKindIsPublishedForAGuideThatHasItAndEachOfItsPagesIsLinkable() {
    RootedLinks links = RootedLinks.of(EVERYTHING, Map.of(), List.of(), Set.of());
    Set<String> routes = Published.routes(EVERYTHING);
    List<String> missing = new ArrayList<>();
    for (PageKind kind : PageKind.values()) {
      if (kind.scope() == PageKind.Scope.DOCUMENT) continue;
      if (routes.stream().noneMatch(kind::matches)) missing.add(kind.name());
    }
    assertEquals(List.of(), missing, "kinds the route table publishes for no guide");
    List<String> refused = routes.stream().filter(r -> links.route(r) == null).toList();
    assertEquals(List.of(), refused, "published, yet a link to it is an error");
  }

  @Test
  void thePartsArePublishedOnlyWhenTheTableOutgrowsOnePage() {
    Published.Guide small = new Published.Guide(List.of("a", "b", "c"), List.of(), List.of(), false,
        List.of(new Parts.Group("g1", 1000)), 1003, false, false);
    assertEquals(List.of(), Published.routes(small).stream().filter(r -> r.contains("group/") || r.startsWith("sitemap-")).toList());
    Published.Guide wide = new Published.Guide(List.of("a", "b", "c"), List.of(), List.of(), false,
        List.of(new Parts.Group("g1", 1001)), 1004, false, false);
    assertEquals(List.of("compare/group/g1/", "compare/group/g1/2/", "print/group/g1/", "print/group/g1/2/", "print/group/g1/3/"),
        Published.routes(wide).stream().filter(r -> r.contains("group/")).toList());
  }
}

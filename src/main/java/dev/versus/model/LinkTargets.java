package dev.versus.model;

import dev.versus.config.SiteConfig;
import dev.versus.content.Document;
import dev.versus.content.SourceTree;
import dev.versus.web.Anchors;
import dev.versus.web.PageKind;
import dev.versus.web.Parts;
import dev.versus.web.Published;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a site-rooted link may reach in one assembly ({@link RootedLinks}), from the guide's facts, and the last one
 * kept: the same documents and facts give the same record, so the preview, which assembles on a save that changes
 * front matter, neither builds it again nor (its memo's link context being unchanged) resolves every link again.
 */
final class LinkTargets {
  /** Whether the build writes guide.pdf, and a PDF per volume, whatever site.yaml says (the command line). */
  private final boolean pdf;
  private final boolean pdfParts;
  private final Supplier<Set<String>> themeAssets;
  private RootedLinks last;
  private List<Object> lastKey;

  LinkTargets(boolean pdf, boolean pdfParts, Supplier<Set<String>> themeAssets) {
    this.pdf = pdf;
    this.pdfParts = pdfParts;
    this.themeAssets = themeAssets;
  }

  /**
   * The targets of a guide of {@code docs} (whose paths are {@code paths}), read with {@code config}: the pages and
   * files the render, data and search stages will publish, decided by the route table from facts known here
   * (site.yaml and the source tree), so no later stage's output is needed to check a link.
   */
  RootedLinks of(SiteConfig config, SourceTree tree, List<Document> docs, Set<String> paths, int subjects,
      List<Criterion> criteria, int articles, List<Faq> faqs, List<String> criterionSlugs, List<String> sourceIds) {
    List<String> groupKeys = config.groups().stream().map(g -> g.key()).toList();
    Map<String, Set<String>> linkable = new HashMap<>();
    for (PageKind k : Anchors.LINKABLE) {
      linkable.put(k.route(), Anchors.of(k, criterionSlugs, groupKeys, faqs.stream().map(Faq::slug).toList(), sourceIds));
    }
    linkable.put(PageKind.HOME.route(), Anchors.FIXED.get(PageKind.HOME));
    Published.Guide guide = new Published.Guide(config.subjects().stream().map(s -> s.slug()).toList(), config.catalogue().pairs(),
        config.profiles().stream().map(p -> p.key()).toList(), !tree.editions().isEmpty(), table(criteria, groupKeys),
        subjects + criteria.size() + articles + faqs.size(), pdf || pdfParts || config.outputs().printPdf(), pdfParts);
    Set<String> assets = Set.copyOf(themeAssets.get());
    List<Object> key = List.of(guide, linkable, paths, assets);
    if (!key.equals(lastKey)) {
      last = RootedLinks.of(guide, linkable, docs, assets);
      lastKey = key;
    }
    return last;
  }

  /** The comparison table's shape: each group with criteria, in site.yaml's order, and how many. */
  private static List<Parts.Group> table(List<Criterion> criteria, List<String> groupKeys) {
    Map<String, Integer> rows = new HashMap<>();
    criteria.forEach(c -> rows.merge(c.group(), 1, Integer::sum));
    return groupKeys.stream().filter(rows::containsKey).map(k -> new Parts.Group(k, rows.get(k))).toList();
  }
}

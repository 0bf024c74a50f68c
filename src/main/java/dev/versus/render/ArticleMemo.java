package dev.versus.render;

import dev.versus.content.Kind;
import dev.versus.model.Article;
import dev.versus.model.Criterion;
import dev.versus.model.CrossLink;
import dev.versus.model.Site;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What planning an article's page yields (its route, related criteria, list entry and inputs),
 * kept from one plan to the next while the article, its links and the site's criteria are the
 * very same objects. A large guide is mostly articles and an edit touches one: the others keep
 * their entries, whose inputs then compare as identical at once. Holds only objects of the
 * current site: a changed criterion (which articles list) clears it.
 */
final class ArticleMemo {
  /** One article's planned page: {@code ref} is what lists show of it, {@code inputs} what its page reads. */
  record Entry(Article article, List<CrossLink> links, String route, List<Criterion> related, List<Object> ref,
      Map<String, Object> inputs) {}

  private List<Criterion> criteria = List.of();
  private Map<String, Entry> entries = new HashMap<>();

  /** Starts planning {@code site}. */
  synchronized void start(Site site) {
    List<Criterion> now = site.criteria();
    boolean same = now.size() == criteria.size();
    for (int i = 0; same && i < now.size(); i++) same = now.get(i) == criteria.get(i);
    if (!same) entries = new HashMap<>();
    criteria = now;
  }

  /** The entry of {@code a}, whose resolved links are {@code links}. */
  synchronized Entry of(Article a, List<CrossLink> links, Site site) {
    Entry e = entries.get(a.path());
    if (e != null && e.article() == a && e.links() == links) return e;
    List<Criterion> related = site.criteriaLinked(links);
    String path = a.path();
    e = new Entry(a, links, Kind.ARTICLE.route(a.slug()), related,
        List.of(a.slug(), a.title(), a.metaDescription(), a.date(), a.readingMinutes(), a.draft()),
        Map.of(path, a, "links:" + path, links, "related:" + path, related));
    entries.put(path, e);
    return e;
  }

  /** Forgets articles that are gone. */
  synchronized void retain(List<Article> articles) {
    if (entries.size() <= articles.size()) return;
    Set<String> keep = new HashSet<>();
    articles.forEach(a -> keep.add(a.path()));
    entries.keySet().retainAll(keep);
  }
}

package dev.versus.model;

import dev.versus.content.Kind;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Inverts "page cites source" into "source is cited by pages" for the sources page. */
final class Citations {
  private Citations() {}

  static Map<String, List<Citation>> of(List<Subject> subjects, List<Criterion> criteria, List<Article> articles) {
    // sets, not lists with a contains check: a source cited by thousands of articles stays linear
    Map<String, Set<Citation>> out = new LinkedHashMap<>();
    for (Criterion c : criteria) {
      for (String s : c.sources()) add(out, s, new Citation(Kind.CRITERION, c.slug(), c.title()));
    }
    for (Subject s : subjects) {
      s.usedBy().stream().flatMap(u -> u.sources().stream()).distinct()
          .forEach(id -> add(out, id, new Citation(Kind.SUBJECT, s.slug(), s.title())));
    }
    for (Article a : articles) {
      for (String s : a.sources()) add(out, s, new Citation(Kind.ARTICLE, a.slug(), a.title()));
    }
    Map<String, List<Citation>> lists = new LinkedHashMap<>();
    out.forEach((k, v) -> lists.put(k, List.copyOf(v)));
    return Map.copyOf(lists);
  }

  private static void add(Map<String, Set<Citation>> out, String source, Citation c) {
    out.computeIfAbsent(source, k -> new LinkedHashSet<>()).add(c);
  }
}

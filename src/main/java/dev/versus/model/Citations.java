package dev.versus.model;

import dev.versus.content.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Inverts "page cites source" into "source is cited by pages" for the sources page. */
final class Citations {
  private Citations() {}

  static Map<String, List<Citation>> of(List<Subject> subjects, List<Criterion> criteria, List<Article> articles) {
    Map<String, List<Citation>> out = new LinkedHashMap<>();
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
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  private static void add(Map<String, List<Citation>> out, String source, Citation c) {
    List<Citation> list = out.computeIfAbsent(source, k -> new ArrayList<>());
    if (!list.contains(c)) list.add(c);
  }
}

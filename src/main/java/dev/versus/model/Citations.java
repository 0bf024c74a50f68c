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
    // each page cites a source once; pages are distinct, so plain lists stay free of repeats (and linear)
    Map<String, List<Citation>> out = new LinkedHashMap<>();
    for (Criterion c : criteria) {
      for (String s : c.sources()) add(out, s, new Citation(Kind.CRITERION, c.slug(), c.title()));
    }
    for (Subject s : subjects) {
      s.usedBy().stream().flatMap(u -> u.sources().stream()).distinct()
          .forEach(id -> add(out, id, new Citation(Kind.SUBJECT, s.slug(), s.title())));
    }
    for (Article a : articles) {
      for (String s : a.sources().stream().distinct().toList()) add(out, s, new Citation(Kind.ARTICLE, a.slug(), a.title()));
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  private static void add(Map<String, List<Citation>> out, String source, Citation c) {
    out.computeIfAbsent(source, k -> new ArrayList<>()).add(c);
  }
}

package dev.versus.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The questions the FAQ list shows under one criterion: those whose first criterion it is. The
 * group without a {@code criterion} holds the general questions, which name none.
 */
public record FaqGroup(Optional<Criterion> criterion, List<Faq> faqs) {
  public FaqGroup {
    faqs = List.copyOf(faqs);
  }

  /**
   * {@code faqs} grouped by their first criterion, in the order of {@code criteria} (the matrix order),
   * each group in the questions' order; the general questions last. No group is empty.
   */
  public static List<FaqGroup> of(List<Criterion> criteria, List<Faq> faqs) {
    List<FaqGroup> out = new ArrayList<>();
    for (Criterion c : criteria) {
      List<Faq> qs = faqs.stream().filter(f -> !f.criteria().isEmpty() && f.criteria().get(0).equals(c.slug())).toList();
      if (!qs.isEmpty()) out.add(new FaqGroup(Optional.of(c), qs));
    }
    List<Faq> general = faqs.stream().filter(f -> f.criteria().isEmpty()).toList();
    if (!general.isEmpty()) out.add(new FaqGroup(Optional.empty(), general));
    return List.copyOf(out);
  }
}

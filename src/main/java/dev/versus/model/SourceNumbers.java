package dev.versus.model;

import dev.versus.config.Source;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The number of each source of sources.yaml, from 1 in the file's order: the bibliography's
 * numbering, which every citation ({@code [1][2][4]}) uses.
 */
public record SourceNumbers(Map<String, Integer> numbers) {
  public SourceNumbers {
    numbers = Map.copyOf(numbers);
  }

  /** {@code sources} numbered from 1 in their order. */
  public static SourceNumbers of(List<Source> sources) {
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) numbers.put(sources.get(i).id(), i + 1);
    return new SourceNumbers(numbers);
  }

  /** The number of source {@code id}; 0 for an id sources.yaml does not list. */
  public int number(String id) {
    return numbers.getOrDefault(id, 0);
  }

  /**
   * The known ids among {@code ids}, each once, in bibliography order: a citation reads [1][2][4]
   * whatever order the author cited them in. An unknown id is left out (the model stage reported it).
   */
  public List<String> inOrder(Collection<String> ids) {
    return ids.stream().distinct().filter(numbers::containsKey).sorted(Comparator.comparingInt(this::number)).toList();
  }
}

package dev.versus.config;

import java.util.List;

/**
 * How a guide with many subjects is published (issue 25): the pairs that get a pair page of their own
 * ({@code pairs: [[django, flask], ...]}, in site.yaml's subject order within each pair, duplicates
 * dropped) and the subjects the comparison page shows first ({@code featured}, empty when not given).
 */
public record Catalogue(List<List<String>> pairs, List<String> featured) {
  /** No listed pairs, nothing featured: every guide without the keys. */
  public static final Catalogue NONE = new Catalogue(List.of(), List.of());
}

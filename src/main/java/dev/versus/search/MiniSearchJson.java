package dev.versus.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MiniSearch index of a list of documents, made at build time in the shape {@code MiniSearch#toJSON()} gives
 * (serialization version 2, MiniSearch 7.2.0), so the browser loads it with {@code MiniSearch.loadJS} instead of
 * tokenizing every document again. It indexes as MiniSearch does with search-options.js's {@code tokenize} and
 * {@code processTerm} ({@link SearchTerms}, the same steps in Java): a field's length is the number of distinct
 * tokens before processing, a token whose term is empty is left out, and the average field length is updated
 * per document as {@code addFieldLength} does. Source: {@code add}, {@code addFieldLength} and {@code toJSON} in
 * theme/static/js/vendor/minisearch-7.2.0/index.js; a test compares this output with MiniSearch's own.
 */
final class MiniSearchJson {
  private MiniSearchJson() {}

  /**
   * The serialized index of {@code documents}, each a map holding {@code id} and every field of {@code fields}
   * as a string; documents get short ids 0, 1, ... in list order, as {@code addAll} gives them.
   */
  static Map<String, Object> of(List<Map<String, String>> documents, List<String> fields) {
    Map<String, Object> documentIds = new LinkedHashMap<>();
    Map<String, Object> fieldIds = new LinkedHashMap<>();
    for (int f = 0; f < fields.size(); f++) fieldIds.put(fields.get(f), f);
    Map<String, Object> fieldLength = new LinkedHashMap<>();
    double[] average = new double[fields.size()];
    // term -> field id -> short document id -> frequency, as each term's postings: documents are added in order, so a
    // field's documents come ascending and a repeat is the last one's. A tree map per term and field compared boxed
    // integers at every token (a third of this method's time on a cold build of content/, under the interpreter and C1);
    // the terms go into a hash map and are sorted once at the end
    Map<String, Postings> index = new HashMap<>();
    for (int d = 0; d < documents.size(); d++) {
      Map<String, String> doc = documents.get(d);
      documentIds.put(Integer.toString(d), doc.get("id"));
      List<Integer> lengths = new ArrayList<>();
      for (int f = 0; f < fields.size(); f++) {
        List<String> tokens = SearchTerms.tokenize(doc.get(fields.get(f)));
        int unique = new HashSet<>(tokens).size();
        lengths.add(unique);
        average[f] = (average[f] * d + unique) / (d + 1);
        for (String token : tokens) {
          String term = SearchTerms.processTerm(token);
          if (term.isEmpty()) continue;
          Postings postings = index.get(term);
          if (postings == null) index.put(term, postings = new Postings(fields.size()));
          postings.add(f, d);
        }
      }
      fieldLength.put(Integer.toString(d), lengths);
    }
    // JSON writes an integer key as its digits: maps in ascending order of their keys give MiniSearch's string keys
    List<String> terms = new ArrayList<>(index.keySet());
    Collections.sort(terms);
    List<Object> entries = new ArrayList<>(terms.size());
    for (String term : terms) entries.add(List.of(term, index.get(term).byField()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("documentCount", documents.size());
    out.put("nextId", documents.size());
    out.put("documentIds", documentIds);
    out.put("fieldIds", fieldIds);
    out.put("fieldLength", fieldLength);
    List<Object> averages = new ArrayList<>();
    for (double a : average) averages.add(a);
    out.put("averageFieldLength", averages);
    out.put("storedFields", Map.of());
    out.put("dirtCount", 0);
    out.put("index", entries);
    out.put("serializationVersion", 2);
    return out;
  }

  /**
   * One term's postings: for each field, the short ids of the documents holding the term, ascending, and how often
   * each holds it. Documents are added in id order, so a document's repeat of the term is always the last one's.
   */
  private static final class Postings {
    private final int[][] docs;
    private final int[][] counts;
    private final int[] sizes;

    Postings(int fields) {
      docs = new int[fields][];
      counts = new int[fields][];
      sizes = new int[fields];
    }

    void add(int field, int doc) {
      int n = sizes[field];
      if (n > 0 && docs[field][n - 1] == doc) {
        counts[field][n - 1]++;
        return;
      }
      if (n == 0) {
        docs[field] = new int[4];
        counts[field] = new int[4];
      } else if (n == docs[field].length) {
        docs[field] = java.util.Arrays.copyOf(docs[field], n * 2);
        counts[field] = java.util.Arrays.copyOf(counts[field], n * 2);
      }
      docs[field][n] = doc;
      counts[field][n] = 1;
      sizes[field] = n + 1;
    }

    /**
     * Field id -> document id -> frequency, each in ascending order of its keys, the fields without the term left out:
     * views of the arrays, so the index is never held twice (a 100 x 1,000 catalogue's has 100,000 documents).
     */
    Map<Integer, Map<Integer, Integer>> byField() {
      int[] present = new int[sizes.length];
      int n = 0;
      for (int f = 0; f < sizes.length; f++) {
        if (sizes[f] > 0) present[n++] = f;
      }
      return new Ascending<>(present, n, i -> Ascending.counts(docs[present[i]], sizes[present[i]], counts[present[i]]));
    }
  }

  /**
   * An unmodifiable map of the first {@code size} of {@code keys}, ascending, each to the value {@code value} gives its
   * position: a view over a term's postings, made to be written as JSON or compared.
   */
  private static final class Ascending<V> extends java.util.AbstractMap<Integer, V> {
    private final int[] keys;
    private final int size;
    private final java.util.function.IntFunction<V> value;

    Ascending(int[] keys, int size, java.util.function.IntFunction<V> value) {
      this.keys = keys;
      this.size = size;
      this.value = value;
    }

    /** The first {@code size} of {@code keys}, each to the count at its position in {@code values}. */
    static Ascending<Integer> counts(int[] keys, int size, int[] values) {
      return new Ascending<>(keys, size, i -> values[i]);
    }

    @Override
    public java.util.Set<Entry<Integer, V>> entrySet() {
      return new java.util.AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public java.util.Iterator<Entry<Integer, V>> iterator() {
          return new java.util.Iterator<>() {
            private int at;

            @Override
            public boolean hasNext() {
              return at < size;
            }

            @Override
            public Entry<Integer, V> next() {
              if (at >= size) throw new java.util.NoSuchElementException();
              int i = at++;
              return new SimpleImmutableEntry<>(keys[i], value.apply(i));
            }
          };
        }
      };
    }
  }
}

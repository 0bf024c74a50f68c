package dev.versus.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    // term -> field id -> short document id -> frequency. Terms go into a hash map and are sorted once at the end:
    // a tree map compared strings at every token, half of this method's time on a cold build of content/
    Map<String, Map<Integer, Map<Integer, Integer>>> index = new HashMap<>();
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
          index.computeIfAbsent(term, t -> new TreeMap<>()).computeIfAbsent(f, x -> new TreeMap<>()).merge(d, 1, Integer::sum);
        }
      }
      fieldLength.put(Integer.toString(d), lengths);
    }
    // the sorted maps themselves, not copies keyed by strings: JSON writes an integer key as its digits, in the
    // same ascending order, and a catalogue's index (100,000 documents) would otherwise be held twice at its peak
    List<String> terms = new ArrayList<>(index.keySet());
    Collections.sort(terms);
    List<Object> entries = new ArrayList<>(terms.size());
    for (String term : terms) entries.add(List.of(term, index.get(term)));
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
}

package dev.versus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * MiniSearch's serialized index made in Java, on values worked out by hand from MiniSearch 7.2.0 with search-options.js's terms
 * (SearchTest compares the whole index of both guides with the one MiniSearch makes in the browser).
 */
class MiniSearchJsonTest {
  @Test
  void termsAreFoldedTokensAndLengthsCountDistinctRawTokens() {
    Map<String, Object> json = MiniSearchJson.of(List.of(
        Map.of("id", "a", "title", "Flask, flask!", "text", "Tea—tea café"),
        Map.of("id", "b", "title", "Tea", "text", "")), List.of("title", "text"));
    assertEquals(Map.of("0", "a", "1", "b"), json.get("documentIds"));
    assertEquals(Map.of("title", 0, "text", 1), json.get("fieldIds"));
    // "Flask, flask!" splits into Flask and flask: two distinct, as a JS Set counts them, though one term
    assertEquals(Map.of("0", List.of(2, 3), "1", List.of(1, 0)), json.get("fieldLength"));
    assertEquals(List.of(1.5, 1.5), json.get("averageFieldLength"));
    // as published: the index holds its sorted maps (integer keys), which JSON writes as MiniSearch's string keys
    assertEquals("[[\"cafe\",{\"1\":{\"0\":1}}],[\"flask\",{\"0\":{\"0\":2}}],[\"tea\",{\"0\":{\"1\":1},\"1\":{\"0\":2}}]]",
        dev.versus.web.Json.write(json.get("index")));
    assertEquals(2, json.get("documentCount"));
    assertEquals(2, json.get("serializationVersion"));
  }
}

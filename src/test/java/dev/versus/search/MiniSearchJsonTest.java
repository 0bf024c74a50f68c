package dev.versus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * MiniSearch's serialized index made in Java, on values worked out by hand from MiniSearch 7.2.0's defaults
 * (SearchTest compares the whole index of both guides with the one MiniSearch makes in the browser).
 */
class MiniSearchJsonTest {
  @Test
  void termsAreLowerCasedTokensAndLengthsCountDistinctRawTokens() {
    Map<String, Object> json = MiniSearchJson.of(List.of(
        Map.of("id", "a", "title", "Flask, flask!", "text", "Tea—tea café"),
        Map.of("id", "b", "title", "Tea", "text", "")), List.of("title", "text"));
    assertEquals(Map.of("0", "a", "1", "b"), json.get("documentIds"));
    assertEquals(Map.of("title", 0, "text", 1), json.get("fieldIds"));
    // "Flask, flask!" splits into Flask, flask and a trailing empty token: three distinct, as a JS Set counts them
    assertEquals(Map.of("0", List.of(3, 3), "1", List.of(1, 1)), json.get("fieldLength"));
    assertEquals(List.of(2.0, 2.0), json.get("averageFieldLength"));
    assertEquals(List.of(
        List.of("café", Map.of("1", Map.of("0", 1))),
        List.of("flask", Map.of("0", Map.of("0", 2))),
        List.of("tea", Map.of("0", Map.of("1", 1), "1", Map.of("0", 2)))), json.get("index"));
    assertEquals(2, json.get("documentCount"));
    assertEquals(2, json.get("serializationVersion"));
  }
}

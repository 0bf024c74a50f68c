package dev.versus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.versus.GeneratedGuide;
import dev.versus.TestSites;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.web.Output;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  @TempDir
  Path dir;

  private static Map<String, String> searchFiles(Path source) {
    BuildResult r = new Build().run(new BuildOptions(source, source.resolveSibling("site"), Optional.empty(), false, Optional.empty()), false);
    assertEquals(List.of(), r.diagnostics());
    Map<String, String> files = new HashMap<>();
    for (Output o : r.outputs()) {
      if (o.path().startsWith("search/") && o.path().endsWith(".json")) files.put(o.path(), new String(o.bytes(), StandardCharsets.UTF_8));
    }
    return files;
  }

  private static Map<String, JsonObject> byId(JsonArray docs) {
    Map<String, JsonObject> out = new HashMap<>();
    for (JsonElement e : docs) out.put(e.getAsJsonObject().get("id").getAsString(), e.getAsJsonObject());
    return out;
  }

  static int gzipped(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.size();
  }

  @Test
  void aKeptPartsLengthInCharsIsCountedFromItsBytes(@TempDir Path tmp) throws IOException {
    // as json.length() counted it when the part was made: ASCII runs, two-, three- and four-byte characters
    String alphabet = "abcdefgh<é€\uD83D\uDE00";
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(120); i > 0; i--) {
        int at = random.nextInt(alphabet.length() - 1);
        if (Character.isLowSurrogate(alphabet.charAt(at))) at--;
        text.append(alphabet, at, Character.isHighSurrogate(alphabet.charAt(at)) ? at + 2 : at + 1);
        if (random.nextInt(4) == 0) text.append("plain ascii run ");
      }
      Path file = tmp.resolve("text-" + round + ".json");
      Files.write(file, text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(text.length(), SearchIndex.chars(file), text.toString());
    }
  }

  @Test
  void aSmallGuideShipsEveryDocumentWithItsTextInOneFile() {
    Map<String, String> files = searchFiles(TestSites.fixture("three", dir));
    assertEquals(List.of("search/index.json"), List.copyOf(files.keySet()));
    JsonObject index = JsonParser.parseString(files.get("search/index.json")).getAsJsonObject();
    assertEquals(0, index.getAsJsonArray("parts").size());
    Map<String, JsonObject> docs = byId(index.getAsJsonArray("documents"));
    // 3 criteria, 9 answers (3 subjects on 3 criteria), 3 subjects, 2 published articles (the draft stays out), 2 questions
    assertEquals(19, docs.size(), docs.keySet().toString());
    assertFalse(docs.containsKey("article:draft-notes"));
    JsonObject coffee = docs.get("subject:coffee");
    assertEquals("subject", coffee.get("kind").getAsString());
    assertEquals("/drinks/subjects/coffee/", coffee.get("url").getAsString());
    JsonObject morning = docs.get("article:morning");
    assertEquals("Waking up\nPaying for it", morning.get("headings").getAsString().lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow());
    assertTrue(morning.get("text").getAsString().contains("For a fast start, caffeine matters most"), morning.get("text").getAsString());
    JsonObject faq = docs.get("faq:which-wakes");
    assertTrue(faq.get("title").getAsString().endsWith("?"), "a question is the FAQ entry's title: " + faq);
    JsonObject caffeine = docs.get("answer:caffeine/coffee");
    assertEquals("criterion:caffeine", caffeine.get("of").getAsString(), "its title and URL are its criterion's");
    assertFalse(caffeine.has("title") || caffeine.has("url") || caffeine.has("kind"), "not repeated per answer: " + caffeine);
    assertEquals("Built in", caffeine.get("headings").getAsString(), "the level's label");
    assertEquals("Coffee: Built in — Plenty of caffeine.", caffeine.get("text").getAsString(), "the subject, the answer, the summary");
    assertFalse(docs.get("criterion:caffeine").get("text").getAsString().contains("Coffee: "), "no subject's name on every criterion");
  }

  @Test
  void aLargeGuideKeepsArticleTextOutOfTheFirstFile() throws IOException {
    int n = 4000;
    Map<String, String> files = searchFiles(GeneratedGuide.write(dir, n));
    String first = files.get("search/index.json");
    JsonObject index = JsonParser.parseString(first).getAsJsonObject();
    Map<String, JsonObject> docs = byId(index.getAsJsonArray("documents"));
    assertEquals("Generated note 17.", docs.get("article:note-17").get("text").getAsString());
    assertFalse(first.contains("marker17."), "no article body in the first file");
    JsonArray parts = index.getAsJsonArray("parts");
    assertTrue(parts.size() > 1, "parts: " + parts.size());
    Map<String, Integer> seen = new HashMap<>();
    long partBytes = 0;
    int partGzip = 0;
    for (int i = 0; i < parts.size(); i++) {
      JsonObject ref = parts.get(i).getAsJsonObject();
      String file = "search/text-" + (i + 1) + ".json";
      assertEquals("/drinks/" + file, ref.get("url").getAsString());
      String json = files.get(file);
      partBytes += json.length();
      partGzip += gzipped(json);
      JsonArray texts = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("texts");
      assertEquals(ref.get("documents").getAsInt(), texts.size());
      int chars = 0;
      for (JsonElement t : texts) {
        seen.merge(t.getAsJsonObject().get("id").getAsString(), 1, Integer::sum);
        chars += t.getAsJsonObject().get("text").getAsString().length();
      }
      assertTrue(texts.size() == 1 || chars <= SearchIndex.PART_LIMIT, file + ": " + chars + " characters");
    }
    assertEquals(n + 2, seen.size(), "every article's text in some part");
    assertTrue(seen.values().stream().allMatch(c -> c == 1), "and in one part only");
    assertTrue(files.get("search/text-1.json").contains("marker1."));
    int firstGzip = gzipped(first);
    System.out.printf("search index of %d articles: index.json %d bytes (%d gzip); %d parts %d bytes (%d gzip)%n",
        n, first.length(), firstGzip, parts.size(), partBytes, partGzip);
    assertTrue(firstGzip * 3 < partGzip, "the first file is a fraction of the corpus: " + firstGzip + " vs " + partGzip);
  }
}

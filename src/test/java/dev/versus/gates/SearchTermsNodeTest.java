package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import dev.versus.TestSites;
import dev.versus.search.SearchTerms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's terms (SearchTerms.java) and the browser's (theme/static/js/search-options.js, run by Node) are the
 * same for random text: Latin with combining marks, Greek, CJK with kana marks and half-width forms,
 * supplementary Han, Thai, Lao, Khmer and Myanmar, full-width letters, ligatures, Hangul, spaces, punctuation and controls, mixed. A term made
 * differently would be indexed by the build and never reached by a query. The characters come from blocks
 * assigned before Unicode 13 (Java 17's tables; Node's are newer), so a difference is the code's, not the
 * tables'. The seed is random and printed on failure; {@code -Dversus.seed=N} runs one again.
 */
@Tag("browser")
class SearchTermsNodeTest {
  private static final String NODE_SCRIPT = """
      require(process.argv[1]);
      const t = globalThis.versusSearch;
      const texts = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
      const out = texts.map(s => { const tokens = t.tokenize(s); return [tokens, tokens.map(x => t.processTerm(x) || '')]; });
      require('fs').writeFileSync(process.argv[3], JSON.stringify(out));
      """;
  /** Ranges of code points to draw from, each as {first, last}, weighted by how often a range is listed. */
  private static final int[][] RANGES = {
      {'a', 'z'}, {'A', 'Z'}, {'a', 'z'}, {'0', '9'}, {' ', ' '}, {' ', ' '}, {'!', '/'}, {':', '@'}, {'\t', '\r'},
      {0xC0, 0xFF}, {0x100, 0x17F}, {0x1E9E, 0x1E9E}, {0x130, 0x131}, {0xDF, 0xDF},
      {0x300, 0x36F}, {0x300, 0x36F}, {0x1AB0, 0x1ABE}, {0x1DC0, 0x1DF9}, {0x20D0, 0x20F0}, {0xFE20, 0xFE2F},
      {0x391, 0x3A9}, {0x3B1, 0x3C9}, {0x3A3, 0x3A3}, {0x3C2, 0x3C2}, {0x400, 0x45F},
      {0x4E00, 0x9FA5}, {0x4E00, 0x9FA5}, {0x3041, 0x3096}, {0x30A1, 0x30FA}, {0x30FC, 0x30FC}, {0x3099, 0x309C},
      {0x3000, 0x3003}, {0x300C, 0x300D}, {0xFF01, 0xFF5E}, {0xFF61, 0xFF9F}, {0x20000, 0x2A6D6},
      {0xE01, 0xE5B}, {0xE81, 0xECD}, {0xED0, 0xEDF}, {0x1780, 0x17F9}, {0x1000, 0x109F}, {0xAC00, 0xD7A3}, {0xFB00, 0xFB06}, {0x2000, 0x200A}, {0x2026, 0x2026}, {0x2160, 0x2188}, {0x2460, 0x24FF},
  };

  @TempDir
  Path dir;

  static String text(Random random) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(40);
    // a text keeps to a few ranges, as real text does, so CJK runs and accented words form
    int[][] pool = {RANGES[random.nextInt(RANGES.length)], RANGES[random.nextInt(RANGES.length)], RANGES[random.nextInt(RANGES.length)], {' ', ' '}};
    for (int i = 0; i < length; i++) {
      int[] r = pool[random.nextInt(pool.length)];
      s.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
    }
    return s.toString();
  }

  @Test
  void javaAndTheBrowserMakeTheSameTermsOfRandomText() throws IOException, InterruptedException {
    String node = Tools.node();
    long seed = Long.getLong("versus.seed", new Random().nextLong());
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>(List.of("Résumé of a café", "我们的数据库很快。", "MySQLのﾃﾞｰﾀ", "STRAẞE ΟΔΟΣ"));
    while (texts.size() < 5000) texts.add(text(random));
    Gson gson = new Gson();
    Path in = dir.resolve("texts.json");
    Path out = dir.resolve("terms.json");
    Files.writeString(in, gson.toJson(texts), StandardCharsets.UTF_8);
    Path script = TestSites.repo().resolve("theme/static/js/search-options.js").toAbsolutePath();
    Process p = new ProcessBuilder(node, "-e", NODE_SCRIPT, script.toString(), in.toString(), out.toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), log);
    List<List<List<String>>> js = gson.fromJson(Files.readString(out, StandardCharsets.UTF_8),
        new TypeToken<List<List<List<String>>>>() {}.getType());
    int differ = 0;
    StringBuilder first = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      List<String> tokens = SearchTerms.tokenize(texts.get(i));
      List<List<String>> java = List.of(tokens, tokens.stream().map(SearchTerms::processTerm).toList());
      if (java.equals(js.get(i))) continue;
      if (differ++ < 5) {
        first.append("\n").append(codePoints(texts.get(i))).append(": Java ").append(java).append(", JS ").append(js.get(i));
      }
    }
    assertEquals(0, differ, "seed " + seed + ": " + differ + " of " + texts.size() + " texts differ" + first);
  }

  private static String codePoints(String s) {
    StringBuilder b = new StringBuilder("\"" + s + "\" [");
    s.codePoints().forEach(c -> b.append(String.format(" U+%04X", c)));
    return b.append(" ]").toString();
  }
}

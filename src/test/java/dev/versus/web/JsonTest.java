package dev.versus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void writesMapsListsNumbersAndBooleansInOrder() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", 1);
    m.put("a", List.of(true, 2.5, "x"));
    assertEquals("{\"b\":1,\"a\":[true,2.5,\"x\"]}", Json.write(m));
  }

  @Test
  void textInsideAScriptElementCannotEndItAndStaysTheSameValue() {
    String hostile = "</script><script>alert(1)</script><!-- a & b \"q\" \\ \n\u2028\u0001";
    String json = Json.write(Map.of("text", hostile));
    assertFalse(json.toLowerCase().contains("</script"), json);
    assertFalse(json.contains("<!--"), json);
    assertFalse(json.contains("\u2028"), "U+2028 ends a line in older JavaScript: " + json);
    assertFalse(json.contains("\n"), json);
    assertEquals(hostile, JsonParser.parseString(json).getAsJsonObject().get("text").getAsString());
  }

  /** Json walks the common values itself: the same bytes as Gson's own walk, configured as Json's was, on random trees. */
  @Test
  void writesWhatGsonWritesForRandomValues() {
    com.google.gson.Gson gson = new GsonBuilder().serializeNulls().disableJdkUnsafe().create();
    Random random = new Random(26);
    for (int i = 0; i < 2_000; i++) {
      Object value = random(random, 3);
      assertEquals(gson.toJson(value), Json.write(value), String.valueOf(value));
    }
  }

  @Test
  void refusesANumberThatIsNotFiniteAsGsonDoes() {
    for (Object value : List.of(Double.NaN, Float.POSITIVE_INFINITY, List.of(1, Double.NEGATIVE_INFINITY))) {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Json.write(value));
    }
  }

  private record Pair(String name, int count) {}

  private enum Kind { ARTICLE, FAQ }

  private static final String[] TEXTS = {"", "a", "Flask", "</script>", "<!-- & = ' \"q\" \\", "\u2028\u2029\u0000\u001f\u007f",
      "caf\u00e9 \u6570\u636e \ud83d\ude00", "\ud800 lone", "tab\tnew\nline\r"};

  private static Object random(Random random, int depth) {
    int kind = random.nextInt(depth > 0 ? 20 : 16);
    return switch (kind) {
      case 0 -> null;
      case 1, 2 -> TEXTS[random.nextInt(TEXTS.length)];
      case 3 -> random.nextInt();
      case 4 -> random.nextLong();
      case 5 -> (short) random.nextInt();
      case 6 -> (byte) random.nextInt();
      case 7 -> new double[] {0.0, -0.0, 1.5, 1e300, 1e-7, 100.0, random.nextDouble(), 1e7, 0.1 + 0.2}[random.nextInt(9)];
      case 8 -> new float[] {0f, -0f, 1.5f, 1e30f, 1e-7f, 0.1f, random.nextFloat()}[random.nextInt(7)];
      case 9 -> new BigDecimal(new String[] {"1.50", "0", "-2.000", "1E+3", "12345678901234567890.5", "1e-9"}[random.nextInt(6)]);
      case 10 -> BigInteger.valueOf(random.nextLong()).shiftLeft(random.nextInt(80));
      case 11 -> random.nextBoolean();
      case 12 -> (char) ('a' + random.nextInt(3));
      case 13 -> new Pair(TEXTS[random.nextInt(TEXTS.length)], random.nextInt(5));
      case 14 -> Kind.values()[random.nextInt(2)];
      case 15 -> new int[] {random.nextInt(9), 3};
      case 16 -> {
        Map<Object, Object> m = random.nextBoolean() ? new LinkedHashMap<>() : new TreeMap<>();
        boolean ints = m instanceof TreeMap<?, ?> && random.nextBoolean();
        for (int i = random.nextInt(4); i > 0; i--) {
          m.put(ints ? (Object) random.nextInt(100) : TEXTS[random.nextInt(TEXTS.length)], random(random, depth - 1));
        }
        if (m instanceof LinkedHashMap<?, ?> && random.nextInt(8) == 0) m.put(null, 1);
        yield m;
      }
      case 17 -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) list.add(random(random, depth - 1));
        yield list;
      }
      case 18 -> new LinkedHashSet<>(List.of(random.nextInt(9), TEXTS[random.nextInt(TEXTS.length)]));
      default -> java.util.Arrays.asList(random(random, depth - 1), random(random, depth - 1));
    };
  }
}

package dev.versus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}

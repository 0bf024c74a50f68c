package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edition files read as a tree with positions: values where they start, and JSON errors where Gson stops. */
class JsonTreeTest {
  private static List<String> errors(String text) {
    Diagnostics diags = new Diagnostics();
    assertTrue(JsonTree.parse("editions/e.json", text, diags).isEmpty());
    return diags.sorted().stream().map(Diagnostic::format).toList();
  }

  @Test
  void valuesKeepTheirTextAndWhereTheyStart() {
    Diagnostics diags = new Diagnostics();
    YNode.Map root = (YNode.Map) JsonTree.parse("e.json", "{\"a\": 12.10,\n  \"b\": [true, null, \"x\"]}", diags).orElseThrow();
    assertEquals(List.of(), diags.sorted());
    YNode.Scalar a = (YNode.Scalar) root.get("a");
    assertEquals("12.10", a.value());
    assertEquals(1, a.pos().line());
    assertEquals(7, a.pos().column());
    assertEquals(2, root.entries().get("b").key().pos().line());
    assertEquals(3, root.entries().get("b").key().pos().column());
    List<YNode> items = ((YNode.Seq) root.get("b")).items();
    assertEquals("true", ((YNode.Scalar) items.get(0)).value());
    assertTrue(((YNode.Scalar) items.get(1)).isNull());
    assertEquals(List.of(9, 15, 21), items.stream().map(i -> i.pos().column()).toList());
  }

  /**
   * Each scalar keeps its JSON type, and a whole number (which Gson's peek reads past, unlike 12.10) is placed where
   * it starts too: {@code "c": 7} put the 7 one column to the right.
   */
  @Test
  void scalarsKeepTheirJsonTypeAndWholeNumbersWhereTheyStart() {
    Diagnostics diags = new Diagnostics();
    YNode.Map root = (YNode.Map) JsonTree.parse("e.json", "{\"c\": 7, \"d\": -120, \"e\": \"7\", \"f\": false}", diags).orElseThrow();
    assertEquals(List.of(), diags.sorted());
    List<YNode.Scalar> values = List.of("c", "d", "e", "f").stream().map(k -> (YNode.Scalar) root.get(k)).toList();
    assertEquals(List.of(7, 15, 26, 36), values.stream().map(v -> v.pos().column()).toList());
    assertEquals(List.of(YNode.Scalar.Type.NUMBER, YNode.Scalar.Type.NUMBER, YNode.Scalar.Type.STRING, YNode.Scalar.Type.BOOLEAN),
        values.stream().map(YNode.Scalar::type).toList());
  }

  @Test
  void aTrailingCommaIsAnErrorAtItsLineAndColumn() {
    assertEquals(List.of("editions/e.json:2:10: error: not valid JSON: Expected name (at $.b)"), errors("{\"a\": 1,\n  \"b\": 2,}"));
  }

  @Test
  void aDuplicateKeyAndTextAfterTheDocumentAreErrors() {
    assertEquals(List.of("editions/e.json:1:10: error: not valid JSON: the key \"a\" is written twice in this object; keep one"),
        errors("{\"a\": 1, \"a\": 2}"));
    assertEquals(1, errors("{} {}").size());
  }
}

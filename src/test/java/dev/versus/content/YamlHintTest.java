package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML's complaints phrased for authors, with the parser's words after them. */
class YamlHintTest {
  private static String error(String yaml) {
    Diagnostics diags = new Diagnostics();
    YamlParser.parse("criteria/orm.md", yaml, 2, diags);
    List<Diagnostic> all = diags.sorted();
    assertEquals(1, all.size(), all.toString());
    return all.get(0).format();
  }

  @Test
  void aKeyIndentedLessThanItsSiblings() {
    assertEquals("criteria/orm.md:5:4: error: invalid YAML: this line is indented less than the key above it (3 spaces "
        + "against 4), but not as far back as any key it could belong to: indent it exactly like its sibling keys "
        + "(the YAML parser says: expected <block end>, but found '<block mapping start>')",
        error("verdicts:\n  django:\n    level: built-in\n   summary: \"ORM\"\n"));
  }

  @Test
  void aListItemIndentedLessThanTheOneAbove() {
    assertEquals("criteria/orm.md:4:2: error: invalid YAML: this line is indented less than the item above it (1 space "
        + "against 2), but not as far back as any key it could belong to: indent it exactly like its sibling items "
        + "(the YAML parser says: expected <block end>, but found '<block sequence start>')",
        error("sources:\n  - a\n - b\n"));
  }

  private static final String MORE = "this line is indented more than the keys above it";
  private static final String FIX = ": indent it exactly like them; only a key with no value on its own line "
      + "can have keys nested under it";

  /** The parser reads `data group` as one value and complains at the second colon; the hint points at the key. */
  @Test
  void aKeyIndentedUnderAKeyThatHasAValue() {
    assertEquals("criteria/orm.md:3:3: error: invalid YAML: " + MORE + " (2 spaces against 0)" + FIX
        + " (the YAML parser says: mapping values are not allowed here)",
        error("title: ORM\n  group: data\n"));
  }

  @Test
  void oneExtraSpaceAfterAQuotedValue() {
    assertEquals("criteria/orm.md:3:2: error: invalid YAML: " + MORE + " (1 space against 0)" + FIX
        + " (the YAML parser says: expected <block end>, but found '<block mapping start>')",
        error("title: \"ORM\"\n group: data\n"));
  }

  @Test
  void oneExtraSpaceAfterAVerdict() {
    assertEquals("criteria/orm.md:4:4: error: invalid YAML: " + MORE + " (3 spaces against 2)" + FIX
        + " (the YAML parser says: expected <block end>, but found '<block mapping start>')",
        error("verdicts:\n  django: {level: built-in, summary: \"ORM\"}\n   flask: {level: none, summary: \"None\"}\n"));
  }

  @Test
  void aValueWithAColonSpace() {
    assertEquals("criteria/orm.md:2:17: error: invalid YAML: the value of `question` contains `: `, which YAML reads as "
        + "another key: put the value in quotes, e.g. `question: \"Django: does it ship one?\"` (the YAML parser says: "
        + "mapping values are not allowed here)",
        error("question: Django: does it ship one?\n"));
  }

  @Test
  void aTab() {
    assertEquals("criteria/orm.md:3:1: error: invalid YAML: this line is indented with a tab; YAML allows only spaces: "
        + "replace the tab with spaces (the YAML parser says: found character '\\t(TAB)' that cannot start any token. "
        + "(Do not use \\t(TAB) for indentation))", error("verdicts:\n\tdjango: 1\n"));
  }
}

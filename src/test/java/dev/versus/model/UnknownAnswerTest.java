package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code unknown: "why it is not known"} in a verdict (issue 28, item 1) on every criterion type, with summary and
 * sources as usual; together with an answer key it is an error at {@code unknown}; an empty reason is an error.
 */
class UnknownAnswerTest {
  @Test
  void anUnknownVerdictKeepsItsReasonSummaryAndSourcesOnEveryType() {
    for (String type : List.of("", "type: number\nunit: MB\nbetter: lower\n", "type: text\n")) {
      TypedCriterionTest.Read r = TypedCriterionTest.read(TypedCriterionTest.head(type) + """
          verdicts:
            a: {unknown: " No benchmark covers it. ", summary: "Untested."}
            b: {unknown: "The docs do not say."}
          """);
      boolean text = type.contains("text");
      // a summary is required except on a text criterion, unknown or not
      assertEquals(text ? List.of() : List.of(missingSummary(type)),
          r.diagnostics(), type);
      Verdict a = r.criterion().verdict("a").orElseThrow();
      assertEquals(new Answer.Unknown("No benchmark covers it."), a.answer());
      assertEquals("Untested.", a.summary());
      assertFalse(a.answer().known());
    }
  }

  /** Where verdict b of the case above misses its summary: its line follows the criterion's type lines. */
  private static String missingSummary(String type) {
    int line = 2 + 3 + (int) type.lines().count() + 2;
    return "criteria/c.md:" + line + ":6: error: missing required key `summary`: add `summary: ...`";
  }

  @Test
  void unknownWithAnAnswerKeyIsAnErrorAtUnknown() {
    TypedCriterionTest.Read r = TypedCriterionTest.read(TypedCriterionTest.head("type: number\nunit: MB\nbetter: lower\n") + """
        verdicts:
          a: {value: 3, unknown: "Not measured.", summary: "S."}
          b: {value: 4, summary: "S."}
        """);
    assertEquals(List.of("criteria/c.md:9:17: error: `unknown` and `value` together: a verdict either answers or says why the "
        + "answer is not known: remove `value`, or remove `unknown`"), r.diagnostics());
    assertTrue(r.criterion().verdict("a").isEmpty());
  }

  @Test
  void anEmptyReasonIsAnError() {
    TypedCriterionTest.Read r = TypedCriterionTest.read(TypedCriterionTest.head("") + """
        verdicts:
          a: {unknown: "", summary: "S."}
          b: {level: none, summary: "S."}
        """);
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    assertTrue(r.diagnostics().get(0).contains("error: `unknown` is empty"), r.diagnostics().toString());
  }

  @Test
  void everyUnknownAnswerIsTheSameAnswerWrittenAsItsReason() {
    Answer one = new Answer.Unknown("x");
    assertEquals(one.key(), new Answer.Unknown("y").key());
    assertFalse(one.key().equals(new Answer.OfText("x").key()));
    assertEquals("x", one.written());
    assertTrue(new Answer.OfValue(BigDecimal.ONE).known());
  }
}

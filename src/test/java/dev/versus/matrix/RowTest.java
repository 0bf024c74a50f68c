package dev.versus.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.config.Level;
import dev.versus.config.Scale;
import dev.versus.content.Body;
import dev.versus.model.Answer;
import dev.versus.model.Criterion;
import dev.versus.model.Measure;
import dev.versus.model.Subject;
import dev.versus.model.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A row's answer classes: equal numbers for equal answers, so any subset of columns can tell whether it differs. */
class RowTest {
  private static final Scale SUPPORT = new Scale("support", List.of(new Level("yes", "yes", "", "", 0, "support"),
      new Level("no", "no", "", "", 1, "support")));

  private static Cell cell(String subject, Answer answer) {
    Subject s = SmallGuides.subject(subject, subject);
    return new Cell(s, Optional.ofNullable(answer).map(a -> new Verdict(subject, a, "s", List.of(), "")), false);
  }

  private static Row row(Measure m, Cell... cells) {
    Criterion c = new Criterion("c", "criteria/c.md", "c", "g", 0, "?", m, List.of(), Body.of("c", ""), Optional.empty());
    return new Row(c, List.of(cells), true, false);
  }

  @Test
  void equalAnswersShareANumberInOrderOfFirstAppearance() {
    Answer yes = new Answer.OfLevel(SUPPORT.level("yes").orElseThrow());
    Answer no = new Answer.OfLevel(SUPPORT.level("no").orElseThrow());
    assertEquals(List.of(0, 1, 1), row(new Measure.OnScale(SUPPORT), cell("a", yes), cell("b", no), cell("c", no)).answerClasses());
    assertEquals(List.of(0, 0, 1), row(new Measure.OnScale(SUPPORT), cell("a", no), cell("b", no), cell("c", yes)).answerClasses());
  }

  @Test
  void numbersCompareByValueAndAMissingVerdictIsAnAnswerOfItsOwn() {
    Measure m = new Measure.Numeric("ms", Measure.Better.LOWER);
    assertEquals(List.of(0, 0, 1, 1), row(m, cell("a", new Answer.OfValue(new BigDecimal("12.1"))),
        cell("b", new Answer.OfValue(new BigDecimal("12.10"))), cell("c", null), cell("d", null)).answerClasses());
    assertEquals(List.of(0, 1), row(new Measure.Text(), cell("a", new Answer.OfText("x")), cell("b", new Answer.OfText("y")))
        .answerClasses());
  }
}

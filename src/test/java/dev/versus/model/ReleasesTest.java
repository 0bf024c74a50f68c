package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.content.Body;
import dev.versus.content.Document;
import dev.versus.content.Kind;
import dev.versus.content.YNode;
import dev.versus.content.YamlParser;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.model.TypedCriterionTest.Read;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A subject's {@code releases:} (version to date) and a verdict's {@code since:}, as the readers take them. */
class ReleasesTest {
  private static Subject subject(String frontMatter, Diagnostics diags) {
    YNode.Map fm = (YNode.Map) YamlParser.parse("subjects/a.md", frontMatter, 2, diags).orElseThrow();
    return SubjectReader.read(new Document("subjects/a.md", Kind.SUBJECT, "a", fm, Body.of("subjects/a.md", "<p>x</p>")),
        Set.of(), diags);
  }

  @Test
  void releasesKeepTheirWrittenOrderAndVersionsStayStrings() {
    Diagnostics diags = new Diagnostics();
    Subject s = subject("title: A\nreleases:\n  \"3.10\": 2021-10-04\n  \"3.1\": 2020-08-04\n", diags);
    assertEquals(List.of(), diags.sorted());
    assertEquals(Map.of("3.10", LocalDate.of(2021, 10, 4), "3.1", LocalDate.of(2020, 8, 4)), s.releases());
    assertEquals(List.of("3.10", "3.1"), List.copyOf(s.releases().keySet()));
  }

  @Test
  void aBadDateIsAnErrorAtIt() {
    Diagnostics diags = new Diagnostics();
    Subject s = subject("title: A\nreleases:\n  \"3.1\": August 2020\n  \"3.2\": 2020-12-08\n", diags);
    assertEquals(List.of("subjects/a.md:4:10: error: `3.1` must be a date written YYYY-MM-DD, found `August 2020`"),
        diags.sorted().stream().map(Diagnostic::format).toList());
    assertEquals(Set.of("3.2"), s.releases().keySet());
  }

  @Test
  void aVerdictKeepsItsSinceWithItsPosition() {
    Read r = TypedCriterionTest.read(TypedCriterionTest.head("") + "verdicts:\n  a: {level: built-in, summary: S, since: \"3.1\"}\n"
        + "  b: {level: none, summary: S}\n");
    assertEquals(List.of(), r.diagnostics());
    Verdict.Since since = r.criterion().verdict("a").orElseThrow().since().orElseThrow();
    assertEquals("3.1", since.version());
    assertEquals("criteria/c.md:6:43", since.at().file() + ":" + since.at().line() + ":" + since.at().column());
    assertEquals(java.util.Optional.empty(), r.criterion().verdict("b").orElseThrow().since());
  }
}

package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.model.TypedCriterionTest.Read;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A criterion's {@code notes:} and its verdicts' {@code notes: [key]}: numbering by first use, and every problem. */
class CellNotesTest {
  private static Read read(String notes, String verdicts) {
    return TypedCriterionTest.read(TypedCriterionTest.head("") + notes + "verdicts:\n" + verdicts);
  }

  @Test
  void notesAreNumberedInOrderOfFirstUseAcrossTheSubjects() {
    Read r = read("notes:\n  plugin: \"Needs *a plugin*.\"\n  paid: \"Paid plans only.\"\n",
        "  a: {level: built-in, summary: S, notes: [paid, plugin]}\n  b: {level: none, summary: S, notes: [plugin]}\n");
    assertEquals(List.of(), r.diagnostics());
    Criterion c = r.criterion();
    // a uses paid first, then plugin: the numbers follow a's order, and b's plugin keeps its number 2
    assertEquals(List.of("paid:1", "plugin:2"), c.usedNotes().stream().map(n -> n.key() + ":" + n.number()).toList());
    assertEquals("<p>Needs <em>a plugin</em>.</p>", c.note("plugin").orElseThrow().html());
    assertEquals(List.of("plugin"), c.verdict("b").orElseThrow().notes());
  }

  @Test
  void anUnknownKeyIsAnErrorWithADidYouMean() {
    Read r = read("notes:\n  plugin: \"Needs a plugin.\"\n", "  a: {level: built-in, summary: S, notes: [plugn]}\n"
        + "  b: {level: none, summary: S, notes: [plugin]}\n");
    assertEquals(List.of("criteria/c.md:8:44: error: unknown note `plugn`; did you mean `plugin`?; known: plugin"),
        r.diagnostics());
  }

  @Test
  void aNoteNoVerdictUsesIsAWarning() {
    Read r = read("notes:\n  plugin: \"Needs a plugin.\"\n  spare: \"Never used.\"\n",
        "  a: {level: built-in, summary: S, notes: [plugin]}\n  b: {level: none, summary: S}\n");
    assertEquals(List.of("criteria/c.md:7:3: warning: note `spare` is used by no verdict, so no page shows it: list it"
        + " in a verdict's `notes: [spare]`, or remove it"), r.diagnostics());
    assertEquals(List.of("plugin"), r.criterion().usedNotes().stream().map(Note::key).toList());
  }

  @Test
  void aKeyMustBeASlug() {
    Read r = read("notes:\n  Plug In: \"Needs a plugin.\"\n", "  a: {level: built-in, summary: S}\n  b: {level: none, summary: S}\n");
    assertEquals(List.of("criteria/c.md:6:3: error: note key `Plug In` is not a slug (lowercase letters a-z, digits, hyphens):"
        + " it becomes the id `note-Plug In`; use `plug-in`"), r.diagnostics());
  }

  @Test
  void aNoteLinksOnlyFullUrls() {
    Read r = read("notes:\n  plugin: \"See [the docs](https://example.org/d) and [orm](orm.md).\"\n",
        "  a: {level: built-in, summary: S, notes: [plugin]}\n  b: {level: none, summary: S}\n");
    assertEquals(List.of("criteria/c.md:6:11: error: note `plugin` links `orm.md`: a note is shown on several pages, so its"
        + " links must be full URLs such as https://...; link the guide's own pages from the criterion's body instead"),
        r.diagnostics());
  }
}

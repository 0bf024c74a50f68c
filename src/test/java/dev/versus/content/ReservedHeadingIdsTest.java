package dev.versus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A heading whose text is a reserved id that is also the stem of ids the page generates ({@code ## Ahead} on a
 * subject page, whose template writes {@code ahead} and {@code ahead-<subject>}; {@code ## Evidence} on a criterion
 * page, with {@code evidence-<subject>}): every {@code -1}, {@code -2}... suffix still looked generated, so the
 * search for a free id never ended and the build hung (found by the round-9 tester). Such a heading gets an id
 * outside the generated ones, {@code s-ahead-1}, as {@code ## At a glance} on the home page does.
 */
class ReservedHeadingIdsTest {

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHeadingNamedLikeAGeneratedStemGetsAFreeId() {
    Body subject = Body.of("subjects/a.md", Kind.SUBJECT, "<h2 id=\"ahead\">Ahead</h2><p>x</p>");
    assertEquals("s-ahead-1", subject.ids().iterator().next());
    Body criterion = Body.of("criteria/c.md", Kind.CRITERION,
        "<h2 id=\"evidence\">Evidence</h2><h2 id=\"note\">Note</h2><h2 id=\"evidence\">Evidence</h2>");
    assertEquals(java.util.List.of("s-evidence-1", "note", "s-evidence-2"), java.util.List.copyOf(criterion.ids()));
    Body home = Body.of("index.md", Kind.INDEX, "<h2 id=\"at\">At</h2>");
    assertTrue(home.ids().contains("at"), home.ids().toString());
  }
}

package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.content.Kind;
import dev.versus.content.LinkRef;
import dev.versus.diag.Position;
import dev.versus.model.CrossLink;
import dev.versus.model.Target;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record whose parts are leaves, flat records or sealed interfaces of flat records is written inline into its
 * parent's digest ({@link FlatRecords}): the digest must still tell apart values that differ in any part, including
 * which kind of the sealed interface a part is, and a type that holds itself must not send the check round forever.
 */
class InputDigestTest {
  private static final LinkRef REF = new LinkRef(0, "../criteria/orm.md", false, new Position("articles/a.md", 3, 7),
      "intro", "Intro", "An excerpt");

  private static byte[] digest(Object v) {
    return new InputDigest().of(v).orElseThrow();
  }

  @Test
  void aResolvedLinkIsWrittenInlineAndStillToldApart() {
    assertTrue(FlatRecords.isFlat(CrossLink.class), "a link and its target are written inline");
    CrossLink page = new CrossLink(Kind.ARTICLE, "a", REF, new Target.Page(Kind.CRITERION, "orm", ""));
    List<Object> variants = List.of(
        new CrossLink(Kind.ARTICLE, "a", REF, new Target.Page(Kind.CRITERION, "orm", "x")),
        new CrossLink(Kind.ARTICLE, "a", REF, new Target.Page(Kind.SUBJECT, "orm", "")),
        new CrossLink(Kind.ARTICLE, "a", REF, new Target.Route("orm", "")),
        new CrossLink(Kind.ARTICLE, "a", REF, new Target.Asset("orm")),
        new CrossLink(Kind.ARTICLE, "a", REF, null),
        new CrossLink(Kind.ARTICLE, "b", REF, new Target.Page(Kind.CRITERION, "orm", "")),
        new CrossLink(Kind.ARTICLE, "a", new LinkRef(0, "../criteria/orm.md", false, new Position("articles/a.md", 3, 8),
            "intro", "Intro", "An excerpt"), new Target.Page(Kind.CRITERION, "orm", "")));
    byte[] base = digest(List.of(page));
    assertArrayEquals(base, digest(List.of(new CrossLink(Kind.ARTICLE, "a", REF, new Target.Page(Kind.CRITERION, "orm", "")))));
    for (Object v : variants) assertFalse(Arrays.equals(base, digest(List.of(v))), () -> "told apart: " + v);
  }

  sealed interface Node {}

  record Wrap(Inner inner) implements Node {}

  record Inner(Node node) {}

  record Leaf(String text) implements Node {}

  @Test
  void aTypeThatHoldsItselfIsNotFlat() {
    assertFalse(FlatRecords.isFlat(Wrap.class));
    assertFalse(FlatRecords.isFlat(Inner.class));
    assertTrue(FlatRecords.isFlat(Leaf.class));
    assertFalse(Arrays.equals(digest(new Wrap(new Inner(new Leaf("a")))), digest(new Wrap(new Inner(new Leaf("b"))))));
  }
}

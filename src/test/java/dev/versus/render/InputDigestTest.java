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

  @Test
  void aKnownBodysLinkStandsAsTheBodysDigestAndItsPlace() {
    dev.versus.content.Body body = new dev.versus.content.Body("<p>x</p>", List.of(), java.util.Set.of(), List.of(REF), 1,
        List.of(), List.of(), "<p>x</p>", "x");
    Target target = new Target.Page(Kind.CRITERION, "orm", "");
    List<CrossLink> links = List.of(new CrossLink(Kind.ARTICLE, "a", REF, target));
    byte[] one = known(body, 1).of(links).orElseThrow();
    assertArrayEquals(one, known(body, 1).of(List.of(new CrossLink(Kind.ARTICLE, "a", REF, target))).orElseThrow());
    assertFalse(Arrays.equals(one, known(body, 2).of(links).orElseThrow()), "another body's digest, another link");
    assertFalse(Arrays.equals(one, digest(links)), "an unknown body's link is read field by field");
    assertFalse(Arrays.equals(one, known(body, 1).of(List.of(new CrossLink(Kind.ARTICLE, "a", REF, new Target.Asset("orm"))))
        .orElseThrow()), "the target is still read");
    // an equal link that is not the body's own object is read, as without the body
    LinkRef copy = new LinkRef(REF.index(), REF.href(), REF.image(), REF.pos(), REF.sectionId(), REF.sectionTitle(), REF.excerpt());
    assertArrayEquals(digest(links), known(body, 1).of(List.of(new CrossLink(Kind.ARTICLE, "a", copy, target))).orElseThrow());
  }

  private static InputDigest known(dev.versus.content.Body body, int seed) {
    java.util.Map<Object, byte[]> known = new java.util.IdentityHashMap<>();
    byte[] digest = new byte[16];
    digest[0] = (byte) seed;
    known.put(body, digest);
    return new InputDigest(known);
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

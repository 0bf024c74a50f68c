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

  /** {@code s} as the canonical form writes a text: its UTF-8 length (four bytes, big-endian), then its bytes. */
  private static void encoded(java.io.ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
    out.writeBytes(b);
  }

  /** The canonical bytes of a string leaf: its type's name, then the text, each encoded. */
  private static byte[] leaf(String s) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    encoded(out, "java.lang.String");
    encoded(out, s);
    return out.toByteArray();
  }

  /** An ordered collection as the canonical form writes it: its tag and size, then each item after its length. */
  private static byte[] ordered(String tag, List<byte[]> items) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    encoded(out, tag);
    encoded(out, String.valueOf(items.size()));
    for (byte[] item : items) {
      out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(item.length).array());
      out.writeBytes(item);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  @Test
  void orderedCollectionsAndMapsAreWrittenItemAfterLengthWhateverIsNestedInThem() {
    InputDigest one = new InputDigest();
    List<String> inner = List.of("a", "bé");
    byte[] innerDigest = dev.versus.content.Hash128.of(ordered("coll", List.of(leaf("a"), leaf("bé"))));
    assertArrayEquals(innerDigest, one.of(inner).orElseThrow());
    java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
    map.put("k", "v");
    map.put("list", inner);
    // a nested compound stands as '#' and its digest; the map's entries are key then value, each entry sized
    byte[] listRef = concat(new byte[] {'#'}, innerDigest);
    byte[] mapBytes = ordered("map", List.of(concat(leaf("k"), leaf("v")), concat(leaf("list"), listRef)));
    List<Object> outer = List.of(map, "x".repeat(3));
    byte[] expected = dev.versus.content.Hash128.of(ordered("coll",
        List.of(concat(new byte[] {'#'}, dev.versus.content.Hash128.of(mapBytes)), leaf("xxx"))));
    // a value this cannot read leaves the digest's buffers as they were: the next values digest as in a new one
    assertTrue(one.of(List.of(List.of("a"), new Object())).isEmpty());
    assertArrayEquals(expected, one.of(outer).orElseThrow());
    assertArrayEquals(expected, new InputDigest().of(outer).orElseThrow());
  }

  @Test
  void theHashOfAPrefixIsTheHashOfItsCopy() {
    java.util.Random random = new java.util.Random(7);
    byte[] data = new byte[100];
    random.nextBytes(data);
    for (int n = 0; n <= data.length; n++) {
      assertArrayEquals(dev.versus.content.Hash128.of(Arrays.copyOf(data, n)), dev.versus.content.Hash128.of(data, n), "length " + n);
    }
  }
}

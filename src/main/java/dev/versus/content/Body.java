package dev.versus.content;

import dev.versus.diag.Position;
import dev.versus.web.Anchors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A rendered Markdown body and the facts read off it with Jsoup: headings, every element id
 * (valid anchors), the author's links with positions, and the word count; and what its raw HTML
 * holds that {@link HtmlAllowlist} removes ({@code active}, with positions). {@code html} is the body as
 * published by default, cleaned; {@code written} the same before cleaning (the same string when nothing was
 * removed), published instead when site.yaml sets {@code unsafe_html: true} ({@link #asWritten}). The facts
 * are read before cleaning, so both bodies have the same ones. {@code text} is {@code html}'s text as Jsoup's
 * {@code text()} gives it (whitespace collapsed), read off the same parse for the search index, which would
 * otherwise parse every body again; the persistent build cache keeps it with the rest, so a repeat build's
 * search stage parses no unchanged body either.
 */
public final class Body {
  // a class rather than a record only so that a body read back from the build cache decodes its texts when asked
  // (BodyTexts); its values, equality and text are a record's of these nine components, in this order
  private final BodyTexts texts;
  private final List<Heading> headings;
  private final Set<String> ids;
  private final List<LinkRef> links;
  private final int words;
  private final List<ClaimMark> claims;
  private final List<ActiveHtml> active;

  public Body(String html, List<Heading> headings, Set<String> ids, List<LinkRef> links, int words,
      List<ClaimMark> claims, List<ActiveHtml> active, String written, String text) {
    this(BodyTexts.of(html, written, text), headings, ids, links, words, claims, active);
  }

  Body(BodyTexts texts, List<Heading> headings, Set<String> ids, List<LinkRef> links, int words, List<ClaimMark> claims,
      List<ActiveHtml> active) {
    this.texts = texts;
    this.headings = headings;
    this.ids = ids;
    this.links = links;
    this.words = words;
    this.claims = claims;
    this.active = active;
  }

  public String html() {
    return texts.html();
  }

  public List<Heading> headings() {
    return headings;
  }

  public Set<String> ids() {
    return ids;
  }

  public List<LinkRef> links() {
    return links;
  }

  public int words() {
    return words;
  }

  public List<ClaimMark> claims() {
    return claims;
  }

  public List<ActiveHtml> active() {
    return active;
  }

  public String written() {
    return texts.written();
  }

  public String text() {
    return texts.text();
  }

  /**
   * {@code text().length()}: for a body read back from the build cache, counted from the text's bytes without
   * decoding them (the search index splits the articles' text into parts by it, and a repeat build makes few parts).
   */
  public int textLength() {
    return texts.textLength();
  }

  /** The nine values, in the order of the constructor. */
  private List<Object> values() {
    return java.util.Arrays.asList(html(), headings, ids, links, words, claims, active, written(), text());
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Body b && values().equals(b.values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  /** The nine values in order, as {@code Body[html, headings, ..., text]}. */
  @Override
  public String toString() {
    return "Body" + values();
  }

  /** Attribute naming a link's index in {@link #links()}, kept in the HTML for the render stage. */
  public static final String LINK_ATTR = "data-vs-link";
  private static final int EXCERPT_MAX = 220;
  private static final org.jsoup.select.Evaluator EXCERPT_BLOCK =
      org.jsoup.select.QueryParser.parse("p, li, td, th, blockquote, dd, figcaption");
  // parsed once: Element.select(String) parses its query on every call
  private static final org.jsoup.select.Evaluator WITH_ID = org.jsoup.select.QueryParser.parse("[id]");

  /** Reads the facts of {@code html} rendered from {@code file}, a body shown on no page of its own, without claims. */
  public static Body of(String file, String html) {
    return of(file, null, html, List.of());
  }

  /** {@link #of(String, Kind, String, List)} of a body without claims. */
  public static Body of(String file, Kind kind, String html) {
    return of(file, kind, html, List.of());
  }

  /** {@link #of(String, Kind, String, List)} of a body shown on no page of its own. */
  public static Body of(String file, String html, List<ClaimMark> claims) {
    return of(file, null, html, claims);
  }

  /**
   * Reads the facts of {@code html} rendered from {@code file}, the body of a {@code kind} document:
   * its ids are made unique first, apart from each other and from the page around it ({@link #uniqueIds});
   * then each passage that carries {@code claims} ({@link Markdown#render}) gets its first claim's id, and
   * an empty anchor per further claim, and each claim learns its section and excerpt.
   */
  public static Body of(String file, Kind kind, String html, List<ClaimMark> claims) {
    return of(file, kind, html, claims, List.of());
  }

  /** {@link #of(String, Kind, String, List)} of a body whose raw HTML holds {@code active} (see {@link Markdown.Rendered}). */
  public static Body of(String file, Kind kind, String html, List<ClaimMark> claims, List<ActiveHtml> active) {
    org.jsoup.nodes.Document dom = Jsoup.parseBodyFragment(html);
    dom.outputSettings().prettyPrint(false);
    Element root = dom.body();
    // raw HTML whose validity depends on where it stands is judged here, in the whole body (Repairs.inBody)
    if (html.contains(Repairs.AT_ATTR)) active = Repairs.withMends(active, Repairs.inBody(root, file));
    List<Heading> headings = new ArrayList<>();
    List<LinkRef> links = new ArrayList<>();
    // the elements of both queries, in one walk (BodyWalk); a placed claim's span is not among them, as with select
    BodyWalk.Marked marked = BodyWalk.mark(root);
    Set<String> ids = uniqueIds(marked.withId(), kind);
    java.util.Map<String, ClaimMark> marks = new java.util.HashMap<>();
    claims.forEach(c -> marks.put(c.id(), c));
    List<ClaimMark> placed = new ArrayList<>();
    String sectionId = "";
    String sectionTitle = "";
    // a paragraph with many links gives each the same excerpt: its text is read once
    java.util.Map<Element, String> excerpts = new java.util.IdentityHashMap<>();
    for (Element e : marked.facts()) {
      if (e.hasAttr(Markdown.CLAIM_ATTR)) {
        placeClaims(e, marks, sectionId, sectionTitle, placed);
        if (!e.hasAttr(Markdown.LINE_ATTR)) continue;
      }
      if (e.nameIs("h1") || e.nameIs("h2") || e.nameIs("h3") || e.nameIs("h4") || e.nameIs("h5") || e.nameIs("h6")) {
        sectionId = e.id();
        sectionTitle = BodyWalk.text(e);
        headings.add(new Heading(e.tagName().charAt(1) - '0', sectionId, sectionTitle));
        continue;
      }
      boolean image = e.nameIs("img");
      String href = image ? e.attr("src") : e.attr("href");
      Position pos = new Position(file, parse(e.attr(Markdown.LINE_ATTR)), parse(e.attr(Markdown.COLUMN_ATTR)));
      e.removeAttr(Markdown.LINE_ATTR).removeAttr(Markdown.COLUMN_ATTR);
      e.attr(LINK_ATTR, String.valueOf(links.size()));
      links.add(new LinkRef(links.size(), href, image, pos, sectionId, sectionTitle, excerpt(e, excerpts)));
    }
    // uniqueIds read every id; only a placed claim adds one (its passage's, or an anchor's), so only then are they read again
    if (!placed.isEmpty()) for (Element e : root.select(WITH_ID)) ids.add(e.id());
    // the text is read for the word count anyway, so the search text of an uncleaned body (nearly all) costs nothing
    // more. It stays eager even for a site.yaml with `search: {article_text: false}`: only the load stage has the parse,
    // and it has no configuration (the config stage reads site.yaml after it, from what it loaded: Stages.front);
    // reading the text later would parse the body again, and handing load the config would make it reach forward.
    // Only a cleaned body pays one more text() below. The text and whether cleaning removes anything: one walk (BodyWalk)
    BodyWalk.Read read = BodyWalk.read(root);
    String writtenText = read.text();
    int words = Words.count(writtenText);
    String written = root.html();
    // most bodies have nothing to clean: their serialization is not made twice
    boolean same = read.clean() || !HtmlAllowlist.cleanInPlace(dom);
    String clean = same ? written : root.html();
    // cleaning edits the tree in place, so its text is the cleaned body's
    return new Body(same ? written : clean, List.copyOf(headings), java.util.Collections.unmodifiableSet(ids),
        List.copyOf(links), words, List.copyOf(placed), List.copyOf(active), written, same ? writtenText : root.text());
  }

  /** This body with its HTML as the author wrote it, for a guide whose site.yaml sets {@code unsafe_html: true}. */
  public Body asWritten() {
    // rare (unsafe_html with something to clean): the written body's text is read again
    String written = written();
    return written.equals(html()) ? this
        : new Body(written, headings, ids, links, words, claims, active, written, textOf(written));
  }

  /** The text of body HTML {@code html}, as Jsoup reads it ({@link #text}). */
  public static String textOf(String html) {
    return Jsoup.parseBodyFragment(html).body().text();
  }

  /**
   * Gives every element of {@code root} a unique id and returns them in document order. An id as
   * written (a heading's text, an author's {@code {#id}}) is kept where it first occurs and is not
   * reserved by the page ({@link dev.versus.web.Anchors}); a repeat or a reserved one gets the first free
   * {@code -1}, {@code -2}... that no other element uses as written. So in {@code # Header},
   * {@code # Header 1}, {@code # Header} a link to {@code #header-1} reaches "Header 1", and the
   * second "Header" is {@code header-2}.
   */
  private static Set<String> uniqueIds(List<Element> elements, Kind kind) {
    Set<String> written = new java.util.HashSet<>();
    for (Element e : elements) written.add(e.id());
    Set<String> ids = new LinkedHashSet<>();
    for (Element e : elements) {
      String id = e.id();
      if (ids.contains(id) || (kind != null && Anchors.isReserved(kind.page(), id))) {
        String base = id.isEmpty() ? "section" : id;
        // `## At a glance` on the home page: at-a-glance-1 would still look like the table's at- ids; so would
        // every suffix of `## Ahead` on a subject page (ahead-1, ahead-2: ahead-<subject>), and the search below
        // would never end: a base whose suffixed forms start like generated ids moves aside too
        if (kind != null && Anchors.byPrefix(kind.page(), base + "-")) base = "s-" + base;
        int n = 1;
        String next = base + "-" + n;
        while (written.contains(next) || ids.contains(next) || (kind != null && Anchors.isReserved(kind.page(), next))) {
          next = base + "-" + (++n);
        }
        e.id(next);
      }
      ids.add(e.id());
    }
    return ids;
  }

  /** The passage takes its first claim's id; each further claim gets an empty anchor inside it (in a row, in its first cell). */
  private static void placeClaims(Element passage, java.util.Map<String, ClaimMark> marks, String sectionId,
      String sectionTitle, List<ClaimMark> placed) {
    String[] claimIds = passage.attr(Markdown.CLAIM_ATTR).split(",");
    passage.removeAttr(Markdown.CLAIM_ATTR);
    String excerpt = cut(passage.text().strip());
    int anchors = 0;
    for (int i = 0; i < claimIds.length; i++) {
      ClaimMark m = marks.get(claimIds[i]);
      if (m == null) continue;
      placed.add(m.placed(sectionId, sectionTitle, excerpt));
      if (i == 0 && passage.id().isEmpty()) {
        passage.id(claimIds[i]);
      } else {
        Element holder = passage.nameIs("tr") && passage.childrenSize() > 0 ? passage.child(0) : passage;
        // in the order written, before the passage's text
        holder.insertChildren(anchors++, new Element("span").id(claimIds[i]));
      }
    }
  }

  private static String excerpt(Element link, java.util.Map<Element, String> excerpts) {
    Element block = link.closest(EXCERPT_BLOCK);
    Element of = block == null ? link : block;
    return excerpts.computeIfAbsent(of, b -> cut(BodyWalk.text(b).strip()));
  }

  /** {@code text} cut on a word boundary to at most {@value #EXCERPT_MAX} characters, with an ellipsis when cut. */
  static String cut(String text) {
    if (text.length() <= EXCERPT_MAX) return text;
    int cut = text.lastIndexOf(' ', EXCERPT_MAX);
    return text.substring(0, cut > 0 ? cut : EXCERPT_MAX) + "…";
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

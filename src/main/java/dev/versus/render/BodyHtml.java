package dev.versus.render;

import dev.versus.content.Body;
import dev.versus.content.Kind;
import dev.versus.model.CrossLink;
import dev.versus.model.Site;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Rewrites the links in a rendered body from what the author wrote to the site's URLs. */
final class BodyHtml {
  /** The start of an absolute URI: a scheme and its colon (RFC 3986, section 3.1). */
  private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
  private final Urls urls;
  private final boolean unsafeHtml;
  private final Map<Doc, List<CrossLink>> linksByDoc = new HashMap<>();
  /** The map the index was made from. */
  private final Map<String, List<CrossLink>> indexed;

  private record Doc(Kind kind, String slug) {}

  /**
   * Article bodies made once and not yet asked for again, by the very {@link Body} (each article has its own): what
   * {@link #html} gives depends only on the body, its slug and this object's fields. Kept for one render only
   * ({@link #oneRender}): the renderer that holds this object outlives a build in the preview server.
   */
  private final Map<Body, String> once = new java.util.IdentityHashMap<>();
  /**
   * Whether the print view shows the articles (site.yaml's {@code print: {articles: all}}): only then is an article's
   * body asked for twice, and kept for the second asker; with {@code articles: none} nothing would take it, and a
   * large guide's bodies would all be held until the build ends.
   */
  private final boolean twice;

  BodyHtml(Site site, Urls urls) {
    this.urls = urls;
    this.unsafeHtml = site.config().unsafeHtml();
    this.twice = site.config().outputs().printArticles();
    this.indexed = site.linksByDocument();
    for (List<CrossLink> links : site.linksByDocument().values()) {
      if (!links.isEmpty()) linksByDoc.put(new Doc(links.get(0).fromKind(), links.get(0).fromSlug()), links);
    }
  }

  /** Whether this serves {@code site} at {@code urls} as a new one would: the same map of links, the same settings. */
  boolean indexes(Site site, Urls urls) {
    return indexed == site.linksByDocument() && unsafeHtml == site.config().unsafeHtml()
        && twice == site.config().outputs().printArticles() && this.urls.equals(urls);
  }

  /** The links document {@code kind}/{@code slug} wrote, from an index (Site.linksFrom scans every link). */
  List<CrossLink> linksFrom(Kind kind, String slug) {
    return linksByDoc.getOrDefault(new Doc(kind, slug), List.of());
  }

  /**
   * Gives every id of {@code root} the {@code prefix}, and every in-page link ({@code #id}) with it: a
   * page that shows several bodies (the FAQ list, the print view) keeps its ids unique that way.
   */
  static void prefixIds(Element root, String prefix) {
    for (Element e : root.select("[id]")) e.id(prefix + e.id());
    for (Element a : root.select("a[href^=#]")) a.attr("href", "#" + prefix + a.attr("href").substring(1));
  }

  /** {@code html}, a rendered body, with {@link #prefixIds} applied. */
  static String prefixIds(String html, String prefix) {
    if (!html.contains(" id=\"") && !html.contains("href=\"#")) return html;
    Document dom = Jsoup.parseBodyFragment(html);
    dom.outputSettings().prettyPrint(false);
    prefixIds(dom.body(), prefix);
    return dom.body().html();
  }

  /**
   * {@code html} with every relative reference in an {@code href}, {@code src} or {@code poster} resolved
   * against {@code base}, the absolute URL of the page the body belongs to (RFC 3986, section 5.2): a body
   * read away from its page, as a feed entry is, keeps its footnotes ({@code #fn-1}) and cross-links
   * pointing at that page. A feed reader resolves a relative link against the feed's own URL unless it
   * honours the entry's {@code xml:base}, and many do not (jekyll/jekyll-feed#260). Absolute references
   * ({@code https:}, {@code mailto:}) are kept as written.
   */
  static String absolute(String html, String base) {
    Document dom = Jsoup.parseBodyFragment(html, base);
    dom.outputSettings().prettyPrint(false);
    for (Element e : dom.select("[href], [src], [poster]")) {
      for (String attr : List.of("href", "src", "poster")) {
        String value = e.attr(attr);
        if (value.isEmpty() || SCHEME.matcher(value).lookingAt()) continue;
        String resolved = e.absUrl(attr);
        if (!resolved.isEmpty()) e.attr(attr, resolved);
      }
    }
    return dom.body().html();
  }

  /**
   * The body of document {@code kind}/{@code slug} with every author link pointing at its page,
   * and, unless site.yaml sets {@code unsafe_html: true}, nothing that could run script ({@link SafeHtml}).
   */
  String html(Kind kind, String slug, Body body) {
    if (kind != Kind.ARTICLE || !twice) return made(kind, slug, body);
    // an article's body is shown twice in a build, on its page and in the print view, from two threads: the
    // second asks for what the first made (6% of a 4,000-article cold build's samples made it twice)
    synchronized (once) {
      String made = once.remove(body);
      if (made != null) return made;
    }
    String made = made(kind, slug, body);
    synchronized (once) {
      once.put(body, made);
    }
    return made;
  }

  /**
   * {@code render}'s result: one render of pages, which alone shares the bodies it makes between its pages. What it
   * kept for a second asker that never came (the preview server renders the print view and the feed only on request,
   * so a save's render shows an edited article's body once) is dropped when it ends, not held until the next one.
   */
  <T> T oneRender(java.util.function.Supplier<T> render) {
    forget();
    try {
      return render.get();
    } finally {
      forget();
    }
  }

  private void forget() {
    synchronized (once) {
      once.clear();
    }
  }

  /** How many bodies are kept for a second asker now. */
  int kept() {
    synchronized (once) {
      return once.size();
    }
  }

  private String made(Kind kind, String slug, Body body) {
    String html = linked(kind, slug, body);
    return unsafeHtml ? html : SafeHtml.clean(html);
  }

  private String linked(Kind kind, String slug, Body body) {
    if (body.links().isEmpty()) return body.html();
    Map<Integer, CrossLink> byIndex = new HashMap<>();
    for (CrossLink l : linksFrom(kind, slug)) byIndex.put(l.ref().index(), l);
    // the same edits as below, made on the text: a body is Jsoup's own output, so parsing it again is waste
    var tags = LinkAttrs.find(body.html(), Body.LINK_ATTR);
    if (tags.isPresent()) return rewrite(body.html(), tags.get(), byIndex);
    return withJsoup(body.html(), byIndex);
  }

  /** {@link #html} through a Jsoup DOM: the path for any body {@link LinkAttrs} does not read, and the reference in tests. */
  String withJsoup(String html, Map<Integer, CrossLink> byIndex) {
    Document dom = Jsoup.parseBodyFragment(html);
    dom.outputSettings().prettyPrint(false);
    for (Element e : dom.select("[" + Body.LINK_ATTR + "]")) {
      CrossLink l = byIndex.get(Integer.parseInt(e.attr(Body.LINK_ATTR)));
      e.removeAttr(Body.LINK_ATTR);
      if (l == null) continue;
      String href = urls.href(l.target());
      if (e.nameIs("img")) {
        e.attr("src", href);
        if (!e.hasAttr("loading")) e.attr("loading", "lazy");
      } else {
        e.attr("href", href);
        if (l.target() instanceof dev.versus.model.Target.External) e.attr("rel", "noopener");
      }
    }
    return dom.body().html();
  }

  /** {@link #html}'s edits on the text of each tag carrying a link index; the rest is copied as it is. */
  String rewrite(String html, List<LinkAttrs.Tag> tags, Map<Integer, CrossLink> byIndex) {
    StringBuilder out = new StringBuilder(html.length() + 64 * tags.size());
    int done = 0;
    for (LinkAttrs.Tag t : tags) {
      out.append(html, done, t.start());
      CrossLink l = byIndex.get(Integer.parseInt(t.attr(Body.LINK_ATTR)));
      t.remove(Body.LINK_ATTR);
      if (l != null) {
        String href = LinkAttrs.escape(urls.href(l.target()));
        if (t.name().equals("img")) {
          t.set("src", href);
          if (!t.has("loading")) t.set("loading", "lazy");
        } else {
          t.set("href", href);
          if (l.target() instanceof dev.versus.model.Target.External) t.set("rel", "noopener");
        }
      }
      t.appendTo(out, LinkAttrs.selfClosing(html, t));
      done = t.end();
    }
    return out.append(html, done, html.length()).toString();
  }
}

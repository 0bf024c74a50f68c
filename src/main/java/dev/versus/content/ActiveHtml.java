package dev.versus.content;

import dev.versus.diag.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Something in an author's raw HTML (or Markdown's {@code {onclick=...}} attributes and {@code data:}
 * links) that the page will not show unless site.yaml sets {@code unsafe_html: true}, because it is not on
 * {@link HtmlAllowlist}: an element ({@code <script>}, {@code <iframe>}, {@code <font>}...), an attribute
 * ({@code onclick}, {@code style}...) or a URL whose scheme is not a link's ({@code javascript:},
 * {@code vbscript:}, {@code data:} outside pictures). The load stage finds each occurrence with its position
 * ({@link #find}) to warn about it; {@link HtmlAllowlist#clean} removes exactly these. {@code what} names it for
 * the author, {@code `<script>` element}. Also an image without the {@code alt} HTML requires ({@link #NO_ALT}),
 * which cleaning gives an empty one instead of removing anything.
 */
public record ActiveHtml(Position at, String what) {
  private static final Set<String> URLS = Set.of("href", "src", "srcset", "cite", "poster", "action", "formaction",
      "data", "background", "xlink:href", "codebase", "dynsrc", "lowsrc");
  private static final Set<String> DOCUMENT = Set.of("html", "head", "body");
  /** {@code what} of an image without alt text ({@link HtmlAllowlist#lacksAlt}): given an empty one, not removed. */
  static final String NO_ALT = "`<img>` element without `alt`";
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
  /**
   * A cheap first look for the render stage's second pass (dev.versus.render.SafeHtml), which runs on bodies
   * {@link HtmlAllowlist#clean} has already cleaned: HTML without any of these needs no parsing there.
   */
  public static final Pattern SUSPECT = Pattern.compile(
      "<\\s*(script|iframe|frame|object|embed|applet|base|meta|link)|\\son[a-z]+\\s*=|script\\s*:|data\\s*:",
      Pattern.CASE_INSENSITIVE);

  /**
   * Whether element {@code e} is removed ({@link HtmlAllowlist#allows(Element)}). The {@code <html>},
   * {@code <head>} and {@code <body>} every parse makes are the document's, not the author's: an author's
   * own such tag only adds its attributes to them, and those are checked one by one.
   */
  public static boolean isActive(Element e) {
    return !HtmlAllowlist.allows(e) && !DOCUMENT.contains(e.normalName());
  }

  /** Whether attribute {@code a} of {@code e} is removed ({@link HtmlAllowlist#allows(Element, Attribute)}). */
  public static boolean isActive(Element e, Attribute a) {
    return !HtmlAllowlist.allows(e, a);
  }

  /**
   * Every removal in {@code root} and below, in document order, each placed by {@code at} (from a
   * position-tracking parse). An element the parser made up ({@code <html>}, {@code <body>} around a
   * fragment) is not the author's; an element removed with its content ({@link HtmlAllowlist#DROPPED_WITH_CONTENT})
   * takes what it holds along, and an element unwrapped inside another removed one is not listed again.
   */
  public static List<ActiveHtml> find(Element root, java.util.function.Function<org.jsoup.nodes.Range, Position> at) {
    List<ActiveHtml> out = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e instanceof org.jsoup.nodes.Document || e.sourceRange().isImplicit()) continue;
      boolean insideRemoved = false;
      boolean insideDropped = false;
      for (Element p : e.parents()) {
        if (p instanceof org.jsoup.nodes.Document || p.sourceRange().isImplicit()) continue;
        insideRemoved |= isActive(p);
        insideDropped |= isActive(p) && HtmlAllowlist.dropsContent(p);
      }
      if (insideDropped) continue;
      if (isActive(e)) {
        if (!insideRemoved) out.add(new ActiveHtml(at.apply(e.sourceRange()), "`<" + e.normalName() + ">` element"));
        continue;
      }
      // an image inside an unwrapped element is still published: it gets its empty alt wherever it stands
      if (HtmlAllowlist.lacksAlt(e)) out.add(new ActiveHtml(at.apply(e.sourceRange()), NO_ALT));
      Repairs.neededInPiece(e).or(() -> Repairs.leftOpen(e)).ifPresent(k -> out.add(new ActiveHtml(at.apply(e.sourceRange()), k.message)));
      for (Attribute a : e.attributes().asList()) {
        if (!isActive(e, a)) continue;
        org.jsoup.nodes.Range range = a.sourceRange().nameRange();
        org.jsoup.nodes.Range where = range.isTracked() ? range : e.sourceRange();
        out.add(new ActiveHtml(at.apply(where), HtmlAllowlist.badValue(e, a)
            ? "`" + a.getKey() + "` attribute with the value `" + a.getValue() + "`, which HTML does not take there," : describe(a)));
      }
    }
    return out;
  }

  /**
   * How the author reads removed attribute {@code a}: {@code `javascript:` URL in `href`} for a URL with a
   * scheme, else {@code `onclick` attribute}.
   */
  static String describe(Attribute a) {
    String v = a.getValue().replaceAll("[\\x00-\\x20\\x7f]+", "").toLowerCase(Locale.ROOT);
    java.util.regex.Matcher scheme = SCHEME.matcher(v);
    return URLS.contains(a.getKey().toLowerCase(Locale.ROOT)) && scheme.find()
        ? "`" + scheme.group(1) + ":` URL in `" + a.getKey() + "`" : "`" + a.getKey() + "` attribute";
  }

  /** What the author reads: what was removed, why, and the two ways out; or what an image without alt text gets. */
  public String message() {
    if (Repairs.isMessage(what)) return what;
    if (what.equals(NO_ALT)) {
      return NO_ALT + " (HTML requires it): published with `alt=\"\"`, which tells screen readers the picture is"
          + " decoration; write `alt=\"…\"` with what the picture shows, or `alt=\"\"` yourself if it is decoration";
    }
    return what + " removed: raw HTML is published with only the elements, attributes and URL schemes listed in"
        + " docs/content-model.md, nothing that can run script or pull in other pages; remove it, or set"
        + " `unsafe_html: true` in site.yaml to publish raw HTML as written";
  }
}

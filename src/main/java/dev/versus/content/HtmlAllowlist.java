package dev.versus.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The HTML a body is published with unless site.yaml sets {@code unsafe_html: true}: an allowlist (a
 * jsoup {@link Safelist}, as OWASP's XSS prevention cheat sheet advises over a list of bad things), holding
 * what Markdown's output and the theme need (headings, lists, tables with their {@code align}, code with its
 * {@code language-} class, footnotes' ids and links, images) and the prose elements authors reach for
 * ({@code <details>}, {@code <abbr>}, {@code <kbd>}, {@code <sup>}, {@code <figure>}, {@code <video>}...).
 * Anything else is removed: an element not on the list is unwrapped (its text stays) unless it holds code
 * ({@link #DROPPED_WITH_CONTENT}), an attribute not listed for its element goes, and a
 * URL is kept only when relative or with the {@code http}, {@code https}, {@code mailto} or {@code tel}
 * scheme, or, as an image's {@code src}, a {@code data:} URL of a raster picture. Comments go too.
 * The load stage lists each removal with its position ({@link ActiveHtml#find}); {@link #clean} removes them.
 */
public final class HtmlAllowlist {
  /**
   * Elements removed with everything inside them: what they hold is code, or text a browser with script on
   * never shows. Any other element off the list is unwrapped, its text kept: an {@code <object>}'s fallback,
   * the text of an {@code <svg>} (jsoup, unlike browsers, lets an unclosed {@code <svg>} hold the paragraphs
   * after it, which must not vanish with it).
   */
  static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "style", "template", "iframe", "noscript", "noembed",
      "noframes", "title");
  /** {@link #DROPPED_WITH_CONTENT} as a selector, parsed once rather than at every body. */
  private static final org.jsoup.select.Evaluator DROPPED =
      org.jsoup.select.QueryParser.parse(String.join(",", DROPPED_WITH_CONTENT));
  /** Attributes that carry a URL, each checked by {@link #urlAllowed}. */
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "cite", "poster");
  /**
   * Schemes a link may use; a picture's {@code src} may also be a raster {@code data:} URL. {@code source:} is
   * Versus's own citation link ({@code [the guide](source:guide-2024)}), which the model stage resolves to the
   * sources page or reports as unknown (model.LinkResolver): it never reaches a page as written.
   */
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel", "source");
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
  private static final Pattern RASTER = Pattern.compile("^data:image/(png|jpeg|jpg|gif|webp|avif|bmp)[;,]");
  /** What a browser ignores in a URL: ASCII whitespace and controls (WHATWG URL, "remove all ASCII tab or newline"). */
  private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7f]+");
  private static final Safelist LIST = new Rules();
  /** HTML's "valid non-negative integer", and the same above zero and with a sign (HTML, 2.3.4.1). */
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern POSITIVE = Pattern.compile("0*[1-9][0-9]*");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  /**
   * Listed attributes whose values HTML restricts to a number or a keyword, by name (each is listed only on elements
   * where HTML gives it that meaning), or by element and name ({@code ol type}; a {@code source}'s is a media type):
   * a value outside, such as a README's {@code width="50%"}, made the page invalid HTML, so it is removed (with its
   * warning) like an attribute off the list.
   */
  private static final java.util.Map<String, Pattern> VALUES = java.util.Map.ofEntries(java.util.Map.entry("width", DIGITS),
      java.util.Map.entry("height", DIGITS), java.util.Map.entry("colspan", POSITIVE), java.util.Map.entry("rowspan", DIGITS),
      java.util.Map.entry("span", POSITIVE), java.util.Map.entry("start", INTEGER), java.util.Map.entry("value", INTEGER),
      java.util.Map.entry("ol type", Pattern.compile("[1aAiI]")), java.util.Map.entry("time datetime", Repairs.TIME_DATETIME),
      java.util.Map.entry("del datetime", Repairs.EDIT_DATETIME), java.util.Map.entry("ins datetime", Repairs.EDIT_DATETIME),
      java.util.Map.entry("loading", keywords("lazy", "eager")), java.util.Map.entry("decoding", keywords("sync", "async", "auto")),
      java.util.Map.entry("preload", keywords("", "none", "metadata", "auto")),
      java.util.Map.entry("kind", keywords("subtitles", "captions", "descriptions", "chapters", "metadata")),
      java.util.Map.entry("scope", keywords("row", "col", "rowgroup", "colgroup")),
      // a boolean attribute is present or not: its value is empty or its own name (HTML, 2.3.2)
      java.util.Map.entry("reversed", keywords("", "reversed")), java.util.Map.entry("open", keywords("", "open")),
      java.util.Map.entry("controls", keywords("", "controls")), java.util.Map.entry("loop", keywords("", "loop")),
      java.util.Map.entry("muted", keywords("", "muted")), java.util.Map.entry("playsinline", keywords("", "playsinline")),
      java.util.Map.entry("default", keywords("", "default")));
  /** The attribute names {@link #VALUES} checks, whatever the element: their values decide whether they stay. */
  private static final Set<String> VALUED = VALUES.keySet().stream().map(k -> k.substring(k.lastIndexOf(' ') + 1))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private HtmlAllowlist() {}

  /** A keyword attribute's values, in any case (HTML's keywords are ASCII case-insensitive). */
  private static Pattern keywords(String... values) {
    return Pattern.compile(String.join("|", values), Pattern.CASE_INSENSITIVE);
  }

  /** Whether element {@code e} is published; one that is not loses its tag and, for {@link #DROPPED_WITH_CONTENT}, its content. */
  public static boolean allows(Element e) {
    return LIST.isSafeTag(e.normalName());
  }

  /** Whether attribute {@code a} of {@code e} is published: listed for its element, and a URL that runs no code. */
  public static boolean allows(Element e, Attribute a) {
    return LIST.isSafeAttribute(e.normalName(), e, a);
  }

  /** Whether attribute {@code a}, listed for {@code e}, has a value HTML does not take ({@link #VALUES}): it is removed. */
  static boolean badValue(Element e, Attribute a) {
    String key = a.getKey().toLowerCase(Locale.ROOT);
    Pattern values = VALUES.getOrDefault(e.normalName() + " " + key, VALUES.get(key));
    return values != null && LIST.isSafeTag(e.normalName()) && !values.matcher(a.getValue()).matches();
  }

  /**
   * Whether {@link #allows(Element, Attribute)} reads the value of an attribute named {@code key}: for a URL, and for
   * a name whose values HTML restricts ({@link #VALUES}, {@link #badValue}). For any other, the answer depends on the
   * element's name and {@code key} alone (the list sets no protocols and no enforced attributes, the only places
   * jsoup's {@link Safelist} reads a value), so a caller may reuse it.
   */
  static boolean readsValue(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return URL_ATTRIBUTES.contains(k) || VALUED.contains(k);
  }

  /**
   * Whether {@code e} is an image without the {@code alt} attribute HTML requires of it (HTML, 4.8.4.4: without one
   * the page is invalid, and a screen reader reads out the file's name). Cleaning gives it an empty one, which says
   * the picture is decoration ({@link ActiveHtml#NO_ALT} tells the author); Markdown's images always have one.
   */
  static boolean lacksAlt(Element e) {
    return e.nameIs("img") && !e.hasAttr("alt");
  }

  /** Whether {@code e}'s content goes with it when it is removed. */
  static boolean dropsContent(Element e) {
    return DROPPED_WITH_CONTENT.contains(e.normalName());
  }

  /**
   * The body of {@code dirty} (a parsed body fragment, changed by this call) as published: what is not on
   * the list removed as the type says, comments and script text too. Cleaned in place rather than copied as
   * jsoup's {@code Cleaner} does, so that a body with nothing to remove is serialized byte for byte as before
   * (a copy writes {@code <video controls>} as {@code controls=""}).
   */
  public static String clean(Document dirty) {
    cleanInPlace(dirty);
    return dirty.body().html();
  }

  /**
   * {@link #clean}'s edits alone, made on {@code dirty}: whether anything was removed (or an image given its empty
   * {@code alt}, {@link #lacksAlt}, or HTML the Nu checker rejects there mended, {@link Repairs}). Nothing removed, the
   * body serializes as it did before, so a caller holding that serialization need not make it again.
   */
  public static boolean cleanInPlace(Document dirty) {
    Element body = dirty.body();
    org.jsoup.select.Elements dropped = body.select(DROPPED);
    boolean changed = !dropped.isEmpty();
    dropped.remove();
    // comments go (IE's conditional comments ran script), and script text outside the dropped elements
    int[] removed = {0};
    body.forEachNode(n -> {
      if (n instanceof org.jsoup.nodes.Comment || n instanceof org.jsoup.nodes.DataNode) {
        n.remove();
        removed[0]++;
      }
    });
    changed |= removed[0] > 0;
    for (Element e : body.getAllElements()) {
      if (e == body) continue;
      for (Attribute a : e.attributes().asList()) {
        if (!LIST.isSafeAttribute(e.normalName(), e, a)) {
          e.removeAttr(a.getKey());
          changed = true;
        }
      }
      if (!allows(e)) {
        e.unwrap();
        changed = true;
      } else if (lacksAlt(e)) {
        e.attr("alt", "");
        changed = true;
      } else {
        java.util.Optional<Repairs.Kind> mend = Repairs.needed(e);
        if (mend.isPresent()) {
          Repairs.mend(e, mend.get());
          changed = true;
        }
      }
    }
    return changed;
  }

  /**
   * Whether URL {@code value} of attribute {@code attr} on {@code tag} runs no code: relative, or with a
   * scheme of {@link #LINK_SCHEMES}, or a raster {@code data:} picture as an image's source. Browsers drop
   * whitespace and controls anywhere in a scheme ({@code java&#x09;script:} runs), so they are ignored here
   * too; jsoup has already decoded entities. Each candidate of a {@code srcset} is checked.
   */
  static boolean urlAllowed(String tag, String attr, String value) {
    // nearly every URL has no control character or space: the regex replacement is skipped for those
    String v = (hasIgnored(value) ? IGNORED.matcher(value).replaceAll("") : value).toLowerCase(Locale.ROOT);
    if (attr.equals("srcset")) {
      for (String candidate : v.split(",")) {
        if (!urlAllowed(tag, "src", candidate)) return false;
      }
      return true;
    }
    Matcher m = SCHEME.matcher(v);
    if (!m.find()) return true;
    if (LINK_SCHEMES.contains(m.group(1))) return true;
    return (tag.equals("img") || tag.equals("source")) && attr.equals("src") && RASTER.matcher(v).find();
  }

  /** Whether {@code value} holds a character {@link #IGNORED} matches. */
  private static boolean hasIgnored(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c == 0x7f) return true;
    }
    return false;
  }

  /** The tables: element names, then the attributes each may carry ({@code :all}, any element). */
  private static final class Rules extends Safelist {
    Rules() {
      addTags("a", "abbr", "audio", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
          "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2",
          "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q",
          "rp", "rt", "ruby", "s", "samp", "small", "source", "span", "strong", "sub", "summary", "sup", "table",
          "tbody", "td", "tfoot", "th", "thead", "time", "tr", "track", "u", "ul", "var", "video", "wbr");
      addAttributes(":all", "id", "class", "title", "lang", "dir");
      // data-vs-link: Versus' own mark of the link the render stage rewrites (Body.LINK_ATTR)
      addAttributes("a", "href", "rel", "hreflang", Body.LINK_ATTR);
      addAttributes("img", "src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding", Body.LINK_ATTR);
      addAttributes("pre", "data-lang");
      addAttributes("ol", "start", "type", "reversed");
      addAttributes("li", "value");
      addAttributes("td", "align", "colspan", "rowspan", "headers");
      addAttributes("th", "align", "colspan", "rowspan", "headers", "scope", "abbr");
      addAttributes("col", "span");
      addAttributes("colgroup", "span");
      addAttributes("blockquote", "cite");
      addAttributes("q", "cite");
      addAttributes("del", "cite", "datetime");
      addAttributes("ins", "cite", "datetime");
      addAttributes("time", "datetime");
      addAttributes("details", "open");
      addAttributes("audio", "src", "controls", "loop", "muted", "preload");
      addAttributes("video", "src", "poster", "controls", "loop", "muted", "preload", "playsinline", "width", "height");
      addAttributes("source", "src", "srcset", "sizes", "type", "media", "width", "height");
      addAttributes("track", "src", "kind", "srclang", "label", "default");
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
      if (!super.isSafeAttribute(tagName, el, attr) || badValue(el, attr)) return false;
      String key = attr.getKey().toLowerCase(Locale.ROOT);
      return !URL_ATTRIBUTES.contains(key) || urlAllowed(tagName, key, attr.getValue());
    }
  }
}

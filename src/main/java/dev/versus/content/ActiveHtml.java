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
 * links) that could run script, and so is removed from the page unless
 * site.yaml sets {@code unsafe_html: true}: an element that loads or runs code ({@code <script>},
 * {@code <iframe>}...), an {@code on*} event attribute, or a URL with the {@code javascript:},
 * {@code vbscript:} or (outside images) {@code data:} scheme. The rules live here, once: the load stage
 * finds each occurrence with its position ({@link #find}) to warn about it, and the render stage removes
 * exactly these (dev.versus.render.SafeHtml). {@code what} names it for the author, {@code `<script>` element}.
 */
public record ActiveHtml(Position at, String what) {
  private static final Set<String> ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
      "applet", "base", "meta", "link");
  /** A cheap first look: HTML without any of these holds nothing to remove and needs no parsing. */
  public static final Pattern SUSPECT = Pattern.compile(
      "<\\s*(script|iframe|frame|object|embed|applet|base|meta|link)|\\son[a-z]+\\s*=|script\\s*:|data\\s*:",
      Pattern.CASE_INSENSITIVE);

  /** Whether element {@code e} is removed whole, with everything inside it. */
  public static boolean isActive(Element e) {
    return ELEMENTS.contains(e.normalName());
  }

  /** Whether attribute {@code a} of {@code e} is removed: an event handler, or a URL whose scheme runs code. */
  public static boolean isActive(Element e, Attribute a) {
    return a.getKey().toLowerCase(Locale.ROOT).startsWith("on") || runsScript(e, a);
  }

  /**
   * Every occurrence in {@code root} and below, in document order, each placed by {@code at} (from a
   * position-tracking parse). What lies inside a removed element goes with it and is not listed again.
   */
  public static List<ActiveHtml> find(Element root, java.util.function.Function<org.jsoup.nodes.Range, Position> at) {
    List<ActiveHtml> out = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e.parents().stream().anyMatch(ActiveHtml::isActive)) continue;
      if (isActive(e)) {
        out.add(new ActiveHtml(at.apply(e.sourceRange()), "`<" + e.normalName() + ">` element"));
        continue;
      }
      for (Attribute a : e.attributes().asList()) {
        if (!isActive(e, a)) continue;
        org.jsoup.nodes.Range range = a.sourceRange().nameRange();
        org.jsoup.nodes.Range where = range.isTracked() ? range : e.sourceRange();
        out.add(new ActiveHtml(at.apply(where), describe(a)));
      }
    }
    return out;
  }

  /** How the author reads removed attribute {@code a}: {@code `onclick` attribute}, {@code `javascript:` URL in `href`}. */
  static String describe(Attribute a) {
    return a.getKey().toLowerCase(Locale.ROOT).startsWith("on") ? "`" + a.getKey() + "` attribute"
        : "`" + scheme(a) + ":` URL in `" + a.getKey() + "`";
  }

  /** What the author reads: what was removed, why, and the two ways out. */
  public String message() {
    return what + " removed: HTML that can run script or pull in other pages is not published; remove it, or set"
        + " `unsafe_html: true` in site.yaml to publish raw HTML as written";
  }

  /** Whether {@code a}'s value is a URL whose scheme runs code; browsers ignore whitespace and controls inside it. */
  private static boolean runsScript(Element e, Attribute a) {
    String v = plain(a);
    if (v.startsWith("javascript:") || v.startsWith("vbscript:")) return true;
    return v.startsWith("data:") && !((e.normalName().equals("img") || e.normalName().equals("source"))
        && (a.getKey().equals("src") || a.getKey().equals("srcset")) && v.startsWith("data:image/") && !v.startsWith("data:image/svg"));
  }

  private static String plain(Attribute a) {
    return a.getValue().replaceAll("[\\x00-\\x20\\x7f]+", "").toLowerCase(Locale.ROOT);
  }

  private static String scheme(Attribute a) {
    String v = plain(a);
    return v.substring(0, v.indexOf(':'));
  }
}

package dev.versus.content;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Allowed raw HTML that the Nu Html Checker still rejects where the author put it, each mended so that every page
 * stays valid HTML, with a warning at the element naming what to write (round 8's tester): an item outside a list,
 * a {@code <summary>} left open over its details' paragraphs, a {@code <bdo>} without the {@code dir} it exists for,
 * a {@code <time>} with no date or time HTML can read, and (round 10) a caption, term, description, ruby text,
 * source or track outside the element HTML takes it in. Where an element stands is read in the whole parsed body
 * ({@link #inBody}), so {@code <video>} and its {@code <track>} written as two inline tags are one video. (An image without {@code alt} is {@link HtmlAllowlist#lacksAlt};
 * a {@code datetime} that is no date is a value HTML does not take, removed by {@link HtmlAllowlist#badValue}.)
 */
final class Repairs {
  private Repairs() {}

  /** The mends, each with what the author reads. */
  enum Kind {
    STRAY_ITEM("`<li>` element outside a list (`<ul>`, `<ol>`), which HTML does not take: published as its content;"
        + " write the items inside `<ul>…</ul>` or `<ol>…</ol>`, or as a Markdown list"),
    OPEN_SUMMARY("`<summary>` element that holds its details' paragraphs (HTML takes only text in it): closed before"
        + " the first of them; write `</summary>` right after the summary's text"),
    BDO_WITHOUT_DIR("`<bdo>` element without `dir`, which HTML requires: published as its content; write"
        + " `dir=\"rtl\"` or `dir=\"ltr\"`"),
    TIME_WITHOUT_DATE("`<time>` element without a date or time HTML can read, in its `datetime` or its text: published"
        + " as its content; write `datetime=\"2026-12-07\"` (or `2026-12-07T18:30Z`, `18:30`, `2026-12`)"),
    STRAY_CAPTION("`<figcaption>` element outside a `<figure>` (or neither its first nor its last part), which HTML does"
        + " not take: published as its content; write it first or last inside `<figure>…</figure>`"),
    STRAY_TERM("`<dt>` element outside a description list (`<dl>`), which HTML does not take: published as its content;"
        + " write the terms and their descriptions inside `<dl>…</dl>`"),
    STRAY_DESCRIPTION("`<dd>` element outside a description list (`<dl>`), which HTML does not take: published as its"
        + " content; write the terms and their descriptions inside `<dl>…</dl>`"),
    STRAY_RUBY_TEXT("`<rt>` element outside `<ruby>`, which HTML does not take: published as its content; write"
        + " `<ruby>漢<rt>kan</rt></ruby>`"),
    STRAY_RUBY_PARENTHESIS("`<rp>` element outside `<ruby>`, which HTML does not take: published as its content; write"
        + " `<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>`"),
    STRAY_SOURCE("`<source>` element outside `<picture>`, `<video>` or `<audio>` (or after their other content), which"
        + " HTML does not take: left out; write the sources first inside `<picture>` (before its `<img>`), or inside a"
        + " `<video>` or `<audio>` without `src`"),
    STRAY_TRACK("`<track>` element outside `<video>` or `<audio>` (or after their other content), which HTML does not"
        + " take: left out; write the tracks inside `<video>…</video>` or `<audio>…</audio>`, after its sources");

    final String message;

    Kind(String message) {
      this.message = message;
    }
  }

  private static final String YEAR = "[0-9]{4,}";
  private static final String MONTH = YEAR + "-(0[1-9]|1[0-2])";
  private static final String DAY = "(0[1-9]|[12][0-9]|3[01])";
  private static final String DATE = MONTH + "-" + DAY;
  private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,3})?)?";
  private static final String ZONE = "(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])";
  private static final String GLOBAL = DATE + "[T ]" + TIME + ZONE;
  private static final String DURATION = "P([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]{1,3})?S)?)?"
      + "|(\\s*[0-9]+(\\.[0-9]{1,3})?\\s*[WwDdHhMmSs])+\\s*";
  /**
   * HTML's "valid date string with optional time" ({@code del}, {@code ins}: 4.7.3) and its {@code time} element's
   * datetime value (4.5.14: a month, date, yearless date, time, local or global date and time, time-zone offset,
   * week, year or duration). The day is not checked against its month's length.
   */
  static final Pattern EDIT_DATETIME = Pattern.compile(DATE + "|" + GLOBAL);
  static final Pattern TIME_DATETIME = Pattern.compile(String.join("|", MONTH, DATE, "(--)?(0[1-9]|1[0-2])-" + DAY, TIME,
      DATE + "[T ]" + TIME, GLOBAL, ZONE, YEAR + "-W(0[1-9]|[1-4][0-9]|5[0-3])", YEAR, DURATION));

  /** Whether {@code what} of an {@link ActiveHtml} is one of these mends' messages, read as it is. */
  static boolean isMessage(String what) {
    for (Kind k : Kind.values()) {
      if (k.message.equals(what)) return true;
    }
    return false;
  }

  /**
   * The elements whose mend depends on where they stand (their parent, their siblings, a time's text): judged in the
   * whole body ({@link #inBody}), never in one piece of raw HTML, where an inline tag of a Markdown paragraph is a
   * piece of its own ({@code <video>} and its {@code <track>} are two pieces there). A jsoup query.
   */
  static final String IN_CONTEXT = "li, time, figcaption, dt, dd, rt, rp, source, track";
  /** The attribute that carries an {@link #IN_CONTEXT} element's {@code line:column} from its piece to the whole body. */
  static final String AT_ATTR = Markdown.AT_ATTR;
  private static final java.util.Set<String> IN_CONTEXT_NAMES = java.util.Set.of(IN_CONTEXT.split(", "));
  private static final org.jsoup.select.Evaluator MARKED = org.jsoup.select.QueryParser.parse("[" + AT_ATTR + "]");

  /** The mend {@code e} needs, if any (for {@code time}, its {@code datetime} counts only when HTML takes it). */
  static Optional<Kind> needed(Element e) {
    // every element of every body is asked: the parent is looked up only for the elements judged by it
    String name = e.normalName();
    Element parent = IN_CONTEXT_NAMES.contains(name) ? publishedParent(e) : null;
    switch (name) {
      case "li":
        return parent == null || parent.nameIs("ul") || parent.nameIs("ol") || parent.nameIs("menu")
            ? Optional.empty() : Optional.of(Kind.STRAY_ITEM);
      case "figcaption":
        // HTML 4.4.13: a figure's caption is its first or its last part, and it has one
        boolean placed = parent != null && parent.nameIs("figure") && (onlyBefore(e)
            || onlySpaceAfter(e) && e.previousElementSiblings().stream().noneMatch(s -> s.nameIs("figcaption")));
        return placed ? Optional.empty() : Optional.of(Kind.STRAY_CAPTION);
      case "dt":
      case "dd":
        // HTML 4.4.9: in a dl, or in a div that is a dl's child
        boolean listed = parent != null && (parent.nameIs("dl")
            || parent.nameIs("div") && publishedParent(parent) != null && publishedParent(parent).nameIs("dl"));
        return listed ? Optional.empty() : Optional.of(e.nameIs("dt") ? Kind.STRAY_TERM : Kind.STRAY_DESCRIPTION);
      case "rt":
      case "rp":
        return parent != null && parent.nameIs("ruby") ? Optional.empty()
            : Optional.of(e.nameIs("rt") ? Kind.STRAY_RUBY_TEXT : Kind.STRAY_RUBY_PARENTHESIS);
      case "source":
        // HTML 4.8.2, 4.8.8: a picture's or a media element's first parts; a media element with src takes none
        boolean media = parent != null && (parent.nameIs("video") || parent.nameIs("audio")) && !parent.hasAttr("src");
        return (media || parent != null && parent.nameIs("picture")) && onlyBefore(e, "source") ? Optional.empty()
            : Optional.of(Kind.STRAY_SOURCE);
      case "track":
        return parent != null && (parent.nameIs("video") || parent.nameIs("audio")) && onlyBefore(e, "source", "track")
            ? Optional.empty() : Optional.of(Kind.STRAY_TRACK);
      case "summary":
        return firstBlock(e).isPresent() ? Optional.of(Kind.OPEN_SUMMARY) : Optional.empty();
      case "bdo":
        return e.hasAttr("dir") ? Optional.empty() : Optional.of(Kind.BDO_WITHOUT_DIR);
      case "time":
        // a datetime HTML does not take is removed ({@link HtmlAllowlist#badValue}): then the text must be one
        boolean dated = e.hasAttr("datetime") && TIME_DATETIME.matcher(e.attr("datetime")).matches()
            || TIME_DATETIME.matcher(e.text()).matches();
        return dated ? Optional.empty() : Optional.of(Kind.TIME_WITHOUT_DATE);
      default:
        return Optional.empty();
    }
  }

  /**
   * The parent {@code e} has once the body is cleaned: its nearest ancestor on the allowlist (the others are unwrapped
   * before {@code e} is judged, {@link HtmlAllowlist#cleanInPlace}), or null at the body's top.
   */
  private static Element publishedParent(Element e) {
    Element p = e.parent();
    while (p != null && !p.nameIs("body") && !HtmlAllowlist.allows(p)) p = p.parent();
    return p;
  }

  /** Whether every node before {@code e} in its parent is white space or an element named in {@code names} (none: only white space). */
  private static boolean onlyBefore(Element e, String... names) {
    for (Node n = e.previousSibling(); n != null; n = n.previousSibling()) {
      if (n instanceof Element s ? !java.util.Arrays.asList(names).contains(s.normalName()) : !blank(n)) return false;
    }
    return true;
  }

  private static boolean onlySpaceAfter(Element e) {
    for (Node n = e.nextSibling(); n != null; n = n.nextSibling()) {
      if (!blank(n)) return false;
    }
    return true;
  }

  /** A text node of white space, or a comment (cleaning removes every comment). */
  private static boolean blank(Node n) {
    return n instanceof org.jsoup.nodes.TextNode t && t.isBlank() || n instanceof org.jsoup.nodes.Comment;
  }

  /**
   * The mends the {@link #IN_CONTEXT} elements of a whole parsed body need, each at the position its piece of raw
   * HTML gave it ({@link #AT_ATTR}, which this removes from every element of {@code root}), in document order. An
   * element inside one removed with its content ({@code <template>}) is not published, so needs no mend.
   */
  static java.util.List<ActiveHtml> inBody(Element root, String file) {
    java.util.List<ActiveHtml> out = new java.util.ArrayList<>();
    for (Element e : root.select(MARKED)) {
      String[] at = e.attr(AT_ATTR).split(":");
      e.removeAttr(AT_ATTR);
      if (e.parents().stream().anyMatch(HtmlAllowlist::dropsContent) || !HtmlAllowlist.allows(e)) continue;
      needed(e).ifPresent(k -> out.add(new ActiveHtml(
          new dev.versus.diag.Position(file, Integer.parseInt(at[0]), Integer.parseInt(at[1])), k.message)));
    }
    return out;
  }

  /** {@code found} (of the pieces) and {@code mends} (of the whole body) together, by line and column. */
  static java.util.List<ActiveHtml> withMends(java.util.List<ActiveHtml> found, java.util.List<ActiveHtml> mends) {
    if (mends.isEmpty()) return found;
    java.util.List<ActiveHtml> all = new java.util.ArrayList<>(found);
    all.addAll(mends);
    all.sort(java.util.Comparator.comparingInt((ActiveHtml a) -> a.at().line()).thenComparingInt(a -> a.at().column()));
    return all;
  }

  /**
   * {@link Kind#OPEN_SUMMARY} for a {@code <summary>} of a raw HTML block, read alone, that neither it nor its
   * {@code <details>} closes: the Markdown after the block (a paragraph at least) then lands inside it, which
   * {@link #needed} finds only in the whole body, where the warning has no position.
   */
  static Optional<Kind> leftOpen(Element e) {
    Element details = e.parent();
    // an element the parser closed at the end of the block has an implicit end (jsoup tracks it so)
    boolean open = e.nameIs("summary") && e.endSourceRange().isImplicit()
        && details != null && details.nameIs("details") && details.endSourceRange().isImplicit();
    return open ? Optional.of(Kind.OPEN_SUMMARY) : Optional.empty();
  }

  /**
   * {@link #needed} as read in one piece of raw HTML ({@link ActiveHtml#find}): only for the elements whose mend the
   * piece alone decides ({@code <bdo>}, {@code <summary>}); the {@link #IN_CONTEXT} ones are judged in the whole body.
   */
  static Optional<Kind> neededInPiece(Element e) {
    return IN_CONTEXT_NAMES.contains(e.normalName()) ? Optional.empty() : needed(e);
  }

  /** Mends {@code e} as {@code kind} says: the element unwrapped, or the summary closed before its first block. */
  static void mend(Element e, Kind kind) {
    if (kind != Kind.OPEN_SUMMARY) {
      e.unwrap();
      return;
    }
    Element block = firstBlock(e).orElseThrow();
    // the first block and all after it leave the summary, in their order, right after it: inside the details
    java.util.List<Node> moved = new java.util.ArrayList<>(e.childNodes().subList(block.siblingIndex(), e.childNodeSize()));
    Node last = e;
    for (Node n : moved) {
      n.remove();
      last.after(n);
      last = n;
    }
  }

  /** The first child of {@code summary} that is neither text nor phrasing content nor a heading (HTML, 4.11.2). */
  private static Optional<Element> firstBlock(Element summary) {
    for (Element child : summary.children()) {
      boolean heading = child.normalName().length() == 2 && child.normalName().charAt(0) == 'h'
          && Character.isDigit(child.normalName().charAt(1));
      if (!child.tag().isInline() && !heading) return Optional.of(child);
    }
    return Optional.empty();
  }
}

package dev.versus.content;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Allowed raw HTML that the Nu Html Checker still rejects where the author put it, each mended so that every page
 * stays valid HTML, with a warning at the element naming what to write (round 8's tester): an item outside a list,
 * a {@code <summary>} left open over its details' paragraphs, a {@code <bdo>} without the {@code dir} it exists for,
 * and a {@code <time>} with no date or time HTML can read. (An image without {@code alt} is {@link HtmlAllowlist#lacksAlt};
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
        + " as its content; write `datetime=\"2026-12-07\"` (or `2026-12-07T18:30Z`, `18:30`, `2026-12`)");

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

  /** The mend {@code e} needs, if any (for {@code time}, its {@code datetime} counts only when HTML takes it). */
  static Optional<Kind> needed(Element e) {
    switch (e.normalName()) {
      case "li":
        Element parent = e.parent();
        return parent == null || parent.nameIs("ul") || parent.nameIs("ol") || parent.nameIs("menu")
            ? Optional.empty() : Optional.of(Kind.STRAY_ITEM);
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
   * {@link #needed} as read in one piece of raw HTML ({@link ActiveHtml#find}): an item's parent and a time's text are
   * known there only when the piece holds the element's end tag too; an inline tag of a Markdown paragraph is a
   * piece of its own, {@code <time>} without its text.
   */
  static Optional<Kind> neededInPiece(Element e) {
    boolean whole = !e.endSourceRange().isImplicit() || !(e.nameIs("li") || e.nameIs("time"));
    return whole ? needed(e) : Optional.empty();
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

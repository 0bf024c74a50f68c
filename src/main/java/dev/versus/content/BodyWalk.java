package dev.versus.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks of a parsed body ({@link Body#of}) that stand for several of jsoup's own: the elements {@link Body} reads
 * its facts from, found in one walk rather than two {@code select} queries (each evaluates its selector at every
 * element through streams); and the body's text as jsoup's {@code Element.text()} gives it, read in the same walk
 * that says whether {@link HtmlAllowlist#cleanInPlace} would remove anything (a second walk of its own otherwise,
 * and three inside the cleaning). The text is jsoup 1.21's {@code Element.TextAccumulator} and
 * {@code StringUtil.appendNormalisedWhitespace} restated over {@code char}s, copying runs of ordinary characters
 * at once (jsoup appends code point by code point): {@code BodyWalkTest} holds both walks to jsoup's answers on
 * fixed and random bodies. The walks keep their own stack of child indexes, so they neither recurse (raw HTML may
 * nest thousands of elements) nor ask a node for its sibling index.
 */
final class BodyWalk {
  private BodyWalk() {}

  /**
   * The elements of {@code root} (itself included) in document order, as {@code root.select(...)} lists them:
   * {@code withId} those with an {@code id} attribute, {@code facts} the headings {@code h1}-{@code h6} and those
   * carrying {@link Markdown#LINE_ATTR} or {@link Markdown#CLAIM_ATTR}.
   */
  record Marked(List<Element> withId, List<Element> facts) {}

  /** The body's text as {@code Element.text()} gives it, and whether {@link HtmlAllowlist} would remove nothing. */
  record Read(String text, boolean clean) {}

  /** {@link Marked} of {@code root}, in one walk. */
  static Marked mark(Element root) {
    List<Element> withId = new ArrayList<>();
    List<Element> facts = new ArrayList<>();
    markOne(root, withId, facts);
    for (Open open = new Open(root); !open.isEmpty(); ) {
      Node child = open.nextChild();
      if (child == null) {
        open.pop();
      } else if (child instanceof Element e) {
        markOne(e, withId, facts);
        open.push(e);
      }
    }
    return new Marked(withId, facts);
  }

  private static void markOne(Element e, List<Element> withId, List<Element> facts) {
    if (e.hasAttr("id")) withId.add(e);
    if (e.nameIs("h1") || e.nameIs("h2") || e.nameIs("h3") || e.nameIs("h4") || e.nameIs("h5") || e.nameIs("h6")
        || e.hasAttr(Markdown.LINE_ATTR) || e.hasAttr(Markdown.CLAIM_ATTR)) {
      facts.add(e);
    }
  }

  /** {@code root.text()}. */
  static String text(Element root) {
    return new Walker(false).walk(root).text();
  }

  /**
   * {@code root.text()}, and whether {@link HtmlAllowlist#cleanInPlace} would leave {@code root}, a body
   * fragment's body, as it is: no comment or data node, no image without {@code alt} nor any other {@link Repairs} to make, and every element below
   * {@code root} and each of its attributes allowed (what the cleaning removes, so {@code clean} is false exactly when it returns true).
   */
  static Read read(Element root) {
    return new Walker(true).walk(root);
  }

  /** One walk's state: the text so far, and what the check for anything to clean has found. */
  private static final class Walker {
    private final StringBuilder text = new StringBuilder();
    private boolean check;
    private boolean clean = true;
    // the allowlist's answers within this body: an element's by its name; an attribute's by its element's name and
    // its own, for an attribute whose value the list does not read (HtmlAllowlist.readsValue), when allowed
    private final java.util.Map<String, Boolean> tags = new java.util.HashMap<>();
    private final java.util.Map<String, java.util.Set<String>> allowed = new java.util.HashMap<>();

    Walker(boolean check) {
      this.check = check;
    }

    Read walk(Element root) {
      head(root);
      for (Open open = new Open(root); !open.isEmpty(); ) {
        Node child = open.nextChild();
        if (child == null) {
          Element closed = open.top();
          tail(closed, open.after(root));
          open.pop();
        } else if (child instanceof Element e) {
          head(e);
          if (check) checkElement(e);
          open.push(e);
        } else if (child instanceof TextNode t) {
          appendText(t);
        } else if (check && (child instanceof Comment || child instanceof DataNode)) {
          found();
        }
      }
      return new Read(text.toString().trim(), clean);
    }

    private void found() {
      clean = false;
      check = false;
    }

    private void checkElement(Element e) {
      String tag = e.normalName();
      if (!tags.computeIfAbsent(tag, t -> HtmlAllowlist.allows(e)) || HtmlAllowlist.lacksAlt(e) || Repairs.needed(e).isPresent()) {
        found();
        return;
      }
      if (e.attributesSize() == 0) return;
      java.util.Set<String> known = allowed.get(tag);
      for (Attribute a : e.attributes()) {
        String key = a.getKey();
        if (known != null && known.contains(key)) continue;
        if (!HtmlAllowlist.allows(e, a)) {
          found();
          return;
        }
        if (!HtmlAllowlist.readsValue(key)) known = remember(tag, key);
      }
    }

    private java.util.Set<String> remember(String tag, String key) {
      java.util.Set<String> keys = allowed.computeIfAbsent(tag, t -> new java.util.HashSet<>());
      keys.add(key);
      return keys;
    }

    /** {@code TextAccumulator.head} of an element: a block or a {@code br} starts with a space. */
    private void head(Element e) {
      if (text.length() > 0 && (e.isBlock() || e.nameIs("br")) && !lastIsSpace()) text.append(' ');
    }

    /** {@code TextAccumulator.tail}: a block followed by text or an inline element ends with a space. */
    private void tail(Element e, Node after) {
      if (!e.tag().isInline() && (after instanceof TextNode || after instanceof Element n && n.tag().isInline())
          && !lastIsSpace()) {
        text.append(' ');
      }
    }

    private boolean lastIsSpace() {
      return text.length() != 0 && text.charAt(text.length() - 1) == ' ';
    }

    /** {@code Element.appendNormalisedText}: as written inside a {@code pre} (six levels up at most) or CDATA. */
    private void appendText(TextNode t) {
      String s = t.getWholeText();
      if (preservesWhitespace(t.parent()) || t instanceof CDataNode) text.append(s);
      else appendNormalised(s, lastIsSpace());
    }

    /** {@code Element.preserveWhitespace}: the element or one of its five nearest ancestors keeps whitespace. */
    private static boolean preservesWhitespace(Element e) {
      int level = 0;
      while (e != null) {
        if (e.tag().preserveWhitespace()) return true;
        e = e.parent();
        if (++level >= 6) return false;
      }
      return false;
    }

    /**
     * {@code StringUtil.appendNormalisedWhitespace}: each run of whitespace (with the no-break space) one space,
     * dropped at the start when {@code stripLeading} until a character is written; zero-width space and soft
     * hyphen dropped. Whitespace and those two are all below the surrogates, so a pair is copied as jsoup copies
     * its code point, and a lone surrogate as itself.
     */
    private void appendNormalised(String s, boolean stripLeading) {
      boolean lastWasWhite = false;
      boolean reachedNonWhite = false;
      int run = -1;
      int n = s.length();
      // a run of characters written as they are is copied at once: a space jsoup keeps is such a character
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c > ' ' && c < 0x7f) {
          if (run < 0) run = i;
          lastWasWhite = false;
          reachedNonWhite = true;
          continue;
        }
        boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0';
        boolean dropped = white ? (stripLeading && !reachedNonWhite) || lastWasWhite : c == '\u200b' || c == '\u00ad';
        if (dropped || (white && c != ' ')) {
          if (run >= 0) text.append(s, run, i);
          run = -1;
          if (dropped) continue;
          text.append(' ');
        } else if (run < 0) {
          run = i;
        }
        lastWasWhite = white;
        reachedNonWhite |= !white;
      }
      if (run >= 0) text.append(s, run, n);
    }
  }

  /**
   * The elements open in a walk, the innermost on top, each with the index of its next child: a walk in document
   * order without recursion, and without asking a node for its sibling index.
   */
  private static final class Open {
    private Element[] elements = new Element[16];
    private int[] next = new int[16];
    private int top = -1;

    Open(Element root) {
      push(root);
    }

    boolean isEmpty() {
      return top < 0;
    }

    Element top() {
      return elements[top];
    }

    void push(Element e) {
      if (++top == elements.length) {
        elements = java.util.Arrays.copyOf(elements, top * 2);
        next = java.util.Arrays.copyOf(next, top * 2);
      }
      elements[top] = e;
      next[top] = 0;
    }

    void pop() {
      elements[top--] = null;
    }

    /** The top element's next child, or null once all are given (the element stays open until {@link #pop}). */
    Node nextChild() {
      Element e = elements[top];
      int i = next[top];
      if (i >= e.childNodeSize()) return null;
      next[top] = i + 1;
      return e.childNode(i);
    }

    /** The node after the top element, as {@code Node.nextSibling()} gives it: its parent's next child. */
    Node after(Element root) {
      if (top == 0) return root.nextSibling();
      Element parent = elements[top - 1];
      return next[top - 1] < parent.childNodeSize() ? parent.childNode(next[top - 1]) : null;
    }
  }
}

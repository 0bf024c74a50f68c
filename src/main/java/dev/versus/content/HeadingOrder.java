package dev.versus.content;

import com.vladsch.flexmark.ast.Heading;
import dev.versus.diag.Diagnostics;

/**
 * A body's headings kept in order: a heading more than one level below the heading before it ({@code ##} then
 * {@code ####}) skips a level, which axe's heading-order rule fails and which a screen reader's list of headings shows
 * as a missing section. Each is published one level below the heading before it (as published), with a warning at it
 * naming the {@code #}s to write; the first heading of a body counts from the heading the page shows above the body
 * ({@link #above}). The heading's id and text stay; only its level changes, so its place in the outline is right.
 */
final class HeadingOrder {
  private HeadingOrder() {}

  /**
   * The level of the heading the built-in theme shows right above a {@code kind}'s body: an article's and a FAQ
   * entry's title (1; an article's contents, a level 2, is not always shown), the section a criterion's discussion, a
   * subject's overview and the home page's short answer sit in (2).
   */
  static int above(Kind kind) {
    return kind == Kind.ARTICLE || kind == Kind.FAQ ? 1 : 2;
  }

  /** Lowers each heading of {@code doc} that skips a level, warning at it in {@code file}, counting from {@code top}. */
  static void keep(com.vladsch.flexmark.util.ast.Document doc, int top, String file, Diagnostics diags) {
    int[] previous = {top};
    visit(doc, h -> {
      if (!EmptyHeadings.leftOut(h)) previous[0] = keep(h, previous[0], file, diags);
    });
  }

  /** Each heading below {@code parent} in document order; only blocks that may hold blocks are entered, not the inline text. */
  private static void visit(com.vladsch.flexmark.util.ast.Node parent, java.util.function.Consumer<Heading> each) {
    for (var n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) each.accept(h);
      else if (n instanceof com.vladsch.flexmark.util.ast.Block && !(n instanceof com.vladsch.flexmark.ast.Paragraph)) visit(n, each);
    }
  }

  /** {@code h}'s published level after a heading of level {@code previous}: lowered, with a warning, if it skips. */
  private static int keep(Heading h, int previous, String file, Diagnostics diags) {
    if (h.getLevel() <= previous + 1) return h.getLevel();
    int[] pos = SourceExtension.position(h);
    diags.warning(file, pos[0], pos[1], "heading level " + h.getLevel() + " right after level " + previous + " skips "
        + (h.getLevel() - previous == 2 ? "a level" : "levels") + " (screen readers list the headings as an outline):"
        + " published as level " + (previous + 1) + "; write `" + "#".repeat(previous + 1) + "`");
    h.setLevel(previous + 1);
    return previous + 1;
  }
}

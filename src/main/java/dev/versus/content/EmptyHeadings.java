package dev.versus.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import dev.versus.diag.Diagnostics;
import java.util.Set;

/**
 * A heading with no text ({@code ##} alone on its line, legal CommonMark) is left out of the page, with a warning at
 * it: it gave an empty {@code <h2>} (axe's empty-heading: a screen reader's list of headings gets a blank entry) and
 * an article's table of contents a link with no words and no target ({@code <a href="#"></a>}, axe's link-name).
 */
final class EmptyHeadings implements NodeRenderer {
  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(Heading.class, (heading, ctx, html) -> {
      if (!leftOut(heading)) {
        ctx.delegateRender();
        return;
      }
      Diagnostics diags = SourceExtension.DIAGS.get(heading.getDocument());
      if (diags != null) {
        int[] pos = SourceExtension.position(heading);
        diags.warning(SourceExtension.FILE.get(heading.getDocument()), pos[0], pos[1], "empty heading left out of the page:"
            + " write its words after the `" + "#".repeat(heading.getLevel()) + "`, or remove the line");
      }
    }));
  }

  /** Whether {@code heading} is left out of the page: it has no text, nor anything else to show or to link. */
  static boolean leftOut(Heading heading) {
    // an image, a code span, a link or {#id} attributes inside are something to show or to link
    return !hasNonText(heading) && heading.getText().isBlank();
  }

  /** Whether {@code heading} holds something besides plain text (an image, a code span, raw HTML). */
  private static boolean hasNonText(Heading heading) {
    for (var n = heading.getFirstChild(); n != null; n = n.getNext()) {
      if (!(n instanceof com.vladsch.flexmark.ast.Text)) return true;
    }
    return false;
  }
}

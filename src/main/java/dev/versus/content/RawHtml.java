package dev.versus.content;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import dev.versus.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Raw HTML written in Markdown (HTML blocks and inline tags, CommonMark 4.6 and 6.6) is content too:
 * its {@code <a href>} and {@code <img src>} get the same source-position attributes as Markdown links,
 * so they are resolved, rewritten and checked alike. HTML that never closes (an open {@code <!--}, an
 * open quote, a {@code <script>} or {@code <style>} without its end tag) would swallow everything
 * after it once the page is parsed, Versus' own markup included: a comment is closed where its block
 * ends (where CommonMark ends the block), anything else is shown as text; both with a warning. What
 * {@link HtmlAllowlist} removes is listed with its position ({@link ActiveHtml}), for the warning the model
 * stage gives when site.yaml does not allow raw HTML as written.
 */
final class RawHtml implements NodeRenderer {
  private static final String PROBE = "data-versus-probe";

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(HtmlBlock.class, (node, ctx, html) -> {
          if (node.hasChildren()) ctx.delegateRender();
          else block(node, html);
        }),
        new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, ctx, html) -> block(node, html)),
        new NodeRenderingHandler<>(HtmlInline.class, (node, ctx, html) -> inline(node, html)),
        new NodeRenderingHandler<>(HtmlInlineComment.class, (node, ctx, html) -> inline(node, html)));
  }

  private static void block(Node node, HtmlWriter html) {
    String text = node.getChars().normalizeEOL();
    html.line();
    html.rawPre(balanced(node, text.endsWith("\n") ? text : text + "\n", true));
    html.line();
  }

  private static void inline(Node node, HtmlWriter html) {
    String text = node.getChars().toString();
    // GFM: in a table cell, \| is a pipe everywhere, raw HTML included (spec, example 200)
    if (SourceExtension.inTableCell(node)) text = text.replace("\\|", "|");
    html.raw(balanced(node, text, false));
  }

  /** {@code text} with its links marked, closed or escaped so that it cannot swallow what follows it. */
  private static String balanced(Node node, String text, boolean block) {
    if (!swallows(text)) return markLinks(node, text);
    int open = text.lastIndexOf("<!--");
    if (block && open >= 0 && !swallows(text.stripTrailing() + " -->")) {
      warn(node, text, open, "an HTML comment opened with `<!--` is not closed: it ends where its HTML block ends"
          + " (the next blank line, or the end of the file); add `-->` where it should end");
      return markLinks(node, text.stripTrailing() + " -->\n");
    }
    warn(node, text, 0, "this HTML never closes (an open quote, or a `<script>`, `<style>`, `<xmp>` or `<iframe>`"
        + " without its end tag in the same block) and would swallow the rest of the page: it is shown as text;"
        + " close it, or give the element a block of its own between blank lines");
    String escaped = org.jsoup.nodes.Entities.escape(text);
    return block ? "<p>" + escaped.stripTrailing() + "</p>\n" : escaped;
  }

  /** Whether HTML parsed after {@code text} would end up inside it (as comment, attribute or raw text). */
  private static boolean swallows(String text) {
    return Jsoup.parseBodyFragment(text + "<i " + PROBE + "></i>").select("i[" + PROBE + "]").isEmpty();
  }

  /** Adds the position attributes to each {@code <a href>} and {@code <img src>} start tag of {@code text}. */
  private static String markLinks(Node node, String text) {
    if (!text.contains("<")) return text;
    org.jsoup.nodes.Document dom = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
    int[] start = SourceExtension.position(node);
    List<ActiveHtml> active = SourceExtension.ACTIVE.get(node.getDocument());
    // elements judged in the whole body (Repairs.IN_CONTEXT) carry their position there, for a warning if they are mended
    List<Element> marked = new ArrayList<>(dom.select(active != null ? "a[href], img[src], " + Repairs.IN_CONTEXT : "a[href], img[src]"));
    if (active != null) {
      String file = SourceExtension.FILE.get(node.getDocument());
      active.addAll(ActiveHtml.find(dom, r -> new dev.versus.diag.Position(file, line(start, r), column(start, r))));
    }
    StringBuilder out = new StringBuilder(text);
    // from the last to the first, so earlier offsets stay right while inserting
    for (int i = marked.size() - 1; i >= 0; i--) {
      Element e = marked.get(i);
      var range = e.sourceRange();
      if (!range.isTracked()) continue;
      int at = range.startPos() + 1 + e.normalName().length();
      if (range.startPos() >= text.length() || !text.regionMatches(true, range.startPos() + 1, e.normalName(), 0, e.normalName().length())) {
        continue;
      }
      boolean link = e.nameIs("a") && e.hasAttr("href") || e.nameIs("img") && e.hasAttr("src");
      out.insert(at, link ? " " + Markdown.LINE_ATTR + "=\"" + line(start, range) + "\" " + Markdown.COLUMN_ATTR + "=\""
          + column(start, range) + "\"" : " " + Repairs.AT_ATTR + "=\"" + line(start, range) + ":" + column(start, range) + "\"");
    }
    return out.toString();
  }

  /** The file's line of {@code range}'s start, in HTML that starts at {@code start} ({line, column} in the file). */
  private static int line(int[] start, org.jsoup.nodes.Range range) {
    return start[0] + range.start().lineNumber() - 1;
  }

  /** The file's column of {@code range}'s start: on the HTML's first line it is shifted by where the HTML starts. */
  private static int column(int[] start, org.jsoup.nodes.Range range) {
    return range.start().lineNumber() == 1 ? start[1] + range.start().columnNumber() - 1 : range.start().columnNumber();
  }

  private static void warn(Node node, String text, int offset, String message) {
    Diagnostics diags = SourceExtension.DIAGS.get(node.getDocument());
    if (diags == null) return;
    int[] start = SourceExtension.position(node);
    String before = text.substring(0, offset);
    int newlines = (int) before.chars().filter(c -> c == '\n').count();
    int col = newlines == 0 ? start[1] + offset : offset - before.lastIndexOf('\n');
    diags.warning(SourceExtension.FILE.get(node.getDocument()), start[0] + newlines, col, message);
  }
}

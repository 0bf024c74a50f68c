package dev.versus.content;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Writes a text node without backslash escapes, entities or carriage returns, nearly every one, as flexmark's
 * {@code CoreNodeRenderer} does, byte for byte, without its three regex passes. flexmark writes a text node as
 * {@code html.text(Escaping.normalizeEOL(chars.unescape()))}: {@code unescape} searches the text for {@code \}
 * or {@code &} with a regex and, finding neither, copies it char by char through the sequence;
 * {@code normalizeEOL} copies it again, changing only {@code \r}; {@code text} escapes {@code & < > "} with a
 * regex. On the outside benchmark's 1,000 articles those passes were about a tenth of converting a body (C1 only).
 * Text with {@code \}, {@code &} or {@code \r} is left to flexmark.
 */
final class PlainText implements NodeRenderer {
  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(Text.class, (text, ctx, html) -> {
      String escaped = escaped(text.getChars());
      if (escaped == null) ctx.delegateRender();
      else html.raw(spliced(text, escaped));
    }));
  }

  /** {@code escaped}, or its mark when it passes flexmark's line writer unchanged ({@link SplicedHtml}). */
  private static String spliced(Text text, String escaped) {
    SplicedHtml spliced = SplicedHtml.of(text.getDocument());
    return spliced != null && escaped.length() > 8 && SplicedHtml.passesUnchanged(escaped) ? spliced.mark(escaped) : escaped;
  }

  /**
   * {@code chars} as flexmark's text rendering gives it, {@code < > "} escaped, or null when it holds {@code \},
   * {@code &} or {@code \r} (flexmark's unescaping and line-end rules apply), or is not one stretch of its document.
   */
  static String escaped(BasedSequence chars) {
    // a segmented sequence (text pieced together) is not one substring of the document
    if (!(chars instanceof SubSequence) || !(chars.getBase() instanceof String base)) return null;
    int start = chars.getStartOffset();
    int end = chars.getEndOffset();
    StringBuilder out = null;
    int from = start;
    for (int i = start; i < end; i++) {
      char c = base.charAt(i);
      if (c == '\\' || c == '&' || c == '\r') return null;
      String entity = c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : null;
      if (entity == null) continue;
      if (out == null) out = new StringBuilder(end - start + 16);
      out.append(base, from, i).append(entity);
      from = i + 1;
    }
    if (out == null) return base.substring(start, end);
    return out.append(base, from, end).toString();
  }
}

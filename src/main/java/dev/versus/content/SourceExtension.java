package dev.versus.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Versus' flexmark extension: source positions on links, build-time highlighted code blocks, and an empty
 * header cell (the corner of {@code | | A | B |}) written as a data cell, since a header must name something.
 */
final class SourceExtension implements HtmlRenderer.HtmlRendererExtension, Parser.ParserExtension {
  static final DataKey<Integer> FIRST_LINE = new DataKey<>("VERSUS_FIRST_LINE", 1);
  /** Claim ids by passage node ({@link ClaimScan#key}), set on a body that has claims. */
  static final DataKey<java.util.Map<String, java.util.List<String>>> PASSAGES =
      new DataKey<>("VERSUS_PASSAGES", java.util.Map.of());

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
      @Override
      public AttributeProvider apply(LinkResolverContext context) {
        return SourceExtension::setPosition;
      }
    });
    builder.nodeRendererFactory(options -> new CodeRenderer());
    builder.nodeRendererFactory(options -> new CornerCellRenderer());
  }

  private static void setPosition(Node node, AttributablePart part, MutableAttributes attributes) {
    markPassage(node, part, attributes);
    boolean linkLike = node instanceof Link || node instanceof Image
        || node instanceof LinkRef || node instanceof ImageRef;
    if (!linkLike || (part != AttributablePart.LINK && part != AttributablePart.NODE)) return;
    int firstLine = FIRST_LINE.get(node.getDocument());
    BasedSequence base = node.getChars().getBaseSequence();
    int offset = node.getStartOffset();
    int lineStart = offset;
    while (lineStart > 0 && base.charAt(lineStart - 1) != '\n') lineStart--;
    attributes.replaceValue(Markdown.LINE_ATTR, String.valueOf(node.getStartLineNumber() + firstLine));
    attributes.replaceValue(Markdown.COLUMN_ATTR, String.valueOf(offset - lineStart + 1));
  }

  /** Gives a passage with claims the ids of its claims (a tight list item renders its paragraph without a tag). */
  private static void markPassage(Node node, AttributablePart part, MutableAttributes attributes) {
    if (part == AttributablePart.LINK || (node instanceof com.vladsch.flexmark.ast.Paragraph && part != AttributablePart.NODE)) return;
    java.util.List<String> ids = PASSAGES.get(node.getDocument()).get(ClaimScan.key(node));
    if (ids != null) attributes.replaceValue(Markdown.CLAIM_ATTR, String.join(",", ids));
  }

  /** Renders fenced code with build-time highlighting so pages and print keep colours without JS. */
  private static final class CodeRenderer implements NodeRenderer {
    private final Highlight highlight = new Highlight();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, (node, ctx, html) -> {
        String lang = node.getInfo().toString().trim().split("[\\s{]", 2)[0];
        String code = node.getContentChars().normalizeEOL();
        html.line();
        // pre-formatted: the writer must keep the code's leading indentation
        html.openPre();
        html.rawPre(highlight.toHtml(code, lang));
        html.closePre();
        html.line();
      }));
    }
  }

  /** An empty header cell becomes {@code <td>}: screen readers announce a {@code <th>} as a header for the row or column. */
  private static final class CornerCellRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(TableCell.class, (cell, ctx, html) -> {
        if (cell.isHeader() && cell.getText().isBlank()) html.raw("<td></td>");
        else ctx.delegateRender();
      }));
    }
  }
}

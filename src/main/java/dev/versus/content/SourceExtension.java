package dev.versus.content;

import com.vladsch.flexmark.ast.Code;
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
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Versus' flexmark extension: source positions on links, build-time highlighted code blocks, and an empty
 * header cell (the corner of {@code | | A | B |}) written as a data cell, since a header must name something;
 * {@code \|} in a code span of a table cell written as {@code |} (GFM spec, example 200); raw HTML through
 * {@link RawHtml}.
 */
final class SourceExtension implements HtmlRenderer.HtmlRendererExtension, Parser.ParserExtension {
  static final DataKey<Integer> FIRST_LINE = new DataKey<>("VERSUS_FIRST_LINE", 1);
  /** The file being converted and where its problems go; set per document by {@link Markdown}. */
  static final DataKey<String> FILE = new DataKey<>("VERSUS_FILE", "");
  static final com.vladsch.flexmark.util.data.NullableDataKey<dev.versus.diag.Diagnostics> DIAGS =
      new com.vladsch.flexmark.util.data.NullableDataKey<>("VERSUS_DIAGS");
  /** Where {@link RawHtml} lists what in the document's raw HTML could run script; set per document by {@link Markdown}. */
  static final com.vladsch.flexmark.util.data.NullableDataKey<java.util.List<ActiveHtml>> ACTIVE =
      new com.vladsch.flexmark.util.data.NullableDataKey<>("VERSUS_ACTIVE");
  /** Claim ids by passage node ({@link ClaimScan#key}), set on a body that has claims. */
  static final DataKey<java.util.Map<String, java.util.List<String>>> PASSAGES =
      new DataKey<>("VERSUS_PASSAGES", java.util.Map.of());

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    BoundedInlineParser.install(builder, BoundedInlineParser.MAX_RUN);
  }

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
    builder.nodeRendererFactory(options -> new EmptyHeadings());
    builder.nodeRendererFactory(options -> new CellCodeRenderer());
    builder.nodeRendererFactory(options -> new RawHtml());
    builder.nodeRendererFactory(options -> new SuppressedLinkRenderer());
    builder.nodeRendererFactory(options -> new PlainText());
  }

  private static void setPosition(Node node, AttributablePart part, MutableAttributes attributes) {
    markPassage(node, part, attributes);
    listActive(node, attributes);
    boolean linkLike = node instanceof Link || node instanceof Image
        || node instanceof LinkRef || node instanceof ImageRef;
    if (!linkLike || (part != AttributablePart.LINK && part != AttributablePart.NODE)) return;
    int[] pos = position(node);
    attributes.replaceValue(Markdown.LINE_ATTR, String.valueOf(pos[0]));
    attributes.replaceValue(Markdown.COLUMN_ATTR, String.valueOf(pos[1]));
  }

  /**
   * Lists what Markdown itself gave {@code node} that {@link HtmlAllowlist} removes, for the warning
   * ({@link ActiveHtml}): an {@code {onclick=...}} or {@code {style=...}} attribute, a {@code data:} link or
   * image that is not a picture. Versus' own marks ({@link Markdown#CLAIM_ATTR}) are taken off before the
   * page is cleaned. Once per node and name, as the renderer may ask for a node's attributes more than once.
   */
  private static void listActive(Node node, MutableAttributes attributes) {
    // most tags have no attributes: the element name is looked up only for those that have some
    if (attributes.isEmpty()) return;
    java.util.List<ActiveHtml> active = ACTIVE.get(node.getDocument());
    java.util.Optional<String> tag = active == null ? java.util.Optional.empty() : MarkdownTags.of(node);
    if (tag.isEmpty()) return;
    org.jsoup.nodes.Element e = new org.jsoup.nodes.Element(tag.get());
    for (var a : attributes.values()) {
      // Versus' claim mark, and flexmark's note to itself that it never writes out
      if (a.getName().equals(Markdown.CLAIM_ATTR) || a.getName().equals(com.vladsch.flexmark.util.html.Attribute.LINK_STATUS_ATTR)) continue;
      org.jsoup.nodes.Attribute attribute = new org.jsoup.nodes.Attribute(a.getName(), a.getValue());
      if (!ActiveHtml.isActive(e, attribute)) continue;
      int[] pos = position(node);
      ActiveHtml found = new ActiveHtml(new dev.versus.diag.Position(FILE.get(node.getDocument()), pos[0], pos[1]),
          ActiveHtml.describe(attribute));
      if (!active.contains(found)) active.add(found);
    }
  }

  /** Where {@code node} starts in the whole file: {line, column}, both 1-based. */
  static int[] position(Node node) {
    com.vladsch.flexmark.util.ast.Document doc = node.getDocument();
    int firstLine = FIRST_LINE.get(doc);
    BasedSequence base = node.getChars().getBaseSequence();
    int offset = node.getStartOffset();
    // flexmark's Node.getStartLineNumber() counts the line breaks from the start of the body on every call,
    // and the column was found by walking back over the line: both quadratic in a body full of links
    Lines lines = LINES.get(doc);
    if (lines == null || lines.base() != base) {
      lines = Lines.of(base);
      doc.set(LINES, lines);
    }
    return new int[] {lines.lineOf(offset) + firstLine, offset - lines.lineStart(offset) + 1};
  }

  private static final com.vladsch.flexmark.util.data.NullableDataKey<Lines> LINES =
      new com.vladsch.flexmark.util.data.NullableDataKey<>("VERSUS_LINES");

  /**
   * Where a body's lines break: {@code ends}, the offset after each line break ({@code \r\n}, {@code \r} or
   * {@code \n}, as flexmark's {@code Document.getLineNumber} counts them), and {@code feeds}, the offset of
   * each {@code \n} (where a column starts counting). Both sorted, so each question is a binary search.
   */
  private record Lines(BasedSequence base, int[] ends, int[] feeds) {
    static Lines of(BasedSequence base) {
      // the document's base is the body's String as a whole: read it directly, not char by char through the sequence
      String text = base.getBase() instanceof String whole && base.getStartOffset() == 0 && base.length() == whole.length()
          ? whole : base.toString();
      // at most one entry per char, so arrays of the text's length hold them without boxing or growing
      int[] ends = new int[text.length()];
      int[] feeds = new int[text.length()];
      int endCount = 0;
      int feedCount = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n') feeds[feedCount++] = i;
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          ends[endCount++] = i + 2;
          feeds[feedCount++] = ++i;
        } else if (c == '\n' || c == '\r') {
          ends[endCount++] = i + 1;
        }
      }
      return new Lines(base, java.util.Arrays.copyOf(ends, endCount), java.util.Arrays.copyOf(feeds, feedCount));
    }

    /** The 0-based line of {@code offset}: the line breaks that end at or before it. */
    int lineOf(int offset) {
      return atOrBelow(ends, offset);
    }

    /** The offset after the last {@code \n} before {@code offset}, or 0. */
    int lineStart(int offset) {
      int n = atOrBelow(feeds, offset - 1);
      return n == 0 ? 0 : feeds[n - 1] + 1;
    }

    /** How many of the sorted {@code values} are at most {@code limit}. */
    private static int atOrBelow(int[] values, int limit) {
      int i = java.util.Arrays.binarySearch(values, limit);
      if (i < 0) return -i - 1;
      while (i + 1 < values.length && values[i + 1] == limit) i++;
      return i + 1;
    }
  }

  /** Whether {@code node} stands in a table cell, where GFM takes {@code \|} for a pipe even in code and raw HTML. */
  static boolean inTableCell(Node node) {
    return node.getAncestorOfType(TableCell.class) != null;
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
        String block = highlight.toHtml(code, lang);
        SplicedHtml spliced = SplicedHtml.of(node.getDocument());
        html.rawPre(spliced == null ? block : spliced.mark(block));
        html.closePre();
        html.line();
      }));
    }
  }

  /**
   * A code span in a table cell: GFM (spec, example 200) replaces {@code \|} by {@code |} before it reads
   * the cell's inlines, so the backslash that kept the pipe from ending the cell is not printed.
   */
  private static final class CellCodeRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(Code.class, (code, ctx, html) -> {
        if (!inTableCell(code)) {
          ctx.delegateRender();
          return;
        }
        html.withAttr().tag("code");
        html.text(Escaping.collapseWhitespace(code.getText(), true).replace("\\|", "|"));
        html.tag("/code");
      }));
    }
  }

  /**
   * A Markdown link flexmark publishes as its text alone ({@code [x](javascript:...)} or {@code <javascript:...>}, matched by
   * {@code HtmlRenderer.SUPPRESSED_LINKS} exactly as flexmark matches it), or an image it leaves out, is a
   * warning at the link: the author's link is gone from the page, whatever {@code unsafe_html} says. A
   * reference link or image ({@code [x][ref]}, CommonMark 6.3 "full reference link") is matched by the
   * URL of the definition it uses, as flexmark's {@code CoreNodeRenderer} does.
   */
  private static final class SuppressedLinkRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(Link.class, (link, ctx, html) -> check(link, link.getUrl(), ctx)),
          new NodeRenderingHandler<>(Image.class, (image, ctx, html) -> check(image, image.getUrl(), ctx)),
          new NodeRenderingHandler<>(com.vladsch.flexmark.ast.AutoLink.class, (link, ctx, html) -> check(link, link.getUrl(), ctx)),
          new NodeRenderingHandler<>(LinkRef.class, (ref, ctx, html) -> check(ref, definedUrl(ref), ctx)),
          new NodeRenderingHandler<>(ImageRef.class, (ref, ctx, html) -> check(ref, definedUrl(ref), ctx)));
    }

    /** The URL of the definition {@code ref} uses, or null when it names none (flexmark prints it as text). */
    private static CharSequence definedUrl(com.vladsch.flexmark.ast.RefNode ref) {
      if (!ref.isDefined()) return null;
      com.vladsch.flexmark.ast.Reference definition = ref.getReferenceNode(ref.getDocument());
      return definition == null ? null : definition.getUrl().unescape();
    }

    private static void check(Node node, CharSequence url, com.vladsch.flexmark.html.renderer.NodeRendererContext ctx) {
      java.util.regex.Pattern suppressed = ctx.getHtmlOptions().suppressedLinks;
      dev.versus.diag.Diagnostics diags = DIAGS.get(node.getDocument());
      if (url != null && suppressed != null && !suppressed.pattern().isEmpty() && diags != null
          && suppressed.matcher(url).matches()) {
        int[] pos = position(node);
        boolean image = node instanceof Image || node instanceof ImageRef;
        String scheme = url.toString().split(":", 2)[0];
        diags.warning(FILE.get(node.getDocument()), pos[0], pos[1], image
            ? "image from `" + scheme + ":` left out: a Markdown image never runs script; remove it, or give an image file or URL"
            : "link to `" + scheme + ":` published as plain text: a Markdown link never runs script; remove the link, or link a page or URL");
      }
      ctx.delegateRender();
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

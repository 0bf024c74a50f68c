package dev.versus.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTML element flexmark writes for a Markdown node, as its renderers do (CoreNodeRenderer and the
 * tables, footnotes and strikethrough extensions): what an author's {@code {attr=...}} lands on, and so
 * which of {@link HtmlAllowlist}'s attributes it may keep. A node not named here gets the {@code <span>}
 * the attributes extension wraps text in.
 */
final class MarkdownTags {
  /** Node types and their elements, first match wins: an image is a link node too. */
  private static final Map<Class<? extends Node>, String> TAGS = tags();

  private MarkdownTags() {}

  private static Map<Class<? extends Node>, String> tags() {
    Map<Class<? extends Node>, String> m = new LinkedHashMap<>();
    m.put(Image.class, "img");
    m.put(ImageRef.class, "img");
    m.put(LinkNode.class, "a");
    m.put(com.vladsch.flexmark.ast.LinkRef.class, "a");
    m.put(Paragraph.class, "p");
    m.put(BlockQuote.class, "blockquote");
    m.put(BulletList.class, "ul");
    m.put(OrderedList.class, "ol");
    m.put(ListItem.class, "li");
    m.put(Code.class, "code");
    m.put(FencedCodeBlock.class, "pre");
    m.put(IndentedCodeBlock.class, "pre");
    m.put(Emphasis.class, "em");
    m.put(StrongEmphasis.class, "strong");
    m.put(Strikethrough.class, "del");
    m.put(ThematicBreak.class, "hr");
    m.put(TableBlock.class, "table");
    m.put(TableHead.class, "thead");
    m.put(TableBody.class, "tbody");
    m.put(TableRow.class, "tr");
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The element name {@code node} is rendered as, or empty for a footnote, its reference and the document:
   * flexmark asks for their attributes while writing the links to and back from the note inside them, and an
   * author cannot give them any.
   */
  static java.util.Optional<String> of(Node node) {
    if (node instanceof Footnote || node instanceof FootnoteBlock || node instanceof com.vladsch.flexmark.util.ast.Document) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(name(node));
  }

  private static String name(Node node) {
    if (node instanceof Heading h) return "h" + h.getLevel();
    if (node instanceof TableCell c) return c.isHeader() ? "th" : "td";
    for (Map.Entry<Class<? extends Node>, String> kind : TAGS.entrySet()) {
      if (kind.getKey().isInstance(node)) return kind.getValue();
    }
    return "span";
  }
}

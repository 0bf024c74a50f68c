package dev.versus.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Claim blocks that {@link ClaimScan} does not take: one in the middle of a passage, in a heading or
 * a table's header row, or attributes naming {@code claim} that do not start with it. flexmark's
 * attributes extension would publish each as HTML attributes ({@code <span claim="speed/alpha"
 * level="built-in">}) and the claim would back nothing; each is a warning at its position instead,
 * and taken out of the document before it is rendered.
 */
final class StrayClaims {
  private static final String FIX = " is ignored and left out of the page: put the claim block at the end of the "
      + "paragraph it backs (or of its list item, blockquote or table row)";

  private StrayClaims() {}

  /**
   * Warns about each claim-looking attribute block of {@code doc} whose offset in the body {@code taken}
   * does not accept (the scanner read it, or reported it as unreadable); {@code at} turns a body offset
   * into a file position.
   */
  static void report(Document doc, IntPredicate taken, IntFunction<Position> at, Diagnostics diags) {
    for (AttributesNode block : of(doc)) {
      int offset = block.getStartOffset();
      if (taken.test(offset)) continue;
      if (!block.getChars().toString().startsWith("{claim=")) {
        diags.warning(at.apply(offset), "attributes with `claim=` are ignored and left out of the page: write the claim "
            + "block as `{claim=\"criterion/subject\" ...}`, `claim` first, at the end of the paragraph it backs");
      } else {
        diags.warning(at.apply(offset), "claim block " + where(block) + FIX);
      }
    }
  }

  /** Takes every claim-looking attribute block out of {@code doc}, so that none is rendered as attributes. */
  static void drop(Document doc) {
    List<AttributesNode> stray = of(doc);
    if (stray.isEmpty()) return;
    // the extension files each block under the node it decorates at parse time; the renderer reads that map
    var byNode = AttributesExtension.NODE_ATTRIBUTES.get(doc);
    for (List<AttributesNode> blocks : byNode.values()) blocks.removeAll(stray);
    byNode.values().removeIf(List::isEmpty);
    stray.forEach(Node::unlink);
  }

  /** The attribute blocks of {@code doc} that name a {@code claim} attribute, in document order. */
  private static List<AttributesNode> of(Document doc) {
    List<AttributesNode> out = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof AttributesNode block && names(block, "claim")) out.add(block);
    }
    return out;
  }

  private static boolean names(AttributesNode block, String name) {
    for (Node child : block.getChildren()) {
      if (child instanceof AttributeNode a && a.getName().toString().equals(name)) return true;
    }
    return false;
  }

  private static String where(Node block) {
    if (block.getAncestorOfType(Heading.class) != null) return "in a heading";
    if (block.getAncestorOfType(TableHead.class) != null) return "in a table's header row";
    return "in the middle of a passage";
  }
}

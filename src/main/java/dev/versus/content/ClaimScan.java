package dev.versus.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the claim blocks ({@code {claim="orm/django" level="built-in"}}) that end a passage of a
 * Markdown body: a paragraph, list item, blockquote or table row. They are read from the source
 * text of flexmark's tree, not through its attributes extension, because one passage may carry
 * several blocks and the syntax must stay exactly as the issue spells it. Code spans and code
 * blocks are never passages, so a block written inside them stays text.
 *
 * <p>The result is the body with every block replaced by spaces (so every other offset, line and
 * column stays where it was) and, per passage node, the ids its claims get.
 */
final class ClaimScan {
  /** Attribute names a claim block may use. */
  static final Set<String> KEYS = Set.of("claim", "level", "value", "source", "checked");
  private static final String OPEN = "{claim=";

  private final String path;
  private final String text;
  private final int firstLine;
  private final Diagnostics diags;
  private final StringBuilder blanked;
  private final Map<String, List<String>> idsByPassage = new LinkedHashMap<>();
  private final List<ClaimMark> claims = new ArrayList<>();
  private final Map<String, Integer> counts = new HashMap<>();
  /** Where the blocks this scan read or reported start: {start, end} ranges of the body. */
  private final List<int[]> taken = new ArrayList<>();

  private ClaimScan(String path, String text, int firstLine, Diagnostics diags) {
    this.path = path;
    this.text = text;
    this.firstLine = firstLine;
    this.diags = diags;
    this.blanked = new StringBuilder(text);
  }

  /** The outcome: the body without its blocks, passage ids by {@link #key} of the passage node, and the claims. */
  record Result(String blanked, Map<String, List<String>> idsByPassage, List<ClaimMark> claims) {}

  /**
   * Scans {@code doc}, the parse of {@code text} (a body whose first line is {@code firstLine} of
   * {@code path}); a block that starts like a claim but cannot be read is an error in {@code diags}, and
   * one anywhere but at the end of a passage a warning ({@link StrayClaims}).
   */
  static Result of(String path, String text, int firstLine, com.vladsch.flexmark.util.ast.Document doc, Diagnostics diags) {
    ClaimScan scan = new ClaimScan(path, text, firstLine, diags);
    new NodeVisitor(
        new VisitHandler<>(Paragraph.class, scan::paragraph),
        new VisitHandler<>(TableRow.class, scan::row)).visit(doc);
    StrayClaims.report(doc, offset -> inside(offset, scan.taken), scan::at, diags);
    return new Result(scan.blanked.toString(), Map.copyOf(scan.idsByPassage), List.copyOf(scan.claims));
  }

  /** The key of a passage node, the same in both parses since blanking keeps every offset. */
  static String key(Node node) {
    return node.getClass().getSimpleName() + "@" + node.getStartOffset();
  }

  private void paragraph(Paragraph p) {
    Node passage = p.getParent() instanceof ListItem || p.getParent() instanceof BlockQuote ? p.getParent() : p;
    List<int[]> code = new ArrayList<>();
    for (Node n : p.getDescendants()) {
      if (n instanceof Code) code.add(new int[] {n.getStartOffset(), n.getEndOffset()});
    }
    int end = p.getEndOffset();
    while (end > p.getStartOffset() && Character.isWhitespace(text.charAt(end - 1))) end--;
    tail(passage, p.getStartOffset(), end, code);
  }

  private void row(TableRow r) {
    if (!(r.getParent() instanceof TableBody)) return;
    int start = r.getStartOffset();
    while (start > 0 && text.charAt(start - 1) != '\n') start--;
    int end = text.indexOf('\n', r.getStartOffset());
    if (end < 0) end = text.length();
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '|')) end--;
    tail(r, start, end, List.of());
  }

  /** Reads the blocks that end {@code [start, end)}: the earliest {@code {claim=} from which only blocks follow. */
  private void tail(Node passage, int start, int end, List<int[]> code) {
    if (end <= start || text.charAt(end - 1) != '}') return;
    int last = -1;
    for (int i = text.indexOf(OPEN, start); i >= 0 && i < end; i = text.indexOf(OPEN, i + 1)) {
      if (inside(i, code)) continue;
      last = i;
      Optional<List<Block>> blocks = blocks(i, end);
      if (blocks.isPresent()) {
        for (Block b : blocks.get()) accept(passage, b);
        taken.add(new int[] {i, end});
        for (int k = i; k < end; k++) if (text.charAt(k) != '\n') blanked.setCharAt(k, ' ');
        return;
      }
    }
    if (last >= 0) {
      taken.add(new int[] {last, last + 1});
      diags.error(at(last), "this claim block cannot be read: write it as `{claim=\"criterion/subject\" level=\"...\" "
          + "source=\"...\" checked=\"YYYY-MM-DD\"}`, double-quoted values (a `\"` inside one as `\\\"`), at the very end of the passage");
    }
  }

  private static boolean inside(int i, List<int[]> ranges) {
    return ranges.stream().anyMatch(r -> i >= r[0] && i < r[1]);
  }

  /** One block as written: its attributes in order, each value's position, and the block's own position. */
  private record Block(Map<String, String> attrs, Map<String, Position> at, Position pos) {}

  private Optional<List<Block>> blocks(int from, int end) {
    List<Block> out = new ArrayList<>();
    int i = from;
    while (i < end) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      if (!text.startsWith(OPEN, i)) return Optional.empty();
      int blockStart = i;
      i++;
      Map<String, String> attrs = new LinkedHashMap<>();
      Map<String, Position> at = new HashMap<>();
      while (true) {
        while (i < end && text.charAt(i) == ' ') i++;
        if (i >= end) return Optional.empty();
        if (text.charAt(i) == '}') {
          i++;
          break;
        }
        int nameStart = i;
        while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) i++;
        if (i == nameStart || i >= end || text.charAt(i) != '=') return Optional.empty();
        String name = text.substring(nameStart, i);
        i++;
        if (i >= end || (text.charAt(i) != '"' && text.charAt(i) != '\'')) return Optional.empty();
        char quote = text.charAt(i);
        StringBuilder value = new StringBuilder();
        i++;
        while (i < end && text.charAt(i) != quote) {
          if (text.charAt(i) == '\\' && i + 1 < end) i++;
          value.append(text.charAt(i++));
        }
        if (i >= end) return Optional.empty();
        at.put(name, at(nameStart));
        attrs.put(name, value.toString());
        i++;
      }
      out.add(new Block(attrs, at, at(blockStart)));
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  private void accept(Node passage, Block b) {
    for (String name : b.attrs().keySet()) {
      if (!KEYS.contains(name)) {
        diags.error(b.at().get(name), "unknown claim attribute `" + name + "`" + dev.versus.diag.Suggest.didYouMean(name, KEYS)
            + "; known: checked, claim, level, source, value");
      }
    }
    String cell = b.attrs().get("claim");
    int slash = cell.indexOf('/');
    String criterion = slash < 0 ? cell : cell.substring(0, slash);
    String subject = slash < 0 ? "" : cell.substring(slash + 1);
    String stem = "claim-" + ContentLoader.suggestSlug(criterion) + "-" + ContentLoader.suggestSlug(subject);
    int n = counts.merge(stem, 1, Integer::sum);
    String id = stem + "-" + n;
    idsByPassage.computeIfAbsent(key(passage), k -> new ArrayList<>()).add(id);
    claims.add(new ClaimMark(id, Map.copyOf(b.attrs()), Map.copyOf(b.at()), b.pos(), "", "", ""));
  }

  private Position at(int offset) {
    return Position.at(path, text, offset, firstLine);
  }
}

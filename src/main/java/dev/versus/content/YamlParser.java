package dev.versus.content;

import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Parses YAML 1.2 into {@link YNode}s with file positions. Composes nodes rather than
 * constructing Java objects so every value keeps its line and column, and so keys and slugs
 * that look like numbers or booleans stay the strings the author wrote.
 */
public final class YamlParser {
  private YamlParser() {}

  /**
   * Parses {@code text}, which starts at line {@code firstLine} of {@code file}. Problems go to
   * {@code diags}; the result is empty when the YAML cannot be read at all.
   */
  public static Optional<YNode> parse(String file, String text, int firstLine, Diagnostics diags) {
    // Compose is not thread-safe: one per call keeps parallel loading correct.
    LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true).build();
    try {
      Optional<Node> root = new Compose(settings).composeString(text);
      if (root.isEmpty()) return Optional.empty();
      return Optional.of(convert(file, root.get(), firstLine, diags));
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      int line = mark == null ? firstLine : mark.getLine() + firstLine;
      int col = mark == null ? 1 : mark.getColumn() + 1;
      java.util.Optional<String> hint = mark == null ? java.util.Optional.empty()
          : YamlHint.explain(text, mark.getLine(), mark.getColumn(), e.getProblem());
      diags.error(file, line, col, hint.map(h -> "invalid YAML: " + h + " (the YAML parser says: " + e.getProblem() + ")")
          .orElse("invalid YAML: " + e.getProblem()
          + " (check indentation, quote values that contain `: ` or start with a special character,"
          + " and close every quote: one left open on an earlier line shows up here)"));
      return Optional.empty();
    } catch (YamlEngineException e) {
      diags.error(file, firstLine, 1, "invalid YAML: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static YNode convert(String file, Node node, int firstLine, Diagnostics diags) {
    Position pos = node.getStartMark()
        .map(m -> new Position(file, m.getLine() + firstLine, m.getColumn() + 1))
        .orElse(new Position(file, firstLine, 1));
    if (node instanceof ScalarNode s) {
      boolean isNull = s.getTag().equals(Tag.NULL);
      return new YNode.Scalar(isNull ? "" : s.getValue(), isNull, pos);
    }
    if (node instanceof SequenceNode seq) {
      List<YNode> items = new ArrayList<>();
      for (Node child : seq.getValue()) items.add(convert(file, child, firstLine, diags));
      return new YNode.Seq(List.copyOf(items), pos);
    }
    MappingNode map = (MappingNode) node;
    Map<String, YNode.Entry> entries = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      YNode key = convert(file, t.getKeyNode(), firstLine, diags);
      YNode value = convert(file, t.getValueNode(), firstLine, diags);
      if (!(key instanceof YNode.Scalar k)) {
        diags.error(key.pos(), "a key must be a plain name, not " + key.kind());
        continue;
      }
      if (entries.containsKey(k.value())) {
        YNode.Scalar first = entries.get(k.value()).key();
        diags.error(k.pos(), "duplicate key `" + k.value() + "` (first given at line "
            + first.pos().line() + "); remove one of them");
        continue;
      }
      entries.put(k.value(), new YNode.Entry(k, value));
    }
    return new YNode.Map(entries, pos);
  }
}

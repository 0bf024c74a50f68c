package dev.versus.content;

import dev.versus.diag.Position;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML value that remembers where it was written. Scalars stay strings whatever they look
 * like ({@code 2005}, {@code yes}, {@code 1.0}); the model decides what a key means.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Map {

  Position pos();

  /** A plain or quoted scalar; {@code isNull} for an empty value or {@code ~}/{@code null}. */
  record Scalar(String value, boolean isNull, Position pos) implements YNode {}

  /** A sequence, block or flow. */
  record Seq(List<YNode> items, Position pos) implements YNode {}

  /** A mapping whose keys are scalars, in written order. */
  record Map(java.util.Map<String, Entry> entries, Position pos) implements YNode {
    public Map {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public YNode get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }
  }

  /** One key and its value; the key keeps its own position for "unknown key" warnings. */
  record Entry(Scalar key, YNode value) {}

  /** A short name of the node's kind, for messages such as "expected a list, found a map". */
  default String kind() {
    if (this instanceof Scalar s) return s.isNull() ? "nothing" : "a single value";
    if (this instanceof Seq) return "a list";
    return "a map";
  }
}

package dev.versus.content;

import dev.versus.diag.Position;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML value that remembers where it was written. Scalars stay strings whatever they look
 * like ({@code 2005}, {@code yes}, {@code 1.0}); the model decides what a key means. A JSON file read into
 * the same tree ({@link JsonTree}) keeps the type JSON wrote on each scalar ({@link Scalar.Type}), so a
 * number where the model wants text, or text where it wants a number, is an error rather than a guess.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Map {

  Position pos();

  /**
   * A plain or quoted scalar; {@code isNull} for an empty value or {@code ~}/{@code null}; {@code type} what the
   * file said it is: {@link Type#ANY} for YAML and CSV (their scalars are text the model reads as it needs), the
   * JSON type for JSON.
   */
  record Scalar(String value, boolean isNull, Position pos, Type type) implements YNode {

    /**
     * What a scalar's file said it is. YAML's plain scalars say nothing the model should trust ({@code no} a boolean,
     * {@code 1.10} a number losing its zero), so Versus reads them all as {@code ANY}; JSON's are typed, and a string
     * {@code "12"} is not the number {@code 12}.
     */
    public enum Type {
      /** Text the model reads as whatever its key means (YAML, CSV). */
      ANY,
      /** A JSON string. */
      STRING,
      /** A JSON number, its text as written ({@code 12.10}). */
      NUMBER,
      /** A JSON {@code true} or {@code false}. */
      BOOLEAN;

      /** Whether a scalar of this type may be read as {@code wanted} ({@code ANY} may be read as anything). */
      public boolean fits(Type wanted) {
        return this == ANY || this == wanted;
      }
    }

    /** A YAML or CSV scalar: of type {@link Type#ANY}. */
    public Scalar(String value, boolean isNull, Position pos) {
      this(value, isNull, pos, Type.ANY);
    }
  }

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

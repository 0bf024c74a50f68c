package dev.versus.content;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON file read into the same position-keeping tree as YAML ({@link YNode}), so the model reads an
 * edition file with {@link Fields} and reports its problems at their line and column. Gson's strict
 * streaming parser reads it (RFC 8259: no comments, no trailing commas, no single quotes); a file it
 * cannot parse is one error at the position Gson reports. Scalars keep their text as JSON wrote it:
 * numbers as written ({@code 12.10}), {@code true}/{@code false}, and {@code null} as a null scalar; and each
 * keeps its JSON type ({@link YNode.Scalar.Type}), which {@link Fields} checks against what the key means.
 */
public final class JsonTree {
  /** Gson's position in its messages and {@code toString()}: "at line 3 column 7 path $.criteria[0]". */
  private static final Pattern AT = Pattern.compile("at line (\\d+) column (\\d+)(?: path (\\S+))?");
  /** How deep a file may nest: an edition file nests five levels; a deeper one is not an edition. */
  private static final int MAX_DEPTH = 64;

  private JsonTree() {}

  /** The tree of {@code text}, the content of {@code file}; empty after an error. */
  public static Optional<YNode> parse(String file, String text, Diagnostics diags) {
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    try {
      YNode root = value(file, reader, 0);
      if (reader.peek() != JsonToken.END_DOCUMENT) throw new IOException("more JSON after the end of the document " + where(reader));
      return Optional.of(root);
    } catch (Duplicate e) {
      diags.error(e.at, "not valid JSON: the key \"" + e.key + "\" is written twice in this object; keep one");
      return Optional.empty();
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      Matcher m = AT.matcher(String.valueOf(e.getMessage()));
      boolean found = m.find();
      String message = String.valueOf(e.getMessage()).replaceAll("\\s*at line \\d+ column \\d+.*", "")
          .replaceAll("\\s*See https?://\\S+", "").strip();
      // Gson counts the column just past the character it stopped at: the problem is one column before
      diags.error(file, found ? Integer.parseInt(m.group(1)) : 1, found ? Math.max(1, Integer.parseInt(m.group(2)) - 1) : 1,
          "not valid JSON: " + message + (found && m.group(3) != null ? " (at " + m.group(3) + ")" : ""));
      return Optional.empty();
    }
  }

  private static YNode value(String file, JsonReader r, int depth) throws IOException {
    if (depth > MAX_DEPTH) throw new IOException("nested deeper than " + MAX_DEPTH + " levels " + where(r));
    JsonToken t = r.peek();
    Position pos = position(file, r, 4);
    switch (t) {
      case BEGIN_OBJECT -> {
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
          Position keyPos = position(file, r, 0);
          String key = r.nextName();
          if (entries.containsKey(key)) throw new Duplicate(key, keyPos);
          entries.put(key, new YNode.Entry(new YNode.Scalar(key, false, keyPos, YNode.Scalar.Type.STRING), value(file, r, depth + 1)));
        }
        r.endObject();
        return new YNode.Map(entries, pos);
      }
      case BEGIN_ARRAY -> {
        List<YNode> items = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) items.add(value(file, r, depth + 1));
        r.endArray();
        return new YNode.Seq(items, pos);
      }
      case STRING -> {
        return new YNode.Scalar(r.nextString(), false, pos, YNode.Scalar.Type.STRING);
      }
      case NUMBER -> {
        // nextString keeps the number as written: 12.10 stays 12.10. Gson's peek has read past a whole number that fits
        // a long (7) but not into any other (12.10): the number starts its own length before where the reader is after it
        String number = r.nextString();
        return new YNode.Scalar(number, false, before(file, r, number.length()), YNode.Scalar.Type.NUMBER);
      }
      case BOOLEAN -> {
        Position start = position(file, r, 5);
        boolean b = r.nextBoolean();
        return new YNode.Scalar(String.valueOf(b), false, b ? pos : start, YNode.Scalar.Type.BOOLEAN);
      }
      case NULL -> {
        r.nextNull();
        return new YNode.Scalar("", true, pos);
      }
      default -> throw new IOException("unexpected " + t + " " + where(r));
    }
  }

  /** A key written twice in one object (RFC 8259 leaves its meaning open; an edition must not). */
  private static final class Duplicate extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Position at;

    Duplicate(String key, Position at) {
      super(key, null, false, false);
      this.key = key;
      this.at = at;
    }
  }

  /** Where the reader is, as Gson says it ("at line 3 column 7 path $.x"). */
  private static String where(JsonReader r) {
    return r.toString().replaceFirst("^JsonReader ", "");
  }

  /** The position {@code length} characters before where the reader is, on its line: where a token it has just read began. */
  private static Position before(String file, JsonReader r, int length) {
    Matcher m = AT.matcher(r.toString());
    if (!m.find()) return new Position(file, 1, 1);
    return new Position(file, Integer.parseInt(m.group(1)), Math.max(1, Integer.parseInt(m.group(2)) - length));
  }

  /**
   * The position of the token the reader has just peeked, {@code length} characters long when Gson's peek read it
   * whole (the literals {@code true}, {@code false}, {@code null}). Gson has read past the first character of a
   * string, a name, an object or an array; a number's position is taken after reading it ({@link #before}).
   */
  private static Position position(String file, JsonReader r, int length) throws IOException {
    JsonToken t = r.peek();
    Matcher m = AT.matcher(r.toString());
    if (!m.find()) return new Position(file, 1, 1);
    int column = Integer.parseInt(m.group(2));
    int back = t == JsonToken.BOOLEAN || t == JsonToken.NULL ? length : 1;
    return new Position(file, Integer.parseInt(m.group(1)), Math.max(1, column - back));
  }
}

package dev.versus.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * The one place Versus writes JSON: JSON-LD, the search index and the preview server's events, all
 * plain maps, lists, strings, numbers and booleans. Gson's {@link JsonWriter} writes the text; its HTML-safe escaping
 * (on by default) writes {@code < > & = '} as {@code \u003c}-style escapes, so the text is safe
 * inside a {@code <script>} element ({@code </script>} and {@code <!--} cannot end or change it,
 * per the HTML standard's "restrictions for contents of script elements"), and it escapes U+2028
 * and U+2029, so it is also valid JavaScript.
 *
 * <p>{@link #write} walks maps, collections, strings, booleans and the usual numbers itself, writing each as Gson's
 * own adapters write it (a map's key as {@code String.valueOf}, a whole number as its digits, a {@code double} as
 * {@code Double.toString}, a {@code float}, {@code BigDecimal} or {@code BigInteger} as its {@code toString}); any
 * other value, and a number that is not finite (which Gson refuses), goes to Gson on the same writer. Gson's own walk
 * looks up a type adapter for each value's runtime class: in a cold build of {@code content/} that walk was about half of
 * the search stage's samples (docs/performance.md, round 9). {@code JsonTest} holds both to the same bytes.
 */
public final class Json {
  // Gson instances are immutable and thread-safe; nulls are kept so a map's keys stay as given
  private static final Gson GSON = new GsonBuilder().serializeNulls().disableJdkUnsafe().create();
  private static final Gson PRETTY = new GsonBuilder().serializeNulls().disableJdkUnsafe().setPrettyPrinting().create();

  private Json() {}

  /** {@code value} (maps, lists, strings, numbers, booleans, null) as compact JSON, byte for byte as {@code Gson.toJson} writes it. */
  public static String write(Object value) {
    StringWriter text = new StringWriter();
    try {
      // the writer Gson.toJson makes: HTML-safe, nulls kept, compact; lenient as Gson.toJson sets it while it writes
      JsonWriter out = GSON.newJsonWriter(text);
      out.setStrictness(Strictness.LENIENT);
      value(out, value);
      out.flush();
    } catch (IOException e) {
      // a StringWriter does not fail
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void value(JsonWriter out, Object value) throws IOException {
    if (value == null) {
      out.nullValue();
    } else if (value instanceof String s) {
      out.value(s);
    } else if (value instanceof Map<?, ?> map) {
      out.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.name(String.valueOf(e.getKey()));
        value(out, e.getValue());
      }
      out.endObject();
    } else if (value instanceof Collection<?> list) {
      out.beginArray();
      for (Object v : list) value(out, v);
      out.endArray();
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      out.value(((Number) value).longValue());
    } else if (value instanceof Boolean b) {
      out.value(b.booleanValue());
    } else if (value instanceof Double d && Double.isFinite(d)) {
      out.value(d.doubleValue());
    } else if (value instanceof Float f && Float.isFinite(f) || value instanceof BigDecimal || value instanceof BigInteger) {
      out.value((Number) value);
    } else {
      GSON.toJson(value, value.getClass(), out);
    }
  }

  /** {@code value} as indented JSON, one value a line: for files an author keeps under version control (the editions). */
  public static String pretty(Object value) {
    return PRETTY.toJson(value);
  }
}

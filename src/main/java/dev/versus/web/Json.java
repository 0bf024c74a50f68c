package dev.versus.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The one place Versus writes JSON: JSON-LD, the search index and the preview server's events, all
 * plain maps, lists, strings, numbers and booleans. Gson does the writing; its HTML-safe escaping
 * (on by default) writes {@code < > & = '} as {@code \u003c}-style escapes, so the text is safe
 * inside a {@code <script>} element ({@code </script>} and {@code <!--} cannot end or change it,
 * per the HTML standard's "restrictions for contents of script elements"), and it escapes U+2028
 * and U+2029, so it is also valid JavaScript.
 */
public final class Json {
  // Gson instances are immutable and thread-safe; nulls are kept so a map's keys stay as given
  private static final Gson GSON = new GsonBuilder().serializeNulls().disableJdkUnsafe().create();
  private static final Gson PRETTY = new GsonBuilder().serializeNulls().disableJdkUnsafe().setPrettyPrinting().create();

  private Json() {}

  /** {@code value} (maps, lists, strings, numbers, booleans, null) as compact JSON. */
  public static String write(Object value) {
    return GSON.toJson(value);
  }

  /** {@code value} as indented JSON, one value a line: for files an author keeps under version control (the editions). */
  public static String pretty(Object value) {
    return PRETTY.toJson(value);
  }
}

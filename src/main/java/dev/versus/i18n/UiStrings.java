package dev.versus.i18n;

import dev.versus.diag.Suggest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one build's theme: every UI string by its flat key ({@code nav.compare}), after the
 * guide's and the theme's files were merged ({@link I18nFiles#resolve}). Immutable; equal when every
 * string is, so the preview server can tell that an edit of an i18n file changed them.
 *
 * <p>A string is text with {@code {name}} placeholders. A key with plural forms ({@code one} and
 * {@code other}, as Hugo's i18n files write them) is chosen by the {@code count} argument:
 * {@code one} when it is 1, else {@code other} (English's rule; other languages' CLDR rules are for
 * the translation issue). A key ending in {@code .html} is HTML: its text is markup and only its
 * arguments are escaped; every other string is plain text for the template to escape.
 */
public final class UiStrings {
  /** A placeholder in a string: {@code {name}}. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}");
  /** The argument that chooses a plural form (and fills {@code {count}}). */
  public static final String COUNT = "count";

  /** One string: its forms by plural category, {@code other} always, {@code one} when it has plural forms. */
  public record Message(Map<String, String> forms) {
    public Message {
      forms = Collections.unmodifiableMap(new TreeMap<>(forms));
    }

    static Message of(String text) {
      return new Message(Map.of("other", text));
    }

    boolean plural() {
      return forms.size() > 1;
    }

    /** The placeholders its forms use, sorted. */
    Set<String> placeholders() {
      Set<String> out = new TreeSet<>();
      forms.values().forEach(f -> out.addAll(placeholdersOf(f)));
      return out;
    }
  }

  private final Map<String, Message> messages;

  public UiStrings(Map<String, Message> messages) {
    this.messages = Collections.unmodifiableMap(new TreeMap<>(messages));
  }

  /** Every key, sorted. */
  public Set<String> keys() {
    return messages.keySet();
  }

  /** Whether {@code key} is HTML (its name ends in {@code .html}) rather than text. */
  public static boolean isHtml(String key) {
    return key.endsWith(".html");
  }

  /**
   * The text strings under {@code prefix} (the keys {@code prefix + name}) by {@code name}, each as its forms by plural
   * category ({@code other}, and {@code one} for a plural string) with its placeholders unfilled: the words a script
   * shows, which it fills and picks the form of itself (one when the count is 1, as {@link #format} does). Sorted.
   *
   * @throws IllegalArgumentException when no key has the prefix, or one of them is HTML (a script shows text)
   */
  public Map<String, Map<String, String>> forms(String prefix) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    messages.forEach((key, m) -> {
      if (!key.startsWith(prefix)) return;
      if (isHtml(key)) throw new IllegalArgumentException("UI string `" + key + "` is HTML; a script's words are text");
      out.put(key.substring(prefix.length()), m.forms());
    });
    if (out.isEmpty()) throw new IllegalArgumentException("no UI string begins with `" + prefix + "` (the theme's i18n/en.yaml lists every key)");
    return Collections.unmodifiableMap(out);
  }

  /** Every placeholder name some string uses, sorted: the arguments a template may pass. */
  public Set<String> placeholders() {
    Set<String> out = new TreeSet<>();
    messages.values().forEach(m -> out.addAll(m.placeholders()));
    return out;
  }

  /** {@link #format} with arguments given as name, value, name, value. */
  public String text(String key, Object... nameValue) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) args.put((String) nameValue[i], nameValue[i + 1]);
    return format(key, args);
  }

  /**
   * The string {@code key} with its placeholders filled from {@code args}; {@code args.count} (a
   * number) chooses the plural form. An HTML key's arguments are escaped.
   *
   * @throws IllegalArgumentException for an unknown key (with a did-you-mean), a missing argument,
   *     or a count that is not a number
   */
  public String format(String key, Map<String, ?> args) {
    Message m = messages.get(key);
    if (m == null) {
      throw new IllegalArgumentException("unknown UI string `" + key + "`" + Suggest.didYouMean(key, messages.keySet())
          + " (the theme's i18n/en.yaml lists every key)");
    }
    String form = m.forms().get("other");
    Object count = args.get(COUNT);
    if (m.plural()) {
      if (!(count instanceof Number n)) {
        throw new IllegalArgumentException("UI string `" + key + "` has plural forms: pass a number as `count`");
      }
      if (n.doubleValue() == 1 && m.forms().containsKey("one")) form = m.forms().get("one");
    }
    Matcher p = PLACEHOLDER.matcher(form);
    StringBuilder out = new StringBuilder();
    while (p.find()) {
      String name = p.group(1);
      if (!args.containsKey(name) || args.get(name) == null) {
        throw new IllegalArgumentException("UI string `" + key + "` needs the argument `" + name + "`");
      }
      String value = String.valueOf(args.get(name));
      p.appendReplacement(out, Matcher.quoteReplacement(isHtml(key) ? escape(value) : value));
    }
    p.appendTail(out);
    return out.toString();
  }

  /** {@code names} as a sentence lists them: "Tea, Coffee and Cocoa" ({@code join.separator}, {@code join.last}). */
  public String join(List<String> names) {
    List<String> init = new ArrayList<>(names.subList(0, names.size() - 1));
    return text("join.last", "first", String.join(text("join.separator"), init), "last", names.get(names.size() - 1));
  }

  static Set<String> placeholdersOf(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  /**
   * {@code text} with {@code & < > " '} written as {@code &amp; &lt; &gt; &quot; &#39;}, and nothing else changed:
   * what unbescape's {@code HtmlEscape.escapeHtml4Xml} gives (Pebble's own HTML escaping, level 1, HTML 4 names,
   * decimal for the apostrophe, which has none), so an argument of an HTML key reads as it would in a template.
   * The renderer escapes with this too, which keeps unbescape's tables of every HTML 5 entity (some 20 ms of a
   * small build's start) from being built; {@code UiStringsTest} holds it to unbescape's bytes. Returns
   * {@code text} itself when it has none of the five.
   */
  public static String escape(String text) {
    int first = 0;
    while (first < text.length() && !markup(text.charAt(first))) first++;
    if (first == text.length()) return text;
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean markup(char c) {
    return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UiStrings u && u.messages.equals(messages);
  }

  @Override
  public int hashCode() {
    return messages.hashCode();
  }

  @Override
  public String toString() {
    return "UiStrings" + messages.keySet();
  }
}

package dev.versus.content;

import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.content.YNode.Scalar.Type;
import dev.versus.diag.Suggest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, position-aware reading of one YAML map (or JSON object). Every wrong type, missing required key and
 * unknown key becomes a diagnostic with the value's position; reading never throws. A YAML scalar is read as
 * whatever its key means; a JSON scalar must have the JSON type the key means ({@link YNode.Scalar.Type}): a
 * number is not text, a string is not a number, and the message says how to write it.
 */
public final class Fields {
  /** RFC 8259's number: what a string may hold to be written as a number by taking off its quotes. */
  private static final java.util.regex.Pattern JSON_NUMBER = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private final YNode.Map map;
  private final Diagnostics diags;
  private final Set<String> known;

  public Fields(YNode.Map map, Diagnostics diags, Set<String> known) {
    this.map = map;
    this.diags = diags;
    this.known = known;
  }

  /** Wraps {@code node} when it is a map; otherwise reports it and returns an empty reader. */
  public static Optional<Fields> of(YNode node, String what, Diagnostics diags, Set<String> known) {
    if (node instanceof YNode.Map m) return Optional.of(new Fields(m, diags, known));
    diags.error(node.pos(), what + " must be a map of `key: value` pairs, found " + node.kind());
    return Optional.empty();
  }

  public Position pos() {
    return map.pos();
  }

  /** Where {@code key}'s value was written, or the map itself when the key is absent. */
  public Position pos(String key) {
    YNode n = map.get(key);
    return n == null ? map.pos() : n.pos();
  }

  /** Where {@code key} itself was written, or the map itself when the key is absent. */
  public Position keyPos(String key) {
    YNode.Entry e = map.entries().get(key);
    return e == null ? map.pos() : e.key().pos();
  }

  public boolean has(String key) {
    YNode n = map.get(key);
    return n != null && !(n instanceof YNode.Scalar s && s.isNull());
  }

  /** A text value; a missing required key is an error naming the key and how to add it. */
  public Optional<String> text(String key, boolean required) {
    return scalar(key, required, Type.STRING);
  }

  /** The text of a number as written ({@code 12.10}), for the caller to parse: a JSON string is no number. */
  public Optional<String> number(String key, boolean required) {
    return scalar(key, required, Type.NUMBER);
  }

  private Optional<String> scalar(String key, boolean required, Type wanted) {
    if (!has(key)) {
      if (required) missing(key);
      return Optional.empty();
    }
    YNode n = map.get(key);
    if (n instanceof YNode.Scalar s) {
      if (!s.type().fits(wanted)) {
        diags.error(s.pos(), mismatch("`" + key + "`", s, wanted));
        return Optional.empty();
      }
      if (required && s.value().isBlank()) {
        diags.error(s.pos(), "`" + key + "` is empty: give it a value");
        return Optional.empty();
      }
      return Optional.of(s.value());
    }
    diags.error(n.pos(), "`" + key + "` must be a single value, found " + n.kind());
    return Optional.empty();
  }

  public String text(String key, String fallback) {
    return text(key, false).orElse(fallback);
  }

  /**
   * An optional text that stands in for {@code fallback} (a page's {@code <title>}, its heading): {@code fallback}
   * when the key is absent, and an error at the value when it is written blank, since {@code meta_title: ""} would
   * publish an empty {@code <title>}, which HTML forbids. {@code fallbackName} says what the page uses without the
   * key ({@code `title`}).
   */
  public String filled(String key, String fallback, String fallbackName) {
    Optional<String> v = text(key, false);
    if (v.isPresent() && v.get().isBlank()) {
      diags.error(pos(key), "`" + key + "` is empty: give it a value, or remove the line to use " + fallbackName);
      return fallback;
    }
    return v.orElse(fallback);
  }

  /** A list of scalars; a single scalar is accepted as a one-item list. */
  public List<YNode.Scalar> scalars(String key, boolean required) {
    if (!has(key)) {
      if (required) missing(key);
      return List.of();
    }
    YNode n = map.get(key);
    if (n instanceof YNode.Scalar s) return text("`" + key + "`", s).stream().toList();
    List<YNode.Scalar> out = new ArrayList<>();
    if (n instanceof YNode.Seq seq) {
      for (YNode item : seq.items()) {
        if (item instanceof YNode.Scalar s) text("each entry of `" + key + "`", s).ifPresent(out::add);
        else diags.error(item.pos(), "each entry of `" + key + "` must be a single value, found " + item.kind());
      }
      return out;
    }
    diags.error(n.pos(), "`" + key + "` must be a list such as `[a, b]`, found " + n.kind());
    return List.of();
  }

  public List<String> strings(String key) {
    return scalars(key, false).stream().map(YNode.Scalar::value).toList();
  }

  /** A list of maps, e.g. {@code groups} or {@code used_by}. */
  public List<YNode.Map> maps(String key, boolean required) {
    if (!has(key)) {
      if (required) missing(key);
      return List.of();
    }
    YNode n = map.get(key);
    if (!(n instanceof YNode.Seq seq)) {
      diags.error(n.pos(), "`" + key + "` must be a list of entries, found " + n.kind());
      return List.of();
    }
    List<YNode.Map> out = new ArrayList<>();
    for (YNode item : seq.items()) {
      if (item instanceof YNode.Map m) out.add(m);
      else diags.error(item.pos(), "each entry of `" + key + "` must be a map such as `{key: value}`, found " + item.kind());
    }
    return out;
  }

  /** A nested map, e.g. {@code verdicts}. */
  public Optional<YNode.Map> map(String key, boolean required) {
    if (!has(key)) {
      if (required) missing(key);
      return Optional.empty();
    }
    YNode n = map.get(key);
    if (n instanceof YNode.Map m) return Optional.of(m);
    diags.error(n.pos(), "`" + key + "` must be a map of `name: value` entries, found " + n.kind());
    return Optional.empty();
  }

  /** A date written {@code YYYY-MM-DD}, read as a local date. */
  public Optional<LocalDate> date(String key, boolean required) {
    return text(key, required).flatMap(v -> {
      try {
        return Optional.of(isoDate(v.strip()));
      } catch (java.time.DateTimeException e) {
        diags.error(pos(key), "`" + key + "` must be a date written YYYY-MM-DD, found `" + v + "`");
        return Optional.empty();
      }
    });
  }

  /**
   * {@code LocalDate.parse(text)}: the same date, or the same refusal (a {@link java.time.DateTimeException}); the
   * plain {@code YYYY-MM-DD} of nearly every date is read without the formatter, which was a tenth of a repeat build's
   * model stage (JFR, 4,000 articles).
   */
  static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      // ISO_LOCAL_DATE resolves strictly: LocalDate.of refuses a month or day out of range just as it does
      if (year >= 0 && month >= 0 && day >= 0) return LocalDate.of(year, month, day);
    }
    return LocalDate.parse(text);
  }

  /** The number that ASCII digits {@code from} to {@code to} of {@code text} write, or -1 when one is no digit. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }

  public Optional<Integer> integer(String key) {
    return number(key, false).flatMap(v -> {
      try {
        return Optional.of(Integer.parseInt(v.strip()));
      } catch (NumberFormatException e) {
        diags.error(pos(key), "`" + key + "` must be a whole number, found `" + v + "`");
        return Optional.empty();
      }
    });
  }

  public boolean bool(String key) {
    return scalar(key, false, Type.BOOLEAN).map(v -> {
      String t = v.strip().toLowerCase(java.util.Locale.ROOT);
      if (t.equals("true") || t.equals("false")) return t.equals("true");
      diags.error(pos(key), "`" + key + "` must be true or false, found `" + v + "`");
      return false;
    }).orElse(false);
  }

  /** Warns about every key this reader does not understand, with a "did you mean" hint. */
  public void warnUnknown() {
    for (YNode.Entry e : map.entries().values()) {
      String k = e.key().value();
      if (!known.contains(k)) {
        diags.warning(e.key().pos(), "unknown key `" + k + "` is ignored" + Suggest.didYouMean(k, known)
            + (Suggest.closest(k, known).isEmpty() ? "; known keys: " + String.join(", ", known.stream().sorted().toList()) : ""));
      }
    }
  }

  /** {@code s} when it may be read as text; otherwise reported as {@code what} of the wrong type. */
  private Optional<YNode.Scalar> text(String what, YNode.Scalar s) {
    if (s.type().fits(Type.STRING)) return Optional.of(s);
    diags.error(s.pos(), mismatch(what, s, Type.STRING));
    return Optional.empty();
  }

  /**
   * Why the JSON scalar {@code s} does not do where {@code wanted} is meant, and how to write it: the value in
   * quotes, or without them (as it is when it is a JSON number already, such as {@code "2.5"}).
   */
  private static String mismatch(String what, YNode.Scalar s, Type wanted) {
    String found = switch (s.type()) {
      case NUMBER -> "the number `" + s.value() + "`";
      case BOOLEAN -> "`" + s.value() + "`";
      default -> "the string `\"" + s.value() + "\"`";
    };
    String fix = switch (wanted) {
      case STRING -> "a string, found " + found + ": write it in quotes, `\"" + s.value() + "\"`";
      case BOOLEAN -> "`true` or `false`, found " + found + ": write one of them without quotes";
      default -> "a number, found " + found + ": write " + (JSON_NUMBER.matcher(s.value()).matches()
          ? "it without quotes, `" + s.value() + "`" : "a number without quotes, such as `12.16`");
    };
    return what + " must be " + fix;
  }

  private void missing(String key) {
    diags.error(map.pos(), KeyAdvice.missing(map.pos(), key));
  }
}

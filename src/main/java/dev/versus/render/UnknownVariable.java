package dev.versus.render;

import dev.versus.diag.Suggest;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pebble's strict-variable errors (its {@code strictVariables} mode: a name the page does not have is
 * an error, not an empty string) said in the template author's terms: which name is unknown, a
 * did-you-mean ({@link Suggest}) and what the template can use there instead. Also Pebble's "null
 * value given to if statement", which strict mode raises for {@code {% if x %}} on a null {@code x}.
 */
final class UnknownVariable {
  private static final String NULL_IF = "null value given to if statement";
  /** Pebble's words for {@code a.b.c} with a null {@code a.b}; it names only {@code c}. */
  private static final String OF_NULL = "Attempt to get attribute of null object";

  private UnknownVariable() {}

  /**
   * What went wrong, when {@code e} (or a cause) is a strict-variable error: {@code vars} are the
   * page's variables, {@code line} the text of the template line Pebble names (to read the dotted
   * name an attribute was asked of). Empty for any other error.
   */
  static Optional<String> explain(PebbleException e, Map<String, Object> vars, String line) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RootAttributeNotFoundException r && String.valueOf(r.getPebbleMessage()).startsWith(OF_NULL)) {
        return Optional.of(ofNull(r.getAttributeName(), line));
      }
      if (t instanceof RootAttributeNotFoundException r) return Optional.of(root(r.getAttributeName(), vars));
      if (t instanceof AttributeNotFoundException a) return Optional.of(attribute(a.getAttributeName(), vars, line));
      if (t instanceof PebbleException p && p.getPebbleMessage() != null && p.getPebbleMessage().startsWith(NULL_IF)) {
        return Optional.of("`{% if %}` got a null value: test it with `is not null` (or `is not empty`), as strict variables"
            + " take only true or false there");
      }
    }
    return Optional.empty();
  }

  private static String root(String name, Map<String, Object> vars) {
    if (vars.containsKey(name)) {
      // Pebble reports `x.y` with a null x as an unknown x
      return "`" + name + "` is null here, so it has no attributes: test it with `" + name + " is not null` first";
    }
    return "unknown variable `" + name + "`" + Suggest.didYouMean(name, vars.keySet()) + "; the page has "
        + list(vars.keySet()) + ", and the template's own `{% set %}`, `{% for %}` and macro arguments;"
        + " test an optional one with `is defined`";
  }

  private static String ofNull(String name, String line) {
    String owner = owner(name, line);
    String what = owner == null ? "the value before `." + name + "`" : "`" + owner + "`";
    return what + " is null here, so it has no `" + name + "`: test it with `" + (owner == null ? "..." : owner)
        + " is not null` first";
  }

  /** The dotted name {@code .name} is asked of on {@code line} ({@code page} in {@code page.titel}), or null. */
  private static String owner(String name, String line) {
    Matcher m = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\." + Pattern.quote(name) + "(?![A-Za-z0-9_])")
        .matcher(line);
    return m.find() ? m.group(1) : null;
  }

  private static String attribute(String name, Map<String, Object> vars, String line) {
    String owner = owner(name, line);
    Optional<Collection<String>> keys = owner == null ? Optional.empty() : keys(lookUp(owner, vars));
    String what = "unknown variable `" + (owner == null ? name : owner + "." + name) + "`";
    if (keys.isEmpty()) {
      return what + ": `" + name + "` is not there; test an optional one with `is defined`, or give it a `| default(...)`";
    }
    return what + ": `" + owner + "` has no `" + name + "`" + Suggest.didYouMean(name, keys.get()) + "; it has "
        + list(keys.get());
  }

  /** The value of dotted {@code path} among {@code vars}, through maps; null when a step is missing or not a map. */
  private static Object lookUp(String path, Map<String, Object> vars) {
    Object at = vars;
    for (String step : path.split("\\.")) {
      if (!(at instanceof Map<?, ?> map)) return null;
      at = map.get(step);
    }
    return at;
  }

  /** The names {@code value} answers to in a template: a map's keys or a record's components. */
  private static Optional<Collection<String>> keys(Object value) {
    if (value instanceof Map<?, ?> map) return Optional.of(map.keySet().stream().map(String::valueOf).toList());
    if (value != null && value.getClass().isRecord()) {
      return Optional.of(java.util.Arrays.stream(value.getClass().getRecordComponents()).map(c -> c.getName()).toList());
    }
    return Optional.empty();
  }

  private static String list(Collection<String> names) {
    List<String> sorted = List.copyOf(new TreeSet<>(names));
    return sorted.isEmpty() ? "no variables" : "`" + String.join("`, `", sorted) + "`";
  }
}

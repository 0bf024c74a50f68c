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
   * name an attribute was asked of) and {@code template} the whole text of that template, where a
   * name asked of a {@code {% for x in list %}} variable is looked up in the list's first item, so
   * the message can list what {@code x} has. Empty for any other error.
   */
  static Optional<String> explain(PebbleException e, Map<String, Object> vars, String line, String template) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RootAttributeNotFoundException r && String.valueOf(r.getPebbleMessage()).startsWith(OF_NULL)) {
        return Optional.of(ofNull(r.getAttributeName(), line));
      }
      if (t instanceof RootAttributeNotFoundException r) return Optional.of(root(r.getAttributeName(), vars));
      if (t instanceof AttributeNotFoundException a) return Optional.of(attribute(a.getAttributeName(), vars, line, template));
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

  private static String attribute(String name, Map<String, Object> vars, String line, String template) {
    String owner = owner(name, line);
    Optional<Collection<String>> keys = owner == null ? Optional.empty() : keys(resolve(owner, vars, template, 0));
    String what = "unknown variable `" + (owner == null ? name : owner + "." + name) + "`";
    if (keys.isEmpty()) {
      return what + ": `" + name + "` is not there; test an optional one with `is defined`, or give it a `| default(...)`";
    }
    String loop = owner.contains(".") || vars.containsKey(owner) ? "" : loopOver(owner, template).map(l -> " (each of `" + l + "`)").orElse("");
    return what + ": `" + owner + "`" + loop + " has no `" + name + "`" + Suggest.didYouMean(name, keys.get()) + "; it has "
        + list(keys.get());
  }

  /**
   * The value of dotted {@code path}: its first step is a page variable or a {@code {% for %}} variable
   * of {@code template} (then the first item of the list it runs over, itself resolved the same way, to a
   * depth of four loops), the rest go through maps and records. Null when a step is missing.
   */
  private static Object resolve(String path, Map<String, Object> vars, String template, int depth) {
    String[] steps = path.split("\\.");
    Object at;
    if (vars.containsKey(steps[0])) {
      at = vars.get(steps[0]);
    } else {
      Optional<String> list = loopOver(steps[0], template);
      if (list.isEmpty() || depth > 3) return null;
      at = first(resolve(list.get(), vars, template, depth + 1));
    }
    for (int i = 1; i < steps.length && at != null; i++) at = step(at, steps[i]);
    return at;
  }

  /** The list {@code variable} runs over in {@code template}: {@code matrix.rows} for {@code {% for r in matrix.rows %}}. */
  private static Optional<String> loopOver(String variable, String template) {
    Matcher m = Pattern.compile("\\{%-?\\s*for\\s+(?:[A-Za-z_][A-Za-z0-9_]*\\s*,\\s*)?" + Pattern.quote(variable)
        + "\\s+in\\s+([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)").matcher(template);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Object first(Object list) {
    if (list instanceof Iterable<?> items) {
      var it = items.iterator();
      return it.hasNext() ? it.next() : null;
    }
    return null;
  }

  /** Attribute {@code name} of a map or a record, as Pebble reads it; null when it has none. */
  private static Object step(Object value, String name) {
    if (value instanceof Map<?, ?> map) return map.get(name);
    if (value.getClass().isRecord()) {
      for (var c : value.getClass().getRecordComponents()) {
        if (!c.getName().equals(name)) continue;
        try {
          return c.getAccessor().invoke(value);
        } catch (ReflectiveOperationException | RuntimeException e) {
          return null;
        }
      }
    }
    return null;
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

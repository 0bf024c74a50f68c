package dev.versus.render;

import dev.versus.i18n.UiStrings;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The templates' functions for UI strings: {@code {{ i18n("nav.compare") }}}, with named arguments
 * for the placeholders and the plural count ({@code {{ i18n("cell.passages", count=n) }}}). A text comes
 * back as a plain string, which autoescaping escapes like any value; an {@code .html} key's markup comes
 * back as a {@link SafeString}. A script's words come whole, for a data attribute: {@code {{ i18nScript("search.js.") }}}
 * is the JSON object of every string under the prefix with its plural forms and placeholders unfilled
 * ({@link UiStrings#forms}), which the script fills as it counts. A problem (an unknown key, a missing argument)
 * is a template error at the line of the call.
 */
final class I18nExtension extends AbstractExtension {
  /** The function's name in templates. */
  static final String NAME = "i18n";

  private final UiStrings strings;

  I18nExtension(UiStrings strings) {
    this.strings = strings;
  }

  /** The function that hands a script its words. */
  static final String SCRIPT = "i18nScript";

  @Override
  public Map<String, Function> getFunctions() {
    return Map.of(NAME, new Lookup(strings), SCRIPT, new ScriptWords(strings));
  }

  /** {@code i18nScript(prefix)}: the strings under {@code prefix} as one JSON object, for a script to fill. */
  private record ScriptWords(UiStrings strings) implements Function {
    @Override
    public List<String> getArgumentNames() {
      return List.of("prefix");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
      try {
        return dev.versus.web.Json.write(strings.forms(String.valueOf(args.get("prefix"))));
      } catch (IllegalArgumentException e) {
        throw new PebbleException(e, e.getMessage(), line, self.getName());
      }
    }
  }

  private static final class Lookup implements Function {
    private final UiStrings strings;
    private final List<String> names;

    Lookup(UiStrings strings) {
      this.strings = strings;
      // Pebble accepts only the named arguments a function lists: the key, the count, every placeholder
      List<String> names = new ArrayList<>(List.of("key", UiStrings.COUNT));
      strings.placeholders().stream().filter(p -> !names.contains(p)).forEach(names::add);
      this.names = List.copyOf(names);
    }

    @Override
    public List<String> getArgumentNames() {
      return names;
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
      Object key = args.get("key");
      if (!(key instanceof String k)) {
        throw new PebbleException(null, NAME + "() needs a key, such as " + NAME + "(\"nav.compare\")", line, self.getName());
      }
      Map<String, Object> values = new HashMap<>(args);
      values.remove("key");
      try {
        String text = strings.format(k, values);
        return UiStrings.isHtml(k) ? new SafeString(text) : text;
      } catch (IllegalArgumentException e) {
        throw new PebbleException(e, e.getMessage(), line, self.getName());
      }
    }
  }
}

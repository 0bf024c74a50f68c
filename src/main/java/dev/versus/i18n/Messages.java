package dev.versus.i18n;

import dev.versus.content.YNode;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Suggest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads one entry of an i18n file into a {@link UiStrings.Message}, and checks a guide's against the theme's. */
final class Messages {
  /** The plural forms English needs; other languages' forms come with the translation issue. */
  static final List<String> FORMS = List.of("one", "other");

  private Messages() {}

  /**
   * {@code value} as a string: a text, or a map of plural forms with {@code other} required. A value
   * of another shape is an error, a form other than those of {@link #FORMS} a warning (it is ignored).
   */
  static Optional<UiStrings.Message> read(String key, YNode value, Diagnostics diags) {
    if (value instanceof YNode.Scalar s && !s.isNull()) return Optional.of(UiStrings.Message.of(s.value()));
    if (!(value instanceof YNode.Map m)) {
      diags.error(value.pos(), "UI string `" + key + "` must be a text (`" + key + ": \"...\"`) or plural forms (`one:` and `other:`), found "
          + value.kind());
      return Optional.empty();
    }
    Map<String, String> forms = new LinkedHashMap<>();
    boolean ok = true;
    for (YNode.Entry e : m.entries().values()) {
      String form = e.key().value();
      if (!FORMS.contains(form)) {
        diags.warning(e.key().pos(), "unknown plural form `" + form + "` of `" + key + "` is ignored" + Suggest.didYouMean(form, FORMS)
            + "; English has `one` and `other`");
      } else if (e.value() instanceof YNode.Scalar s && !s.isNull()) {
        forms.put(form, s.value());
      } else {
        diags.error(e.value().pos(), "plural form `" + form + "` of `" + key + "` must be a text, found " + e.value().kind());
        ok = false;
      }
    }
    if (ok && !forms.containsKey("other")) {
      diags.error(m.pos(), "UI string `" + key + "` has plural forms but no `other:`, the form for every count but one; add it");
      ok = false;
    }
    return ok ? Optional.of(new UiStrings.Message(forms)) : Optional.empty();
  }

  /**
   * Whether a guide's {@code mine} can stand for the theme's {@code theirs}: plural forms only where the
   * templates pass a count, and no placeholder they do not fill (the page could not be rendered). Each
   * problem is an error at the guide's value.
   */
  static boolean fits(String key, YNode value, UiStrings.Message mine, UiStrings.Message theirs, Diagnostics diags) {
    if (mine.forms().values().stream().anyMatch(String::isBlank) && theirs.forms().values().stream().noneMatch(String::isBlank)) {
      // a blank breadcrumb, button or heading is an element with no name: screen readers and axe cannot name it
      diags.warning(value.pos(), "UI string `" + key + "` is empty, so a link, button or label would show no words (nothing"
          + " for a screen reader to read); the theme's text is kept: write the words to show, or override the template"
          + " that shows it to leave it out (docs/theming.md)");
      return false;
    }
    Set<String> filled = new TreeSet<>(theirs.placeholders());
    if (theirs.plural()) filled.add(UiStrings.COUNT);
    boolean ok = true;
    if (mine.plural() && !theirs.plural()) {
      diags.error(value.pos(), "UI string `" + key + "` takes no count, so it has no plural forms: write one text");
      ok = false;
    }
    for (String p : mine.placeholders()) {
      if (filled.contains(p)) continue;
      diags.error(value.pos(), "placeholder `{" + p + "}` of UI string `" + key + "` is never filled" + Suggest.didYouMean(p, filled)
          + (filled.isEmpty() ? "; this string takes no placeholder" : "; it takes " + String.join(", ", filled.stream().map(f -> "{" + f + "}").toList())));
      ok = false;
    }
    return ok;
  }
}

package dev.versus.config;

import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/**
 * site.yaml's {@code language}: a BCP 47 language tag (RFC 5646), as {@code <html lang>} and the
 * feed's {@code xml:lang} require. The JDK's {@link Locale.Builder#setLanguageTag} checks the syntax
 * and {@link Locale#getISOLanguages} the two-letter codes; the POSIX form {@code pt_BR} is common
 * enough to be mended with a warning.
 */
final class LanguageTag {
  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  private LanguageTag() {}

  /**
   * The tag to publish for {@code written}, in BCP 47's canonical case ({@code pt-BR}); "en" after an
   * error at {@code pos} when {@code written} is not a language tag.
   */
  static String check(String written, Position pos, Diagnostics diags) {
    String tag = written.strip();
    String mended = tag.replace('_', '-');
    if (!isTag(mended)) {
      diags.error(pos, "language `" + written + "` is not a BCP 47 language tag: write an ISO 639 language code, "
          + "optionally with a region, such as `en`, `de`, `pt-BR` or `zh-Hant`");
      return "en";
    }
    String canonical = canonical(mended);
    if (!mended.equals(tag)) {
      diags.warning(pos, "language `" + written + "` uses an underscore, which BCP 47 does not allow: publishing `"
          + canonical + "`; write `language: " + canonical + "`");
    }
    return canonical;
  }

  /** Well-formed, with a primary subtag that is an ISO 639-1 code, a three-letter code, or private use. */
  private static boolean isTag(String tag) {
    String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
    boolean knownShape = primary.length() == 3 || ISO_639_1.contains(primary) || primary.equals("x") || primary.equals("i");
    return knownShape && wellFormed(tag);
  }

  private static boolean wellFormed(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
      return !tag.isEmpty();
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  /** BCP 47's case conventions: language lower case, script title case, region upper case. */
  private static String canonical(String tag) {
    return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
  }
}

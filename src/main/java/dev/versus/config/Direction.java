package dev.versus.config;

import java.util.Locale;
import java.util.Set;

/**
 * The writing direction of a site's {@code language}, for {@code <html dir>}: right to left for the languages
 * written in the Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam or Hanifi Rohingya script by default, and for any
 * tag naming one of those scripts ({@code pa-Arab}); left to right otherwise ({@code ku} is written in Latin
 * letters by default, {@code ckb} in Arabic ones). The lists follow CLDR's likely scripts.
 */
public final class Direction {
  private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "azb", "bal", "bqi", "ckb", "dv", "fa", "glk",
      "he", "iw", "ji", "khw", "ks", "lrc", "mzn", "nqo", "pnb", "prs", "ps", "sd", "sdh", "syr", "ug", "ur", "yi");
  private static final Set<String> RTL_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr");

  private Direction() {}

  /** {@code "rtl"} or {@code "ltr"} for the BCP 47 tag {@code language} (as site.yaml's {@code language} is published). */
  public static String of(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String script = locale.getScript();
    if (!script.isEmpty()) return RTL_SCRIPTS.contains(script) ? "rtl" : "ltr";
    return RTL_LANGUAGES.contains(language.split("-", 2)[0].toLowerCase(Locale.ROOT)) ? "rtl" : "ltr";
  }
}

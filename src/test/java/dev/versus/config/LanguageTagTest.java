package dev.versus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** site.yaml's {@code language}: BCP 47 tags pass, {@code xx_YY} is mended with a warning, the rest is an error. */
class LanguageTagTest {
  private static final Position AT = new Position("site.yaml", 5, 11);

  private static String check(String written, Diagnostics diags) {
    return LanguageTag.check(written, AT, diags);
  }

  private static List<String> messages(Diagnostics diags) {
    return diags.sorted().stream().map(Diagnostic::format).toList();
  }

  @Test
  void acceptsLanguageTagsInCanonicalCase() {
    Diagnostics diags = new Diagnostics();
    assertEquals("en", check("en", diags));
    assertEquals("pt-BR", check("pt-BR", diags));
    assertEquals("pt-BR", check("pt-br", diags));
    assertEquals("zh-Hant-TW", check("zh-hant-tw", diags));
    assertEquals("gsw", check("gsw", diags));
    assertEquals("es-419", check("es-419", diags));
    assertEquals(List.of(), messages(diags));
  }

  @Test
  void mendsTheUnderscoreFormWithAWarning() {
    Diagnostics diags = new Diagnostics();
    assertEquals("pt-BR", check("pt_BR", diags));
    assertEquals(List.of("site.yaml:5:11: warning: language `pt_BR` uses an underscore, which BCP 47 does not allow: "
        + "publishing `pt-BR`; write `language: pt-BR`"), messages(diags));
  }

  @Test
  void rejectsWhatIsNotALanguageTag() {
    for (String bad : List.of("English", "en US", "e", "zz", "en--US", "toolongtag-x", "english_UK")) {
      Diagnostics diags = new Diagnostics();
      check(bad, diags);
      assertEquals(List.of("site.yaml:5:11: error: language `" + bad + "` is not a BCP 47 language tag: write an ISO 639 "
          + "language code, optionally with a region, such as `en`, `de`, `pt-BR` or `zh-Hant`"), messages(diags), bad);
    }
  }
}

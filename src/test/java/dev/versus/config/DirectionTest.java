package dev.versus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The writing direction of a site's language (issue 24, right-to-left languages). */
class DirectionTest {
  @Test
  void rightToLeftLanguagesAndScripts() {
    for (String tag : List.of("he", "ar", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "ar-EG", "he-IL", "fa-AF", "pa-Arab", "az-Arab")) {
      assertEquals("rtl", Direction.of(tag), tag);
    }
  }

  @Test
  void leftToRightByDefault() {
    for (String tag : List.of("en", "de", "pt-BR", "ku", "zh-Hant", "ja", "sr-Latn", "x-private", "ar-Latn")) {
      assertEquals("ltr", Direction.of(tag), tag);
    }
  }
}

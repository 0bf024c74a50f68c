package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The link resolver reads a URL's scheme and drops its tabs and newlines without a regex (for speed): it must answer as
 * the regexes it replaced do, on every short string over the characters that matter and on links as authors write them.
 */
class LinkSchemeTest {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final char[] ALPHABET = {'a', 'Z', '0', '+', '.', '-', ':', '/', '#', ' ', '\t', '\n', '\r', '_', 'é'};

  @Test
  void answersAsTheRegexesOnEveryShortString() {
    List<String> all = new ArrayList<>(List.of("", "https://example.com", "mailto:a@b.c", "java\tscript:alert(1)",
        "../criteria/orm.md#x", "c++:x", "1http:x", "h-t.t+p:", "source:django-docs", "//cdn.example", "a\r\nb\t"));
    strings("", 4, all);
    for (String s : all) {
      assertEquals(SCHEME.matcher(s).find(), LinkResolver.hasScheme(s), () -> "scheme of " + s.replace("\t", "\\t"));
      assertEquals(s.replaceAll("[\t\n\r]", ""), LinkResolver.withoutTabsOrNewlines(s), () -> "cleaned " + s);
    }
  }

  private static void strings(String prefix, int left, List<String> out) {
    out.add(prefix);
    if (left == 0) return;
    for (char c : ALPHABET) strings(prefix + c, left - 1, out);
  }
}

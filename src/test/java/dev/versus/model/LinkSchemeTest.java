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

  /**
   * The resolver joins a document's folder and a file name of that folder without {@link LinkResolver#normalize}: where it
   * does, it must give what normalize gives, on every folder (as {@code parentOf} makes them: empty or ending in a slash)
   * and name of up to four characters over the ones that matter; and it must take the plain case.
   */
  @Test
  void aSiblingIsWhatNormalizeGives() {
    char[] chars = {'a', '.', '/', '%', '2', '0'};
    List<String> folders = new ArrayList<>();
    List<String> names = new ArrayList<>();
    strings("", 4, chars, folders);
    strings("", 4, chars, names);
    int taken = 0;
    for (String f : folders) {
      if (!f.isEmpty() && !f.endsWith("/")) continue;
      for (String n : names) {
        String fast = LinkResolver.sibling(f, n);
        if (fast == null) continue;
        taken++;
        assertEquals(LinkResolver.normalize(f + n), fast, () -> "folder " + f + ", name " + n);
      }
    }
    assertEquals("articles/post-01.md", LinkResolver.sibling("articles/", "post-01.md"));
    assertEquals("a.md", LinkResolver.sibling("", "a.md"));
    org.junit.jupiter.api.Assertions.assertTrue(taken > 1000, "taken " + taken);
  }

  private static void strings(String prefix, int left, char[] alphabet, List<String> out) {
    out.add(prefix);
    if (left == 0) return;
    for (char c : alphabet) strings(prefix + c, left - 1, alphabet, out);
  }

  private static void strings(String prefix, int left, List<String> out) {
    strings(prefix, left, ALPHABET, out);
  }
}

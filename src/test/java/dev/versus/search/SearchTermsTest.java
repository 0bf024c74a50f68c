package dev.versus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The terms of the build's index, for the cases of issue 24's "search and Unicode" row: a query finds a text when
 * every term of the query is a term the build indexed for that text (MiniSearch then matches them exactly; prefix
 * and typo matching come on top). SearchTermsNodeTest shows the browser makes the same terms of a query.
 */
class SearchTermsTest {
  /** The terms the serialized index holds for {@code text}, as one document's one field. */
  @SuppressWarnings("unchecked")
  private static Set<String> indexed(String text) {
    Map<String, Object> json = MiniSearchJson.of(List.of(Map.of("id", "a", "text", text)), List.of("text"));
    return ((List<List<Object>>) json.get("index")).stream().map(e -> (String) e.get(0)).collect(Collectors.toSet());
  }

  private static void finds(String query, String text) {
    List<String> terms = SearchTerms.terms(query);
    assertFalse(terms.isEmpty(), query);
    assertTrue(indexed(text).containsAll(terms), "“" + query + "” " + terms + " in “" + text + "” " + indexed(text));
  }

  @Test
  void anUnaccentedQueryFindsAccentedText() {
    finds("resume", "Write a résumé first.");
    finds("Resume", "RÉSUMÉ");
    finds("résumé", "resume");
    finds("cafe", "Café au lait");
    finds("naive", "naïve");
  }

  @Test
  void aComposedQueryFindsDecomposedTextAndTheReverse() {
    String nfd = Normalizer.normalize("café crème", Normalizer.Form.NFD);
    assertNotEquals("café crème", nfd);
    finds("café", nfd);
    finds(nfd, "café crème");
  }

  @Test
  void chineseAndJapaneseWordsAreFoundInsideASentence() {
    finds("数据库", "我们的数据库很快。");
    finds("管理", "我们的数据库管理系统很快");
    finds("データベース", "東京でデータベースを使う");
    finds("使う", "東京でデータベースを使う");
    // a word of one character is a term of its own, and a character of the Han supplementary planes one code point
    assertEquals(List.of("数"), SearchTerms.terms("数"));
    assertEquals(List.of("𠀀𠀁", "𠀁𠀂"), SearchTerms.terms("𠀀𠀁𠀂"));
  }

  /**
   * Thai, Lao, Khmer and Burmese, like Chinese and Japanese, put no spaces between words (only between phrases):
   * a word inside a phrase is found as CJK words are, by its overlapping pairs of characters.
   */
  @Test
  void wordsOfOtherScriptsWrittenWithoutSpacesAreFoundInsideAPhrase() {
    finds("ฐานข้อมูล", "ระบบฐานข้อมูลที่เร็ว");
    finds("ພາສາ", "ຂ້ອຍມັກພາສາລາວ");
    finds("ភាសា", "ខ្ញុំចូលចិត្តភាសាខ្មែរ");
    finds("ဘာသာ", "မြန်မာဘာသာစကား");
  }

  @Test
  void lettersBesideCjkAreWordsOfTheirOwn() {
    assertEquals(List.of("mysql", "のテ", "テー", "ーブ", "ブル"), SearchTerms.terms("MySQLのテーブル"));
    finds("MySQL", "MySQLのテーブル");
  }

  @Test
  void compatibilityFormsAndCaseFold() {
    finds("postgresql", "ＰｏｓｔｇｒｅＳＱＬ");
    finds("file", "ﬁle");
    finds("データ", "ﾃﾞｰﾀ"); // half-width katakana
    finds("strasse", "Straße");
    finds("STRASSE", "STRAẞE");
    finds("οδος", "ΟΔΟΣ");
    finds("istanbul", "İstanbul");
  }

  @Test
  void marksThatTellWordsApartStay() {
    assertNotEquals(SearchTerms.terms("かき"), SearchTerms.terms("がき"));
    assertEquals(List.of(), SearchTerms.terms(" \u0301 , … "), "a lone accent and punctuation make no term");
  }

  /**
   * The tokenizer finds its words by a scan; this is the regex it stands for, with the CJK runs cut as before. Both
   * on random text of ASCII, punctuation of every kind, spaces, controls, accents, CJK, Thai, surrogate pairs
   * (letters and emoji) and lone surrogates, and on every code point of the BMP one at a time.
   */
  @Test
  void theScanFindsTheWordsOfTheRegex() {
    java.util.regex.Pattern word = java.util.regex.Pattern.compile("[^\\p{Z}\\p{P}\\p{Cc}]+");
    java.util.regex.Pattern cjk = java.util.regex.Pattern.compile(
        "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\x{30FC}\\p{IsThai}\\p{IsLao}\\p{IsKhmer}\\p{IsMyanmar}]+");
    java.util.function.Function<String, List<String>> regex = text -> {
      List<String> tokens = new java.util.ArrayList<>();
      java.util.regex.Matcher m = word.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
      while (m.find()) {
        String w = m.group();
        java.util.regex.Matcher c = cjk.matcher(w);
        int at = 0;
        while (c.find()) {
          if (c.start() > at) tokens.add(w.substring(at, c.start()));
          int[] cps = c.group().codePoints().toArray();
          if (cps.length == 1) tokens.add(c.group());
          for (int i = 0; i + 1 < cps.length; i++) tokens.add(new String(cps, i, 2));
          at = c.end();
        }
        if (at < w.length()) tokens.add(w.substring(at));
      }
      return tokens;
    };
    String[] pool = {"a", "Z", "9", " ", "\u00a0", "\u2028", "\t", "\n", "\u0000", "\u007f", "-", "_", "(", "]", "«", "»", "!",
        "\u2014", "\u201c", "é", "e\u0301", "ß", "ﬁ", "数据库", "の", "カー", "ภาษา", "\ud83d\ude00", "\ud835\udc00", "\ud800", "\udc00",
        "$", "+", "^", "\u3000", "。"};
    java.util.Random random = new java.util.Random(26);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(10);
      for (int i = 0; i < length; i++) {
        sb.append(random.nextInt(5) == 0 ? String.valueOf((char) random.nextInt(0x10000)) : pool[random.nextInt(pool.length)]);
      }
      assertEquals(regex.apply(sb.toString()), SearchTerms.tokenize(sb.toString()), sb.toString());
    }
    for (char c = 0; c < 0xFFFF; c++) {
      String text = "a" + c + "b";
      assertEquals(regex.apply(text), SearchTerms.tokenize(text), Integer.toHexString(c));
    }
  }

  /** The ASCII shortcut of {@link SearchTerms#processTerm} gives what the Unicode steps give. */
  @Test
  void anAsciiTermIsItsLowerCaseAsTheUnicodeStepsMakeIt() {
    for (char c = 0; c < 0x80; c++) {
      String token = "x" + c + "Y";
      String unicode = Normalizer.normalize(token.toLowerCase(java.util.Locale.ROOT).toUpperCase(java.util.Locale.ROOT)
          .toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
      assertEquals(Normalizer.normalize(unicode, Normalizer.Form.NFC), SearchTerms.processTerm(token));
    }
  }
}

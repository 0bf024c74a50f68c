package dev.versus.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text becomes search terms, for the index the build writes and, in theme/static/js/search-options.js, for
 * the browser's queries: both take the same Unicode steps in the same order, and {@code SearchTermsNodeTest}
 * runs both on random text. A difference would make a word findable in one and not the other, so a change here
 * is a change there.
 *
 * <p>{@link #tokenize} normalizes the text to NFKC (full-width letters, ligatures and compatibility forms become
 * plain ones; a letter and its accent written apart, NFD as macOS writes, become one), then cuts it at
 * spaces, punctuation and control characters, as MiniSearch's default tokenizer does at spaces and
 * punctuation. Chinese and Japanese are written without spaces, so a run of Han, Hiragana or Katakana becomes
 * (as does one of Thai, Lao, Khmer or Myanmar, which space only phrases) its overlapping pairs of characters ({@code 数据库} gives {@code 数据} and {@code 据库}), the CJK bigrams of
 * Lucene's {@code CJKBigramFilter}: a query's pairs are found wherever the word sits in a sentence.
 * {@link #processTerm} folds case (lower, upper, then lower again, so {@code ß}, {@code ẞ} and {@code SS}
 * all give {@code ss}, and final sigma is sigma) and drops the combining accents of Latin, Greek and Cyrillic
 * ({@code résumé} gives {@code resume}); the marks of other scripts, such as the kana voicing marks, stay,
 * since they tell words apart there. Results still show the text as written: only terms are folded.
 */
public final class SearchTerms {
  /**
   * What a word is not made of, spaces, punctuation and control characters (the regex {@code [\p{Z}\p{P}\p{Cc}]}),
   * as a mask of {@link Character#getType} values: Z is Zs, Zl, Zp; P is Pc, Pd, Ps, Pe, Pi, Pf, Po. A word is a run of
   * anything else, or a CJK run with its neighbours.
   */
  private static final int NOT_IN_WORD = 1 << Character.SPACE_SEPARATOR | 1 << Character.LINE_SEPARATOR
      | 1 << Character.PARAGRAPH_SEPARATOR | 1 << Character.CONNECTOR_PUNCTUATION | 1 << Character.DASH_PUNCTUATION
      | 1 << Character.START_PUNCTUATION | 1 << Character.END_PUNCTUATION | 1 << Character.INITIAL_QUOTE_PUNCTUATION
      | 1 << Character.FINAL_QUOTE_PUNCTUATION | 1 << Character.OTHER_PUNCTUATION | 1 << Character.CONTROL;
  /**
   * Characters of scripts written without spaces between words: Chinese and Japanese, and Thai, Lao, Khmer and
   * Burmese, which space only phrases; U+30FC, the long-vowel mark of katakana, is Common.
   */
  private static final Pattern CJK = Pattern.compile(
      "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\x{30FC}\\p{IsThai}\\p{IsLao}\\p{IsKhmer}\\p{IsMyanmar}]+");
  /** Combining Diacritical Marks and their Extended and Supplement blocks, for symbols, and the half marks. */
  private static final Pattern ACCENTS = Pattern.compile("[\\x{0300}-\\x{036F}\\x{1AB0}-\\x{1AFF}\\x{1DC0}-\\x{1DFF}\\x{20D0}-\\x{20FF}\\x{FE20}-\\x{FE2F}]");

  private SearchTerms() {}

  /** The tokens of {@code text}, in order, repeats kept (MiniSearch counts a field's distinct tokens as its length). */
  public static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
    // the runs of [^\p{Z}\p{P}\p{Cc}]+, found by a scan rather than that regex (a quarter of a small build's search
    // stage): the same test per code point, Character.getType's category, as the regex's classes make; SearchTermsTest
    // holds the two to the same tokens
    int at = 0;
    while (at < normal.length()) {
      int cp = normal.codePointAt(at);
      if (!inWord(cp)) {
        at += Character.charCount(cp);
        continue;
      }
      int start = at;
      boolean ascii = true;
      while (at < normal.length() && inWord(cp = normal.codePointAt(at))) {
        ascii &= cp < 0x80;
        at += Character.charCount(cp);
      }
      // every character of CJK is beyond ASCII: an ASCII word has no run to cut
      if (ascii) tokens.add(normal.substring(start, at));
      else cut(normal.substring(start, at), tokens);
    }
    return tokens;
  }

  /** The tokens of one word: its runs of CJK as bigrams, the letters between them as they are. */
  private static void cut(String w, List<String> tokens) {
    Matcher cjk = CJK.matcher(w);
    int at = 0;
    while (cjk.find()) {
      if (cjk.start() > at) tokens.add(w.substring(at, cjk.start()));
      bigrams(cjk.group(), tokens);
      at = cjk.end();
    }
    if (at < w.length()) tokens.add(w.substring(at));
  }

  /** Whether {@code cp} belongs in a word: none of the categories Z (separators), P (punctuation) and Cc (controls). */
  private static boolean inWord(int cp) {
    return (NOT_IN_WORD >> Character.getType(cp) & 1) == 0;
  }

  /** A run of one character is itself; a longer run is its overlapping pairs, counted in code points. */
  private static void bigrams(String run, List<String> tokens) {
    int[] cps = run.codePoints().toArray();
    if (cps.length == 1) tokens.add(run);
    for (int i = 0; i + 1 < cps.length; i++) tokens.add(new String(cps, i, 2));
  }

  /** The term {@code token} is indexed and searched as; empty when nothing is left (a lone accent). */
  public static String processTerm(String token) {
    // ASCII has no accent, no compatibility form and no case pair beyond A-Z: the steps below give its lower case
    if (ascii(token)) return token.toLowerCase(Locale.ROOT);
    String folded = token.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    String bare = ACCENTS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    return Normalizer.normalize(bare, Normalizer.Form.NFC).replace('ς', 'σ');
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  /** Every term of {@code text}, in order: {@link #tokenize} then {@link #processTerm}, empty terms left out. */
  public static List<String> terms(String text) {
    return tokenize(text).stream().map(SearchTerms::processTerm).filter(t -> !t.isEmpty()).toList();
  }
}

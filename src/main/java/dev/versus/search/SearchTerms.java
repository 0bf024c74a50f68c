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
  /** A run of anything but spaces, punctuation and control characters: a word, or a CJK run with its neighbours. */
  private static final Pattern WORD = Pattern.compile("[^\\p{Z}\\p{P}\\p{Cc}]+");
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
    Matcher word = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
    while (word.find()) {
      String w = word.group();
      Matcher cjk = CJK.matcher(w);
      int at = 0;
      while (cjk.find()) {
        if (cjk.start() > at) tokens.add(w.substring(at, cjk.start()));
        bigrams(cjk.group(), tokens);
        at = cjk.end();
      }
      if (at < w.length()) tokens.add(w.substring(at));
    }
    return tokens;
  }

  /** A run of one character is itself; a longer run is its overlapping pairs, counted in code points. */
  private static void bigrams(String run, List<String> tokens) {
    int[] cps = run.codePoints().toArray();
    if (cps.length == 1) tokens.add(run);
    for (int i = 0; i + 1 < cps.length; i++) tokens.add(new String(cps, i, 2));
  }

  /** The term {@code token} is indexed and searched as; empty when nothing is left (a lone accent). */
  public static String processTerm(String token) {
    String folded = token.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    String bare = ACCENTS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    return Normalizer.normalize(bare, Normalizer.Form.NFC).replace('ς', 'σ');
  }

  /** Every term of {@code text}, in order: {@link #tokenize} then {@link #processTerm}, empty terms left out. */
  public static List<String> terms(String text) {
    return tokenize(text).stream().map(SearchTerms::processTerm).filter(t -> !t.isEmpty()).toList();
  }
}

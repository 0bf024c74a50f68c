// MiniSearch's options for the guide's index (window.versusSearch.options), which the build indexed with: the
// fields in SearchIndex.FIELDS's order, and terms made as the build makes them (SearchTerms.java, whose Javadoc
// says why each step), so a query's terms are the terms the build indexed; SearchTermsNodeTest runs both on
// random text.
// tokenize: NFKC, then words cut at spaces, punctuation and control characters, and every run of Han,
// Hiragana or Katakana (or Thai, Lao, Khmer, Myanmar) as its overlapping pairs of characters (CJK bigrams:
// Chinese and Japanese put no spaces between words, those four only between phrases). processTerm: case
// folded (lower, upper, lower: ß and SS meet, final sigma is sigma) and the Latin, Greek and Cyrillic
// combining accents dropped (résumé finds resume). `pieces` gives the tokens of a text with their places in it, so a result can mark the words a query matched as written.
// The search options (boosts, prefix, typos) are only the browser's: they change no byte of the index.
(function (root) {
  "use strict";
  var WORD = /[^\p{Z}\p{P}\p{Cc}]+/gu;
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
  var ASCII = /^[\x00-\x7F]*$/;
  var ACCENTS = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/g;

  // a run of one character is itself; a longer run is its overlapping pairs, counted in code points
  function bigrams(run, start, out) {
    var chars = Array.from(run);
    var at = start;
    if (chars.length === 1) out.push({ text: run, start: start, end: start + run.length });
    for (var i = 0; i + 1 < chars.length; i++) {
      var pair = chars[i] + chars[i + 1];
      out.push({ text: pair, start: at, end: at + pair.length });
      at += chars[i].length;
    }
  }

  // the tokens of `text` as it is (no normalizing), each with its [start, end) in UTF-16 units
  function pieces(text) {
    var out = [];
    var word;
    WORD.lastIndex = 0;
    while ((word = WORD.exec(text)) !== null) {
      var w = word[0], at = 0, cjk;
      CJK.lastIndex = 0;
      while ((cjk = CJK.exec(w)) !== null) {
        if (cjk.index > at) out.push({ text: w.slice(at, cjk.index), start: word.index + at, end: word.index + cjk.index });
        bigrams(cjk[0], word.index + cjk.index, out);
        at = cjk.index + cjk[0].length;
      }
      if (at < w.length) out.push({ text: w.slice(at), start: word.index + at, end: word.index + w.length });
    }
    return out;
  }

  function tokenize(text) {
    return pieces(text.normalize("NFKC")).map(function (p) { return p.text; });
  }

  // MiniSearch leaves out a term that is null. ASCII needs none of the Unicode steps (NFKC and NFD leave it as
  // it is, it has no accents, and lower-casing once folds it): the short way for most words of an English guide
  function processTerm(token) {
    if (ASCII.test(token)) return token.toLowerCase() || null;
    var folded = token.toLowerCase().toUpperCase().toLowerCase();
    return folded.normalize("NFD").replace(ACCENTS, "").normalize("NFC").replace(/ς/g, "σ") || null;
  }

  // the terms of one of pieces()'s tokens as it is written: an ASCII one is its own token (NFKC leaves it as it is)
  function termsOf(piece) {
    return ASCII.test(piece) ? [piece.toLowerCase()] : tokenize(piece).map(processTerm);
  }

  var ONE_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]$/u;
  var options = {
    fields: ["title", "headings", "text"],
    tokenize: tokenize,
    processTerm: processTerm,
    // titles and questions weigh most; a one-letter prefix would expand to a large share of the vocabulary on
    // every first keystroke, but one Han or kana character is a word of its own and matches the pairs it
    // starts; typos are forgiven from four letters on ("flsk" finds Flask), a shorter fuzzy term matches half
    // the index
    searchOptions: { boost: { title: 4, headings: 2 }, prefix: function (term) { return term.length >= 2 || ONE_CJK.test(term); },
      fuzzy: function (term) { return term.length >= 4 ? 0.2 : false; } }
  };

  // index.json's documents as the page shows and indexes them: an answer names its criterion's document ("of",
  // listed before it) for the kind, title and URL it shares with the criterion's other answers (SearchIndex.entry)
  function documents(list) {
    var byId = new Map();
    list.forEach(function (d) {
      var c = d.of && byId.get(d.of);
      byId.set(d.id, c ? Object.assign({ kind: "answer", title: c.title, url: c.url + "#verdicts" }, d) : d);
    });
    return Array.from(byId.values());
  }

  root.versusSearch = { options: options, tokenize: tokenize, processTerm: processTerm, pieces: pieces, termsOf: termsOf,
    documents: documents };
})(typeof window !== "undefined" ? window : globalThis);

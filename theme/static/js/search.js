// The /search/ page: loads search/index.json once, the documents and (unless the guide comes in
// parts) their MiniSearch index as the build serialized it (MiniSearch vendored, see
// js/vendor/minisearch-*/LICENSE.txt), and shows results grouped by kind as the reader types, the group
// of the best result first (a subject's name puts its own page first, an answer's words its cell). The
// query lives in ?q= so a search can be shared. Ranking is MiniSearch's: BM25 with prefix and fuzzy
// matching, titles and questions boosted above headings and text; words become terms as search-options.js says,
// the same way the build indexed them (accents and case folded, CJK as pairs). On a large guide the index holds
// articles' titles, headings and descriptions only; their full text comes in parts
// (search/text-N.json) that the reader loads one at a time with the "search more" button, so no
// query fetches the corpus.
// Nothing runs at page load: the index is fetched and indexed when the reader heads for the box (a
// pointer over the form, or focus) or when the page opens with ?q=. Not when the browser is idle:
// Lighthouse scales idle-callback deadlines while gathering (see LighthouseTest), and a reader who
// never searches should not pay for the index. A keystroke searches once per frame at most and
// builds the results off the page in one fragment (one style and layout pass); each group shows its
// best PER_KIND results and a button for the rest; the URL follows after typing pauses. Every word it shows is
// the theme's (search.js.* in i18n/en.yaml, a guide's own winning), handed over by the page in data-words.
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root || !window.MiniSearch || !window.versusSearch) return;
  var setup = window.versusSearch;
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  // the theme's words by name, each with its plural forms ({"found": {"one": "…", "other": "…"}}), placeholders unfilled
  var WORDS = JSON.parse(root.getAttribute("data-words") || "{}");
  // results shown per group until the reader asks for all: fewer nodes for the phone to lay out per keystroke
  var PER_KIND = 5;
  var URL_DELAY = 300;
  // the build indexed the documents (search/index.json's "minisearch", MiniSearch's own serialized form)
  // with these options' fields and terms (search-options.js)
  var options = setup.options;
  var mini = null;
  var docs = new Map();
  var parts = [];
  var loadedParts = 0;
  var ready = false;
  var loading = null;
  var expanded = new Set();
  var pending = false;
  var urlTimer = 0;

  // the word `name` with its {placeholders} filled from args; args.count picks the plural form, as the build's i18n does
  function say(name, args) {
    var forms = WORDS[name] || { other: name };
    var text = args && args.count === 1 && forms.one !== undefined ? forms.one : forms.other;
    return text.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, function (all, key) { return args && key in args ? String(args[key]) : all; });
  }

  // once: the first caller starts the download, later ones share it
  function load() {
    if (!loading) loading = fetchIndex();
    return loading;
  }

  function fetchIndex() {
    var start = performance.now();
    status.textContent = say("loading");
    return fetch(root.getAttribute("data-index")).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (index) {
      var all = window.versusSearch.documents(index.documents);
      all.forEach(function (d) { docs.set(d.id, d); });
      if (index.minisearch) {
        mini = window.MiniSearch.loadJS(index.minisearch, options); // indexed by the build: no tokenizing here
      } else {
        mini = new window.MiniSearch(options); // a guide in parts ships titles only, and they index quickly
        mini.addAll(all);
      }
      parts = index.parts;
      ready = true;
      performance.measure("versus-search-index", { start: start, end: performance.now() });
    });
  }

  function loadPart() {
    var part = parts[loadedParts];
    more.disabled = true;
    return fetch(part.url).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (p) {
      p.texts.forEach(function (t) {
        var d = docs.get(t.id);
        if (!d) return;
        d = Object.assign({}, d, { text: t.text });
        docs.set(d.id, d);
        mini.replace(d);
      });
      loadedParts++;
      more.disabled = false;
      run();
    });
  }

  // the passage: the text around the first matched word, every matched word in <mark>. A word is matched
  // when one of its terms is among the result's terms, so "resume" marks "résumé" as written. A text's
  // words and their terms are made once per document rather than once per result and keystroke.
  var worded = new Map();

  function words(text) {
    var w = worded.get(text);
    if (w === undefined) {
      w = setup.pieces(text).map(function (p) {
        return { start: p.start, end: p.end, terms: setup.termsOf(p.text) };
      });
      worded.set(text, w);
    }
    return w;
  }

  // the [start, end) ranges of text whose words matched, in order, overlapping CJK pairs merged
  function marks(text, matched) {
    var out = [];
    words(text).forEach(function (w) {
      if (!w.terms.some(function (t) { return matched.has(t); })) return;
      var last = out[out.length - 1];
      if (last && w.start <= last[1]) last[1] = Math.max(last[1], w.end); else out.push([w.start, w.end]);
    });
    return out;
  }

  function passage(text, found) {
    var ranges = marks(text, new Set(found));
    var at = ranges.length ? ranges[0][0] : -1;
    var from = Math.max(0, at - 60), to = Math.min(text.length, Math.max(at, 0) + 160);
    if (from > 0) { var sp = text.indexOf(" ", from); if (sp > 0 && sp < at) from = sp + 1; }
    if (to < text.length) { var sp2 = text.lastIndexOf(" ", to); if (sp2 > Math.max(at, from)) to = sp2; }
    var p = document.createElement("p");
    p.className = "passage";
    if (from > 0) p.append("… ");
    var last = from;
    ranges.forEach(function (r) {
      var a = Math.max(r[0], last), b = Math.min(r[1], to);
      if (a >= b) return;
      p.append(text.slice(last, a));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(a, b);
      p.append(mark);
      last = b;
    });
    p.append(text.slice(last, to));
    if (to < text.length) p.append(" …");
    return p;
  }

  function render(q, found) {
    if (!q) { results.replaceChildren(); status.textContent = ""; return; }
    status.textContent = found.length === 0 ? say("none", { query: q }) : say("found", { count: found.length, query: q });
    var out = document.createDocumentFragment();
    // MiniSearch gives the results best first, so the kinds in the order they first appear put the best group first
    var kinds = [];
    found.forEach(function (r) { var kind = docs.get(r.id).kind; if (kinds.indexOf(kind) < 0) kinds.push(kind); });
    kinds.forEach(function (kind) {
      var hits = found.filter(function (r) { return docs.get(r.id).kind === kind; });
      var section = document.createElement("section");
      section.className = "search-group";
      var h = document.createElement("h2");
      h.textContent = say("group." + kind) + " (" + hits.length + ")";
      var ol = document.createElement("ol");
      var all = expanded.has(kind);
      hits.slice(0, all ? hits.length : PER_KIND).forEach(function (r) {
        var d = docs.get(r.id);
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = d.url;
        a.textContent = d.title;
        var label = document.createElement("span");
        label.className = "search-kind";
        label.textContent = say("kind." + kind);
        li.append(a, " ", label, passage(d.text || d.headings, r.terms));
        ol.append(li);
      });
      section.append(h, ol);
      if (!all && hits.length > PER_KIND) {
        var rest = document.createElement("button");
        rest.type = "button";
        rest.className = "search-all";
        rest.setAttribute("data-kind", kind);
        rest.textContent = say("showAll." + kind, { count: hits.length });
        section.append(rest);
      }
      out.append(section);
    });
    results.replaceChildren(out);
  }

  function showMore() {
    var rest = parts.length - loadedParts;
    more.hidden = rest === 0 || !input.value.trim();
    if (!more.hidden) {
      var articles = parts.slice(loadedParts).reduce(function (n, p) { return n + p.documents; }, 0);
      more.textContent = say("more", { count: parts[loadedParts].documents, rest: articles });
    }
  }

  // at most one search per frame: keystrokes that arrive within a frame are answered together
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; run(); });
  }

  function run() {
    if (!ready) return;
    var start = performance.now();
    var q = input.value.trim();
    var found = q ? mini.search(q) : [];
    var searched = performance.now();
    render(q, found);
    showMore();
    // for measuring (see SearchTest): MiniSearch's time, then the results' DOM
    performance.measure("versus-search-query", { start: start, end: searched });
    performance.measure("versus-search-render", { start: searched, end: performance.now() });
  }

  function writeState() {
    var q = new URLSearchParams(window.location.search);
    if (input.value.trim()) q.set("q", input.value.trim()); else q.delete("q");
    var s = q.toString();
    history.replaceState(null, "", window.location.pathname + (s ? "?" + s : ""));
  }

  function start() {
    load().then(run).catch(fail);
  }

  document.getElementById("search-form").addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(urlTimer);
    writeState();
    start();
  });
  input.addEventListener("input", function () {
    expanded.clear();
    clearTimeout(urlTimer);
    urlTimer = setTimeout(writeState, URL_DELAY); // history.replaceState is not free: not on every keystroke
    if (ready) schedule(); else start();
  });
  input.addEventListener("focus", start);
  document.getElementById("search-form").addEventListener("pointerover", start, { once: true });
  results.addEventListener("click", function (e) {
    var kind = e.target.closest && e.target.closest("button.search-all");
    if (!kind) return;
    expanded.add(kind.getAttribute("data-kind"));
    run();
  });
  more.addEventListener("click", function () { loadPart().catch(fail); });
  function fail(e) { status.textContent = say("failed", { error: e.message }); }
  input.value = new URLSearchParams(window.location.search).get("q") || "";
  if (input.value) start();
})();

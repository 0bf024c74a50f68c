// The weighing form of /choose/: a weight per group (and, folded, per criterion) and a live ranking.
// The points of every cell come from the build as data (#choose-data, the numbers the profile pages
// use): this script only weighs and sums them, score = 100 * sum(weight * points) / sum(weights),
// rounded, ties sharing a rank. A subject's sums leave out the criteria it has no answer on (points
// null): no answer is not a bad answer, and a subject with an answer on none of the weighed criteria has no
// score at all (shown in the theme's words, last, as the build's Points.rank does). The weights live in the
// query string (?g-data=3&c-orm=0), so a result can be shared. Without scripting the form stays hidden and
// the profile pages do the job.
(function () {
  "use strict";
  var section = document.getElementById("choose-weigh");
  var form = document.getElementById("choose-form");
  var dataEl = document.getElementById("choose-data");
  if (!section || !form || !dataEl) return;
  var data = JSON.parse(dataEl.textContent);
  var list = document.getElementById("choose-ranking");
  var scoreText = list.dataset.scoreText || "{score}";
  var notScoredText = list.dataset.notScoredText || "";
  var SVG = "http://www.w3.org/2000/svg";

  // the score as a bar, drawn as the profile pages draw theirs (a track and a fill out of 100); hidden from
  // screen readers, which read the score's words
  function bar(score) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "score-bar");
    svg.setAttribute("viewBox", "0 0 100 4");
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    [["bar-track", 100], ["bar-fill", Math.max(0, Math.min(100, score))]].forEach(function (r) {
      var rect = document.createElementNS(SVG, "rect");
      rect.setAttribute("class", r[0]);
      rect.setAttribute("width", r[1].toFixed(1));
      rect.setAttribute("height", "4");
      svg.appendChild(rect);
    });
    return svg;
  }
  var share = document.getElementById("choose-share");
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input[type=number]"));

  // a weight is a number from 0 to 100, as in site.yaml's profiles and the inputs' min and max; anything
  // else (1.7e308 in a shared URL, whose sum overflows to Infinity) counts as not given
  function number(input, fallback) {
    var v = parseFloat(input.value);
    return v >= 0 && v <= 100 ? v : fallback;
  }

  function readState() {
    var params = new URLSearchParams(window.location.search);
    inputs.forEach(function (i) {
      if (params.has(i.name)) i.value = params.get(i.name);
    });
  }

  function writeState() {
    var params = new URLSearchParams();
    inputs.forEach(function (i) {
      var own = i.dataset.group ? i.value !== "1" && i.value !== "" : i.value !== "";
      if (own) params.set(i.name, i.value);
    });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "");
    window.history.replaceState(null, "", url);
    share.href = url;
  }

  function rank() {
    var groupWeight = {};
    inputs.forEach(function (i) { if (i.dataset.group) groupWeight[i.dataset.group] = number(i, 1); });
    var totals = data.subjects.map(function () { return 0; });
    var sums = data.subjects.map(function () { return 0; });
    data.groups.forEach(function (g) {
      g.criteria.forEach(function (c) {
        var own = document.getElementById("w-c-" + c.slug);
        var w = own ? number(own, groupWeight[g.key]) : groupWeight[g.key];
        if (!(w > 0)) return;
        c.points.forEach(function (p, s) {
          if (p === null) return;
          totals[s] += w;
          sums[s] += w * p;
        });
      });
    });
    var scores = data.subjects.map(function (s, i) {
      // nothing weighed that it answered: no score (null), not 0
      return { subject: s, score: totals[i] > 0 ? 100 * sums[i] / totals[i] : null, order: i };
    });
    // the sort key, as the build's: best first to a millionth, no score after every score
    function key(s) { return s.score === null ? 1 : -Math.round(s.score * 1e6) / 1e6; }
    // the same order as the build's: by score, ties in site.yaml's order
    scores.sort(function (a, b) { return key(a) - key(b) || a.order - b.order; });
    var items = scores.map(function (s, i) {
      var prev = scores[i - 1];
      var tie = i > 0 && (prev.score === null) === (s.score === null)
          && (s.score === null || Math.abs(prev.score - s.score) < 1e-6);
      s.rank = tie ? scores[i - 1].rank : i + 1;
      var li = document.createElement("li");
      li.value = s.rank;
      li.dataset.subject = s.subject.slug;
      var a = document.createElement("a");
      a.href = s.subject.url;
      a.textContent = s.subject.title;
      var score = document.createElement("span");
      score.className = "score";
      // the theme's words ("{score} of 100", "not scored"), handed over by the template
      if (s.score === null) score.classList.add("not-scored");
      score.textContent = " " + (s.score === null ? notScoredText : scoreText.replace("{score}", String(Math.round(s.score))));
      li.appendChild(a);
      li.appendChild(score);
      if (s.score !== null) li.appendChild(bar(s.score));
      return li;
    });
    list.replaceChildren.apply(list, items);
  }

  function update() {
    rank();
    writeState();
  }

  readState();
  section.hidden = false;
  rank();
  share.href = window.location.pathname + window.location.search;
  form.addEventListener("input", update);
  // Enter in a field must not reload the page: the ranking is already live
  form.addEventListener("submit", function (e) { e.preventDefault(); update(); });
})();

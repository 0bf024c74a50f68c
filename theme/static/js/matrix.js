// Comparison table filters: "show only differences" and one group. State lives in the query
// string (?diff=1&group=data) so it survives a reload and can be shared; the hash stays free for
// row anchors. Without scripting every row is visible and the CSS hides the form. With subject
// toggles (subjects.js) a row's data-answers names each cell's answer, and a row "differs" only when
// the subjects shown differ: hiding the one subject that disagrees takes the row out of the differences.
// The status and the count are in the theme's words, handed over by the page in their data-text.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("matrix");
  if (!form || !table) return;
  var diff = document.getElementById("filter-diff");
  var group = document.getElementById("filter-group");
  var status = document.getElementById("filter-status");
  var count = form.querySelector(".count");
  var heads = table.tHead ? table.tHead.rows[0].cells : [];

  // whether the row's shown cells give more than one answer (column i + 1 is subject i)
  function differs(row) {
    var answers = row.getAttribute("data-answers");
    if (!answers) return row.getAttribute("data-differs") === "true";
    var shown = answers.split(" ").filter(function (a, i) { return !(heads[i + 1] && heads[i + 1].hidden); });
    return shown.some(function (a) { return a !== shown[0]; });
  }

  function readState() {
    var q = new URLSearchParams(window.location.search);
    diff.checked = q.get("diff") === "1";
    var g = q.get("group") || "";
    group.value = Array.prototype.some.call(group.options, function (o) { return o.value === g; }) ? g : "";
  }

  function apply() {
    var shown = 0, total = 0, differing = 0;
    table.querySelectorAll("tbody.group").forEach(function (body) {
      var visibleRows = 0;
      body.querySelectorAll("tr.row").forEach(function (row) {
        total++;
        var d = differs(row);
        if (d) differing++;
        // a row sorted by a subject (sort.js) keeps its topic in data-topic
        var topic = row.getAttribute("data-topic") || body.getAttribute("data-group");
        var visible = (!group.value || topic === group.value) && (!diff.checked || d);
        if (row.hidden === visible) row.hidden = !visible; // writes only on change: no needless style work
        if (visible) { visibleRows++; shown++; }
      });
      if (body.hidden !== (visibleRows === 0)) body.hidden = visibleRows === 0;
    });
    status.textContent = status.getAttribute("data-text").replace("{shown}", shown).replace("{count}", total);
    var counted = count ? count.getAttribute("data-text").replace("{differing}", differing).replace("{count}", total) : "";
    if (count && count.textContent !== counted) count.textContent = counted;
  }

  function writeState() {
    var q = new URLSearchParams(window.location.search);
    if (diff.checked) q.set("diff", "1"); else q.delete("diff");
    if (group.value) q.set("group", group.value); else q.delete("group");
    var s = q.toString();
    history.replaceState(null, "", window.location.pathname + (s ? "?" + s : "") + window.location.hash);
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); });
  diff.addEventListener("change", function () { writeState(); apply(); });
  group.addEventListener("change", function () { writeState(); apply(); });
  table.addEventListener("versus:columns", apply); // subjects.js showed or hid a subject
  readState();
  // a plain visit shows every row already: touch the table only when the URL asks for a filter
  if (diff.checked || group.value) apply();
})();

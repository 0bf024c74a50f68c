// Comparison table filters: "show only differences" and one group. State lives in the query
// string (?diff=1&group=data) so it survives a reload and can be shared; the hash stays free for
// row anchors. Without scripting every row is visible and the CSS hides the form.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("matrix");
  if (!form || !table) return;
  var diff = document.getElementById("filter-diff");
  var group = document.getElementById("filter-group");
  var status = document.getElementById("filter-status");

  function readState() {
    var q = new URLSearchParams(window.location.search);
    diff.checked = q.get("diff") === "1";
    var g = q.get("group") || "";
    group.value = Array.prototype.some.call(group.options, function (o) { return o.value === g; }) ? g : "";
  }

  function apply() {
    var shown = 0, total = 0;
    table.querySelectorAll("tbody.group").forEach(function (body) {
      var groupVisible = !group.value || body.getAttribute("data-group") === group.value;
      var visibleRows = 0;
      body.querySelectorAll("tr.row").forEach(function (row) {
        total++;
        var visible = groupVisible && (!diff.checked || row.getAttribute("data-differs") === "true");
        if (row.hidden === visible) row.hidden = !visible; // writes only on change: no needless style work
        if (visible) { visibleRows++; shown++; }
      });
      if (body.hidden !== (visibleRows === 0)) body.hidden = visibleRows === 0;
    });
    status.textContent = "Showing " + shown + " of " + total + " criteria.";
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
  readState();
  // a plain visit shows every row already: touch the table only when the URL asks for a filter
  if (diff.checked || group.value) apply();
})();

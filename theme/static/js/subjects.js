// Subject toggles on the comparison page (three or more subjects): each checkbox shows or hides one
// subject's column. The hidden subjects live in the query string (?hide=coffee,tea) beside the row
// filters' state, so a reduced table can be shared. The header row and the criterion column stay;
// at least one subject always stays shown. Without scripting the CSS hides the
// checkboxes and the pair pages linked beside them do this job.
(function () {
  "use strict";
  var form = document.getElementById("subject-choice");
  var table = document.getElementById("matrix");
  if (!form || !table) return;
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=subject]"));
  var status = document.getElementById("subject-status");
  var total = boxes.length;

  function readState() {
    var hide = (new URLSearchParams(window.location.search).get("hide") || "").split(",");
    boxes.forEach(function (b) { b.checked = hide.indexOf(b.value) < 0; });
    if (!boxes.some(function (b) { return b.checked; })) boxes.forEach(function (b) { b.checked = true; });
  }

  function apply() {
    var shown = 0;
    // column i + 1 of every row is subject i: the criterion column comes first
    boxes.forEach(function (b, i) {
      if (b.checked) shown++;
      table.querySelectorAll("thead tr, tr.row").forEach(function (row) {
        var cell = row.cells[i + 1];
        if (cell && cell.hidden === b.checked) cell.hidden = !b.checked;
      });
    });
    table.querySelectorAll("tr.group-row th").forEach(function (th) { th.colSpan = shown + 1; });
    table.setAttribute("data-columns", String(shown)); // the layout follows it: fewer subjects may fit as a table
    status.textContent = "Showing " + shown + " of " + total + " subjects.";
    // matrix.js recounts the differences among the subjects now shown
    table.dispatchEvent(new CustomEvent("versus:columns"));
  }

  function writeState() {
    var q = new URLSearchParams(window.location.search);
    var hidden = boxes.filter(function (b) { return !b.checked; }).map(function (b) { return b.value; });
    if (hidden.length) q.set("hide", hidden.join(",")); else q.delete("hide");
    var s = q.toString().replace(/%2C/g, ","); // commas are safe in a query and easier to read
    history.replaceState(null, "", window.location.pathname + (s ? "?" + s : "") + window.location.hash);
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); });
  boxes.forEach(function (b) {
    b.addEventListener("change", function () {
      if (!boxes.some(function (x) { return x.checked; })) b.checked = true; // never an empty table
      writeState();
      apply();
    });
  });
  readState();
  if (boxes.some(function (b) { return !b.checked; })) apply();
})();

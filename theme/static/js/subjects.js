// Subject toggles on the comparison page (three or more subjects): each checkbox shows or hides one
// subject's column. The choice lives in the query string beside the row filters' state, so a reduced
// table can be shared: the hidden subjects (?hide=coffee,tea) where every column shows by default, the
// shown ones (?subjects=tea,cocoa) where the form names featured columns (a guide of many subjects shows
// a few until the reader adds others); either parameter is read on any page. The header row and the criterion column stay;
// at least one subject always stays shown, and so does the subject the rows are sorted by (?sort=, the "Rows:"
// menu of sort.js): rows "where it leads" without its column would say nothing. Without scripting the CSS hides the
// checkboxes and the pair pages linked beside them do this job. The status is in the theme's words, handed over by
// the page in its data-text.
(function () {
  "use strict";
  var form = document.getElementById("subject-choice");
  var table = document.getElementById("matrix");
  if (!form || !table) return;
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=subject]"));
  var status = document.getElementById("subject-status");
  var total = boxes.length;
  var featured = (form.getAttribute("data-featured") || "").split(",").filter(Boolean);
  var sort = document.getElementById("sort");

  // shows the column of the subject the rows are sorted by; whether it was hidden
  function showSorted(subject) {
    var box = boxes.filter(function (b) { return b.value === subject; })[0];
    if (!box || box.checked) return false;
    box.checked = true;
    return true;
  }

  function readState() {
    var q = new URLSearchParams(window.location.search);
    var hide = (q.get("hide") || "").split(",");
    // ?subjects= names the shown, ?hide= the hidden (either on any page); neither: the featured, else all
    var show = q.has("subjects") ? q.get("subjects").split(",") : !q.has("hide") && featured.length ? featured : null;
    boxes.forEach(function (b) { b.checked = show ? show.indexOf(b.value) >= 0 : hide.indexOf(b.value) < 0; });
    if (!boxes.some(function (b) { return b.checked; })) boxes.forEach(function (b) { b.checked = true; });
    showSorted(q.get("sort"));
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
    status.textContent = status.getAttribute("data-text").replace("{shown}", shown).replace("{count}", total);
    // matrix.js recounts the differences among the subjects now shown
    table.dispatchEvent(new CustomEvent("versus:columns"));
  }

  function writeState() {
    var q = new URLSearchParams(window.location.search);
    var hidden = boxes.filter(function (b) { return !b.checked; }).map(function (b) { return b.value; });
    var shown = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var bySubjects = featured.length > 0 || q.has("subjects");
    q.delete("hide");
    q.delete("subjects");
    if (bySubjects) {
      if (shown.join(",") !== featured.join(",")) q.set("subjects", shown.join(","));
    } else if (hidden.length) {
      q.set("hide", hidden.join(","));
    }
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
  if (sort) {
    sort.addEventListener("change", function () {
      if (!showSorted(sort.value)) return;
      writeState();
      apply();
    });
  }
  readState();
  if (boxes.some(function (b) { return !b.checked; })) apply();
})();

// Row order on the comparison page: "By topic" (the order of the HTML, what a reader without scripting
// gets) or one subject first, as the tables once published per subject at compare/by/<subject>/ had it:
// the rows where it leads, then where all are level, where another leads, and where it is not ranked.
// Each row's data-standings names where each column stands (0 leads, 1 level, 2 trails, 3 unranked),
// computed at build time from the whole row; this script only regroups the rows. The choice lives in
// the query string (?sort=<subject>) beside the filters' state, so a sorted table can be shared.
(function () {
  "use strict";
  var form = document.getElementById("sort-form");
  var select = document.getElementById("sort");
  var table = document.getElementById("matrix");
  if (!form || !select || !table) return;
  var KEYS = ["leads", "level", "trails", "unranked"];
  var topics = Array.prototype.slice.call(table.tBodies); // the topic order, kept to restore it
  var rows = [];
  topics.forEach(function (body) {
    Array.prototype.forEach.call(body.querySelectorAll("tr.row"), function (row) {
      // matrix.js's group filter follows the row's topic while the rows stand in other groups
      row.setAttribute("data-topic", body.getAttribute("data-group"));
      rows.push({ row: row, body: body });
    });
  });
  var sorted = [];

  function restore() {
    sorted.forEach(function (b) { b.remove(); });
    sorted = [];
    rows.forEach(function (r) { r.body.appendChild(r.row); });
    topics.forEach(function (b) { table.appendChild(b); });
  }

  function apply() {
    restore();
    var option = select.options[select.selectedIndex];
    if (!select.value || !option) return;
    var column = select.selectedIndex - 1; // the options after "By topic" are the columns, in order
    var headings = (option.getAttribute("data-headings") || "").split("|");
    var groups = KEYS.map(function (key, i) {
      var body = document.createElement("tbody");
      body.className = "group";
      body.setAttribute("data-group", key);
      var head = document.createElement("tr");
      head.className = "group-row";
      var th = document.createElement("th");
      th.scope = "colgroup";
      th.colSpan = Number(table.getAttribute("data-columns")) + 1;
      th.textContent = headings[i] || key;
      head.appendChild(th);
      body.appendChild(head);
      return body;
    });
    rows.forEach(function (r) {
      var standing = Number((r.row.getAttribute("data-standings") || "").split(" ")[column]);
      groups[standing >= 0 && standing < 4 ? standing : 3].appendChild(r.row);
    });
    topics.forEach(function (b) { b.remove(); });
    groups.forEach(function (b) { if (b.rows.length > 1) { table.appendChild(b); sorted.push(b); } });
  }

  function readState() {
    var want = new URLSearchParams(window.location.search).get("sort") || "";
    select.value = Array.prototype.some.call(select.options, function (o) { return o.value === want; }) ? want : "";
  }

  function writeState() {
    var q = new URLSearchParams(window.location.search);
    if (select.value) q.set("sort", select.value); else q.delete("sort");
    var s = q.toString().replace(/%2C/g, ",");
    history.replaceState(null, "", window.location.pathname + (s ? "?" + s : "") + window.location.hash);
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); });
  select.addEventListener("change", function () {
    writeState();
    apply();
    table.dispatchEvent(new CustomEvent("versus:columns")); // matrix.js re-applies its filters to the new groups
  });
  readState();
  if (select.value) {
    apply();
    table.dispatchEvent(new CustomEvent("versus:columns"));
  }
})();

// The header's search box: "/" anywhere outside a text field focuses it (on /search/ the page's own
// box). The box is a plain GET form to /search/?q=..., so it needs no more script than this; the CSS
// hides it when scripting is off, because the results page needs JavaScript.
(function () {
  "use strict";
  var box = document.getElementById("search-q") || document.getElementById("site-search-q");
  if (!box) return;
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
})();

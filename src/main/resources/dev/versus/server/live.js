// Versus preview: injected into pages only by `versus serve`, never into a build.
// Listens to the server's events: `reload` (this page changed: reload, keeping the scroll
// position), `css` (stylesheets changed: swap them without reloading), `error` (the build failed:
// show every problem over the last good page until a build succeeds).
(function () {
  "use strict";
  var scrollKey = "versus-scroll:" + location.pathname;
  var overlay = null;

  var saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    var y = Number(saved);
    window.scrollTo(0, y);
    // images and fonts may grow the page after this script ran
    window.addEventListener("load", function () { window.scrollTo(0, y); });
  }

  function here() {
    var p = location.pathname;
    return p.endsWith("/index.html") ? p.slice(0, -"index.html".length) : p;
  }

  function concernsThisPage(paths) {
    for (var i = 0; i < paths.length; i++) {
      var p = paths[i];
      if (p === here()) return true;
      // a changed image, script or font may be used by this page too
      if (!/\/$|\.(html|xml|txt)$/.test(p)) return true;
    }
    return false;
  }

  function reload() {
    sessionStorage.setItem(scrollKey, String(window.scrollY));
    location.reload();
  }

  function hideErrors() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function showErrors(problems) {
    hideErrors();
    overlay = document.createElement("div");
    overlay.id = "versus-errors";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;"
      + "margin:0;padding:1rem 1.25rem;background:rgba(24,24,27,.94);color:#fafafa;"
      + "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 -4px 16px rgba(0,0,0,.35)";
    var title = document.createElement("p");
    title.style.cssText = "margin:0 0 .5rem;font-weight:bold;color:#fca5a5";
    title.textContent = "The build failed (" + problems.length + " problem" + (problems.length === 1 ? "" : "s")
      + "); this is the last good page. Fix the sources and it updates by itself.";
    overlay.appendChild(title);
    var list = document.createElement("ul");
    list.style.cssText = "margin:0;padding:0 0 0 1.25rem";
    problems.forEach(function (p) {
      var item = document.createElement("li");
      item.className = "versus-problem";
      item.textContent = p.text;
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  function swapStylesheets(paths) {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin || paths.indexOf(url.pathname) < 0) continue;
      url.searchParams.set("v", String(Date.now()));
      // the new sheet loads beside the old one, which goes once the new one applies: no flash
      var fresh = link.cloneNode();
      fresh.href = url.pathname + url.search;
      fresh.addEventListener("load", (function (old) { return function () { old.remove(); }; })(link));
      link.after(fresh);
    }
  }

  var events = new EventSource("/_versus/events");
  events.addEventListener("reload", function (e) {
    var data = JSON.parse(e.data);
    if (overlay || concernsThisPage(data.paths)) reload();
  });
  events.addEventListener("css", function (e) {
    hideErrors();
    swapStylesheets(JSON.parse(e.data).paths);
  });
  events.addEventListener("error", function (e) {
    // the same name is used by EventSource for a lost connection, which carries no data
    if (typeof e.data !== "string") return;
    showErrors(JSON.parse(e.data).diagnostics);
  });
})();

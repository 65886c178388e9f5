// Starts Pagefind's search UI on the search page (with `search: pagefind` in the briefings plugin).
// Material's instant navigation swaps pages without reloading, so start on each page it shows (document$),
// or once on load with other themes. The bundle path is relative to the page, so the site works in a subfolder.
(function () {
  function start() {
    var element = document.getElementById("pagefind-search");
    if (!element || element.dataset.started) return;
    element.dataset.started = "true";
    var bundle = new URL(element.dataset.bundle, document.baseURI).href;
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = bundle + "pagefind-ui.css";
    document.head.appendChild(style);
    var script = document.createElement("script");
    script.src = bundle + "pagefind-ui.js";
    script.onload = function () {
      new PagefindUI({ element: element, bundlePath: bundle, showSubResults: true, resetStyles: false });
      var input = element.querySelector("input");
      var query = new URLSearchParams(window.location.search).get("q");
      if (input && query) {
        input.value = query;
        input.dispatchEvent(new Event("input"));
      }
    };
    document.head.appendChild(script);
  }
  if (typeof document$ !== "undefined") document$.subscribe(start);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

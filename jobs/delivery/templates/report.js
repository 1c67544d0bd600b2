(function () {
  "use strict";
  var table = document.getElementById("candidates");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var q = document.getElementById("filter-text");
  var newOnly = document.getElementById("filter-new");
  var minScore = document.getElementById("filter-score");
  var minOut = document.getElementById("filter-score-value");
  var shown = document.getElementById("shown-count");
  var sortSel = document.getElementById("sort-key");
  var current = {key: "rank", dir: 1};
  // The view (filters and sort) lives in the URL's fragment, so a view can be shared as a link:
  // report.html#q=TEXT&new=1&min=0.5&sort=score&dir=desc
  function writeState() {
    var p = new URLSearchParams();
    if (q.value.trim()) { p.set("q", q.value.trim()); }
    if (newOnly.checked) { p.set("new", "1"); }
    if ((parseFloat(minScore.value) || 0) > 0) { p.set("min", minScore.value); }
    if (current.key !== "rank" || current.dir !== 1) {
      p.set("sort", current.key);
      p.set("dir", current.dir > 0 ? "asc" : "desc");
    }
    var hash = p.toString();
    var url = window.location.href.split("#")[0] + (hash ? "#" + hash : "");
    try {
      window.history.replaceState(null, "", url);
    } catch (e) {
      window.location.hash = hash;
    }
  }
  function applyFilters() {
    var text = q.value.trim().toLowerCase();
    var min = parseFloat(minScore.value) || 0;
    var n = 0;
    rows.forEach(function (r) {
      var ok = (!text || r.textContent.toLowerCase().indexOf(text) >= 0) &&
        (!newOnly.checked || r.dataset.new === "1") &&
        parseFloat(r.dataset.score) >= min;
      r.hidden = !ok;
      if (ok) { n += 1; }
    });
    minOut.textContent = min.toFixed(2);
    shown.textContent = String(n);
  }
  function sortBy(key, type, dir) {
    rows.sort(function (a, b) {
      var x = a.dataset[key] || "", y = b.dataset[key] || "";
      var c;
      if (type === "num") {
        var fx = x === "" ? -Infinity : parseFloat(x), fy = y === "" ? -Infinity : parseFloat(y);
        c = fx < fy ? -1 : (fx > fy ? 1 : 0);
      } else {
        c = x.localeCompare(y);
      }
      if (c === 0) { c = parseFloat(a.dataset.rank) - parseFloat(b.dataset.rank); return c; }
      return c * dir;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.setAttribute("aria-sort", th.dataset.key === key ? (dir > 0 ? "ascending" : "descending") : "none");
    });
    current = {key: key, dir: dir};
    var want = key + ":" + (dir > 0 ? "asc" : "desc");
    sortSel.value = Array.prototype.some.call(sortSel.options, function (o) { return o.value === want; }) ? want : "";
  }
  function headerFor(key) {
    return table.querySelector("th[data-key='" + String(key).replace(/[^a-z_]/g, "") + "']");
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    if (!th.dataset.key) { return; }
    th.tabIndex = 0;
    function go() {
      var dir = current.key === th.dataset.key ? -current.dir : (th.dataset.type === "num" && th.dataset.key !== "rank" ? -1 : 1);
      sortBy(th.dataset.key, th.dataset.type, dir);
      writeState();
    }
    th.addEventListener("click", go);
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(); } });
  });
  function onInput() { applyFilters(); writeState(); }
  sortSel.addEventListener("change", function () {
    var parts = sortSel.value.split(":");
    var th = headerFor(parts[0]);
    if (th) { sortBy(th.dataset.key, th.dataset.type, parts[1] === "desc" ? -1 : 1); writeState(); }
  });
  [q, newOnly, minScore].forEach(function (el) { el.addEventListener("input", onInput); });
  newOnly.addEventListener("change", onInput);
  // Click a photo: the photo with its box, and the registered mark or official photo, enlarged.
  var dialog = document.getElementById("zoom");
  var zoomBody = document.getElementById("zoom-body");
  function closeZoom() { if (dialog.open) { dialog.close(); } }
  Array.prototype.forEach.call(table.querySelectorAll("button.zoom"), function (btn) {
    btn.addEventListener("click", function () {
      while (zoomBody.firstChild) { zoomBody.removeChild(zoomBody.firstChild); }
      Array.prototype.forEach.call(btn.querySelectorAll("figure"), function (fig) {
        var copy = fig.cloneNode(true);
        var svg = copy.querySelector("svg");
        if (svg) { svg.removeAttribute("width"); svg.removeAttribute("height"); }
        zoomBody.appendChild(copy);
      });
      if (typeof dialog.showModal === "function") { dialog.showModal(); } else { dialog.setAttribute("open", ""); }
    });
  });
  document.getElementById("zoom-close").addEventListener("click", closeZoom);
  dialog.addEventListener("click", function (e) { if (e.target === dialog) { closeZoom(); } });
  var params = new URLSearchParams(window.location.hash.slice(1));
  if (params.has("q")) { q.value = params.get("q"); }
  if (params.get("new") === "1") { newOnly.checked = true; }
  if (params.has("min")) { minScore.value = params.get("min"); }
  var sortKey = params.get("sort");
  if (sortKey) {
    var th = headerFor(sortKey);
    if (th) { sortBy(th.dataset.key, th.dataset.type, params.get("dir") === "desc" ? -1 : 1); }
  }
  applyFilters();
  document.body.dataset.ready = "1";
})();

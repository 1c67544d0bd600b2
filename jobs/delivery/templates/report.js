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
  var current = {key: "rank", dir: 1};
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
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    if (!th.dataset.key) { return; }
    th.tabIndex = 0;
    function go() {
      var dir = current.key === th.dataset.key ? -current.dir : (th.dataset.type === "num" && th.dataset.key !== "rank" ? -1 : 1);
      sortBy(th.dataset.key, th.dataset.type, dir);
    }
    th.addEventListener("click", go);
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(); } });
  });
  [q, newOnly, minScore].forEach(function (el) { el.addEventListener("input", applyFilters); });
  newOnly.addEventListener("change", applyFilters);
  // A view can be shared as a link: report.html#q=TEXT&new=1&min=0.5&sort=score&dir=desc
  var params = new URLSearchParams(window.location.hash.slice(1));
  if (params.has("q")) { q.value = params.get("q"); }
  if (params.get("new") === "1") { newOnly.checked = true; }
  if (params.has("min")) { minScore.value = params.get("min"); }
  var sortKey = params.get("sort");
  if (sortKey) {
    var th = table.querySelector("th[data-key='" + sortKey.replace(/[^a-z_]/g, "") + "']");
    if (th) { sortBy(th.dataset.key, th.dataset.type, params.get("dir") === "desc" ? -1 : 1); }
  }
  applyFilters();
  document.body.dataset.ready = "1";
})();

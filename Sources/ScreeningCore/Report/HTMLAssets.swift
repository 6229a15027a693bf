/// The inline style sheet and script of the HTML report. The script only filters, sorts
/// and keeps review statuses of what the page already holds: it builds no markup from
/// record text, so nothing a record says can run as code.
enum HTMLAssets {
    static let css = """
        body { font-family: system-ui, "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif; margin: 1.5em; color: #1d1d1f; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.2em; border-bottom: 1px solid #ccc; } h3 { font-size: 1em; margin: 0.2em 0; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
        dt { font-weight: bold; } dd { margin: 0; }
        table { border-collapse: collapse; margin: 0.5em 0; } th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
        th { background: #f3f3f5; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.hits { width: 100%; } td.why { font-size: 0.85em; color: #444; max-width: 32em; }
        td.mention { max-width: 28em; overflow-wrap: anywhere; }
        mark { background: #ffe066; padding: 0 0.1em; }
        .role, .id, .alias, .country, .remarks { font-size: 0.85em; color: #555; }
        section.record { border: 1px solid #ddd; border-radius: 6px; padding: 0.6em; margin: 0.8em 0; }
        .meta, .note { color: #555; font-size: 0.9em; margin: 0.2em 0; }
        #controls { position: sticky; top: 0; background: #fff; padding: 0.5em 0; border-bottom: 1px solid #ccc; z-index: 1; }
        #controls label { margin-right: 1em; white-space: nowrap; }
        tr.flag th { color: #a00; } tr.clear th { color: #070; }
        tr.hit.confirmed { background: #fde8e8; } tr.hit.dismissed { background: #eef7ee; color: #777; }
        .hidden { display: none; }

        """

    static let script = """
        "use strict";
        (function () {
          var store = null;
          try { store = window.localStorage; store.getItem("entity-screen"); } catch (e) { store = null; }
          function load(key) { try { return store ? store.getItem("entity-screen:" + key) : null; } catch (e) { return null; } }
          function save(key, value) { try { if (store) { store.setItem("entity-screen:" + key, value); } } catch (e) { } }
          var main = document.getElementById("records");
          var sections = Array.prototype.slice.call(main.querySelectorAll("section.record"));
          var rows = Array.prototype.slice.call(main.querySelectorAll("tr.hit"));
          var list = document.getElementById("f-list"), score = document.getElementById("f-score");
          var status = document.getElementById("f-status"), text = document.getElementById("f-text");
          var sort = document.getElementById("f-sort"), shown = document.getElementById("shown");
          rows.forEach(function (row) {
            var select = row.querySelector("select.status");
            var saved = load(row.getAttribute("data-key"));
            if (saved) { select.value = saved; }
            row.classList.add(select.value);
            select.addEventListener("change", function () {
              row.classList.remove("unreviewed", "confirmed", "dismissed");
              row.classList.add(select.value);
              save(row.getAttribute("data-key"), select.value);
              apply();
            });
          });
          function apply() {
            var wantList = list.value, minimum = parseFloat(score.value) || 0;
            var wantStatus = status.value, needle = text.value.trim().toLowerCase(), count = 0;
            rows.forEach(function (row) {
              var ok = (!wantList || row.getAttribute("data-list") === wantList)
                && parseFloat(row.getAttribute("data-score")) >= minimum
                && (!wantStatus || row.querySelector("select.status").value === wantStatus)
                && (!needle || row.textContent.toLowerCase().indexOf(needle) >= 0);
              row.classList.toggle("hidden", !ok);
              if (ok) { count += 1; }
            });
            sections.forEach(function (section) {
              section.classList.toggle("hidden", !section.querySelector("tr.hit:not(.hidden)"));
            });
            shown.textContent = String(count);
          }
          function order() {
            var key = sort.value;
            var sorted = sections.slice().sort(function (a, b) {
              if (key === "score") { return parseFloat(b.getAttribute("data-score")) - parseFloat(a.getAttribute("data-score")) || a.getAttribute("data-order") - b.getAttribute("data-order"); }
              if (key === "list") { return a.getAttribute("data-list").localeCompare(b.getAttribute("data-list")) || a.getAttribute("data-order") - b.getAttribute("data-order"); }
              return a.getAttribute("data-order") - b.getAttribute("data-order");
            });
            sorted.forEach(function (section) {
              var body = section.querySelector("tbody");
              var hits = Array.prototype.slice.call(body.children);
              hits.sort(function (a, b) {
                if (key === "score") { return parseFloat(b.getAttribute("data-score")) - parseFloat(a.getAttribute("data-score")); }
                if (key === "list") { return a.getAttribute("data-list").localeCompare(b.getAttribute("data-list")); }
                return a.id.localeCompare(b.id, undefined, { numeric: true });
              });
              hits.forEach(function (row) { body.appendChild(row); });
              main.appendChild(section);
            });
          }
          // A link can open a filtered view: report.html?list=meti-eul&score=0.9&status=unreviewed&q=harbin&sort=score
          var query = new URLSearchParams(window.location.search);
          if (query.has("list")) { list.value = query.get("list"); }
          if (query.has("score")) { score.value = query.get("score"); }
          if (query.has("status")) { status.value = query.get("status"); }
          if (query.has("q")) { text.value = query.get("q"); }
          if (query.has("sort")) { sort.value = query.get("sort"); }
          [list, score, status, text].forEach(function (control) { control.addEventListener("input", apply); control.addEventListener("change", apply); });
          sort.addEventListener("change", function () { order(); apply(); });
          order();
          apply();
          document.documentElement.setAttribute("data-ready", String(rows.length));
        })();

        """
}

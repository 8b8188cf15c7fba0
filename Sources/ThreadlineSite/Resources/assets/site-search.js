// Threadline's client-side search for the static site (`threadline site`). It answers the search form in the
// reader's browser from /search-index.json: no server, no eval, no inline script (it runs under the same
// Content-Security-Policy as the rest of the site). Results are a plain list of links announced through a
// polite live region, so the form works by keyboard and with a screen reader as the server's page does.
(function () {
  "use strict";

  var form = document.querySelector("form.search-form");
  if (!form || !window.fetch || !window.URLSearchParams) { return; }

  var labels = {
    "stories": "Story", "case-studies": "Case study", "news": "News", "milestones": "Milestone",
    "testimony": "Testimony", "places": "Place", "enablers": "System enabler", "areas": "Learning area",
    "reports": "Report", "reflective-logs": "Reflective log", "theories": "Programme theory"
  };
  var limit = 50;
  var index = null;

  // The index holds no dates, so the date filters are hidden rather than offered and ignored.
  ["from", "to"].forEach(function (id) {
    var input = document.getElementById(id);
    if (input && input.parentElement) { input.parentElement.hidden = true; }
  });

  var status = document.createElement("p");
  status.className = "result-count";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  var list = document.createElement("ol");
  list.className = "results";
  list.hidden = true;
  form.parentNode.insertBefore(status, form.nextSibling);
  form.parentNode.insertBefore(list, status.nextSibling);

  function loadIndex() {
    if (!index) {
      index = fetch("/search-index.json", { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      }).then(function (data) {
        return (data && data.items) || [];
      });
    }
    return index;
  }

  // Words, "phrases" (every word must appear), part* (words that start with part) and -word (leave it out).
  function parse(text) {
    var terms = [];
    var pattern = /(-?)"([^"]*)"|(-?)(\S+)/g;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      var exclude = (match[1] || match[3]) === "-";
      var raw = match[2] !== undefined ? match[2] : match[4];
      raw.toLowerCase().split(/[^\p{L}\p{M}\p{N}*]+/u).forEach(function (word) {
        var prefix = word.length > 1 && word.charAt(word.length - 1) === "*";
        word = word.replace(/\*/g, "");
        if (word.length > 0) { terms.push({ word: word, prefix: prefix, exclude: exclude }); }
      });
    }
    return terms;
  }

  function wordsOf(item) {
    if (!item._title) {
      item._title = new Set(String(item.t || "").toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u));
      item._words = new Set(String(item.w || "").split(" "));
    }
    return item;
  }

  function has(set, term) {
    if (!term.prefix) { return set.has(term.word); }
    for (var word of set) { if (word.lastIndexOf(term.word, 0) === 0) { return true; } }
    return false;
  }

  function score(item, terms) {
    wordsOf(item);
    var total = 0;
    var wanted = 0;
    for (var term of terms) {
      var inTitle = has(item._title, term);
      var found = inTitle || has(item._words, term);
      if (term.exclude) {
        if (found) { return 0; }
        continue;
      }
      if (!found) { return 0; }
      wanted += 1;
      total += inTitle ? 3 : 1;
    }
    return wanted > 0 ? total : 0;
  }

  function value(name) {
    var field = form.elements.namedItem(name);
    return field && field.value ? field.value : "";
  }

  function show(results, total) {
    list.textContent = "";
    results.forEach(function (item) {
      var entry = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = item.u;
      link.textContent = item.t;
      heading.appendChild(link);
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = labels[item.k] || item.k;
      var snippet = document.createElement("p");
      snippet.className = "snippet";
      snippet.textContent = item.e || "";
      entry.appendChild(heading);
      entry.appendChild(meta);
      entry.appendChild(snippet);
      list.appendChild(entry);
    });
    list.hidden = results.length === 0;
    if (total === 0) {
      status.textContent = "Nothing matched. Try fewer words, or a word's start followed by *.";
    } else {
      status.textContent = total + " result" + (total === 1 ? "" : "s")
        + (total > results.length ? ", showing the first " + results.length : "");
    }
  }

  function run() {
    var text = value("q").trim();
    if (text === "") {
      list.textContent = "";
      list.hidden = true;
      status.textContent = "";
      return;
    }
    var terms = parse(text);
    var kind = value("kind");
    var place = value("place");
    var enabler = value("enabler");
    status.textContent = "Searching…";
    loadIndex().then(function (items) {
      var hits = [];
      items.forEach(function (item) {
        if (kind && item.k !== kind) { return; }
        if (place && item.p !== place) { return; }
        if (enabler && item.n !== enabler) { return; }
        var points = score(item, terms);
        if (points > 0) { hits.push({ item: item, points: points }); }
      });
      hits.sort(function (a, b) { return b.points - a.points || a.item.t.localeCompare(b.item.t); });
      show(hits.slice(0, limit).map(function (hit) { return hit.item; }), hits.length);
    }).catch(function () {
      status.textContent = "The search index could not be loaded. Try again in a moment.";
    });
  }

  // The form's fields from the address, so a search can be linked to, and Back shows the previous one.
  function fillFromAddress() {
    var params = new URLSearchParams(window.location.search);
    ["q", "kind", "place", "enabler"].forEach(function (name) {
      var field = form.elements.namedItem(name);
      if (field) { field.value = params.get(name) || ""; }
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var params = new URLSearchParams();
    ["q", "kind", "place", "enabler"].forEach(function (name) {
      if (value(name)) { params.set(name, value(name)); }
    });
    var query = params.toString();
    window.history.pushState(null, "", window.location.pathname + (query ? "?" + query : ""));
    run();
  });
  window.addEventListener("popstate", function () {
    fillFromAddress();
    run();
  });
  fillFromAddress();
  run();
})();

// Threadline workspace, coding page: turns a selection in the source text into Unicode scalar positions.
// Every piece of the text carries the position of its first character (data-o); a selection's ends are that
// plus the number of code points before them in the piece (Array.from counts code points, not UTF-16 units),
// which is how the server and REFI-QDA count. Without this script, coders type the passage's words instead.
// Beside a recording, I and O (or the Mark in and Mark out buttons) mark a stretch at the player's time, which the
// codes then code: the transcript lines there, or the stretch itself where there are none.
(function () {
  "use strict";
  var text = document.getElementById("source-text");
  var form = document.getElementById("coding-form");
  if (!form) { return; }
  var quote = document.getElementById("quote");
  var start = document.getElementById("start");
  var end = document.getElementById("end");
  var occurrence = document.getElementById("occurrence");
  var status = form.querySelector(".selection-status");

  function codePoints(string) { return Array.from(string).length; }

  // The scalar position of a DOM point (node, offset) inside the text, or null when it lies outside.
  function position(node, offset) {
    if (!text.contains(node)) { return null; }
    var piece = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    while (piece && piece !== text && !piece.hasAttribute("data-o")) { piece = piece.parentElement; }
    if (!piece || piece === text) {
      // A point between pieces (the edge of a heading, paragraph or list item): the start of the first piece
      // after it, or the end of the text.
      var point = document.createRange();
      point.setStart(node, offset);
      point.collapse(true);
      var pieces = text.querySelectorAll("[data-o]");
      for (var i = 0; i < pieces.length; i += 1) {
        if (point.comparePoint(pieces[i], 0) >= 0) { return parseInt(pieces[i].getAttribute("data-o"), 10); }
      }
      var last = pieces[pieces.length - 1];
      return last ? parseInt(last.getAttribute("data-o"), 10) + codePoints(last.textContent) : 0;
    }
    var base = parseInt(piece.getAttribute("data-o"), 10);
    var range = document.createRange();
    range.setStart(piece, 0);
    range.setEnd(node, offset);
    return base + codePoints(range.toString());
  }

  function update() {
    if (!text) { return; }
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
    var range = selection.getRangeAt(0);
    var from = position(range.startContainer, range.startOffset);
    var to = position(range.endContainer, range.endOffset);
    if (from === null || to === null || to <= from) { return; }
    start.value = from;
    end.value = to;
    quote.value = range.toString();
    occurrence.value = 1;
    // Words selected replace a stretch marked before: the server codes words when it is given both.
    clearStretch();
    status.textContent = "Selected characters " + from + " to " + to + ". Choose codes, then Code the passage.";
    // The player follows the selection to the first line it touches.
    var player = document.getElementById("coding-player");
    var startNode = range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer : range.startContainer.parentElement;
    var line = startNode && startNode.closest ? startNode.closest("#source-text > p") : null;
    var time = line ? line.querySelector(".cue-time") : null;
    if (player && time && player.paused) { player.currentTime = parseInt(time.getAttribute("data-ms"), 10) / 1000; }
  }

  document.addEventListener("selectionchange", function () { window.clearTimeout(update.timer); update.timer = window.setTimeout(update, 150); });
  // Typing the words replaces a selection made earlier: the positions would no longer match them.
  quote.addEventListener("input", function () { start.value = ""; end.value = ""; });
  // Marking a stretch of the recording: I and O, or the buttons, set From and To at the player's time.
  var player = document.getElementById("coding-player");
  var fromTime = document.getElementById("from-time");
  var toTime = document.getElementById("to-time");
  var stretchStatus = document.getElementById("stretch-status");
  var canMark = Boolean(player && fromTime && toTime);
  // m:ss.t (h:mm:ss.t from an hour), tenths cut rather than rounded, as the server writes times.
  function clock(milliseconds) {
    var tenths = Math.floor(Math.max(0, milliseconds) / 100);
    var seconds = Math.floor(tenths / 10);
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor(seconds / 60) % 60;
    function two(value) { return value < 10 ? "0" + value : String(value); }
    var rest = two(seconds % 60) + "." + (tenths % 10);
    return hours > 0 ? hours + ":" + two(minutes) + ":" + rest : minutes + ":" + rest;
  }
  function describeStretch() {
    if (!stretchStatus) { return; }
    var from = fromTime.value.trim();
    var to = toTime.value.trim();
    stretchStatus.textContent = from === "" && to === "" ? "" :
      "In " + (from || "not marked") + " — Out " + (to || "not marked") + (from && to ? ". Choose codes to code this stretch." : ".");
  }
  function clearStretch() {
    if (!canMark) { return; }
    fromTime.value = "";
    toTime.value = "";
    describeStretch();
  }
  function mark(field) {
    field.value = clock(player.currentTime * 1000);
    // A stretch marked replaces words selected or typed before it.
    start.value = "";
    end.value = "";
    quote.value = "";
    describeStretch();
  }
  if (canMark) {
    var markButtons = document.getElementById("mark-stretch");
    if (markButtons) { markButtons.hidden = false; }
    document.getElementById("mark-in").addEventListener("click", function () { mark(fromTime); });
    document.getElementById("mark-out").addEventListener("click", function () { mark(toTime); });
    [fromTime, toTime].forEach(function (field) {
      field.addEventListener("input", function () { start.value = ""; end.value = ""; quote.value = ""; describeStretch(); });
    });
    describeStretch();
  }

  // A line's time plays the recording from that line.
  if (text) text.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".cue-time") : null;
    var player = document.getElementById("coding-player");
    if (!button || !player) { return; }
    player.currentTime = parseInt(button.getAttribute("data-ms"), 10) / 1000;
    var playing = player.play();
    if (playing && playing.catch) { playing.catch(function () { /* the reader's browser may refuse autoplay */ }); }
  });
  var focus = document.getElementById("passage");
  if (focus) { focus.focus(); }

  // Coding stripes (NVivo's): each coding's stripe runs beside the lines its passage covers, in its code's colour,
  // in the first lane where it overlaps no other stripe. The stripes are a pointer's shortcut to the coding's memo
  // and remove buttons; the list of codings below the text does the same for everyone.
  var stripes = document.getElementById("stripes");
  function layStripes() {
    if (!stripes || !text) { return; }
    var box = text.getBoundingClientRect();
    var lanes = [];
    var items = stripes.querySelectorAll("a[data-coding]");
    for (var i = 0; i < items.length; i += 1) {
      var id = items[i].getAttribute("data-coding");
      var marks = text.querySelectorAll("mark[data-codings~='" + id + "']");
      var item = items[i].parentElement;
      if (marks.length === 0) { item.hidden = true; continue; }
      var top = Infinity;
      var bottom = -Infinity;
      for (var m = 0; m < marks.length; m += 1) {
        var rects = marks[m].getClientRects();
        for (var r = 0; r < rects.length; r += 1) {
          top = Math.min(top, rects[r].top - box.top);
          bottom = Math.max(bottom, rects[r].bottom - box.top);
        }
      }
      var lane = 0;
      while (lanes[lane] !== undefined && lanes[lane] > top) { lane += 1; }
      lanes[lane] = bottom + 2;
      item.hidden = false;
      item.style.top = top + "px";
      item.style.height = Math.max(8, bottom - top) + "px";
      item.style.left = (lane * 12) + "px";
    }
    stripes.style.width = Math.max(1, lanes.length) * 12 + "px";
    stripes.classList.add("laid-out");
  }
  layStripes();
  window.addEventListener("resize", function () { window.clearTimeout(layStripes.timer); layStripes.timer = window.setTimeout(layStripes, 200); });

  // Quick coding. Recent codes are remembered on this device; a digit codes the selected passage with one, R with
  // the last used, U undoes the coding just made, / finds a code. Keys never act while a box is being typed in.
  var storeKey = "threadline-recent-codes";
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name='code']"));
  function labelOf(box) { var label = form.querySelector("label[for='" + box.id + "']"); return label ? label.textContent.trim() : box.value; }
  function recent() {
    try { return JSON.parse(window.localStorage.getItem(storeKey) || "[]").filter(function (id) { return boxes.some(function (b) { return b.value === id; }); }); } catch (e) { return []; }
  }
  // The codes of the codings just made (a new code named in the form among them) become the most recent.
  function remember(ids) {
    var list = ids.concat(recent().filter(function (id) { return ids.indexOf(id) < 0; })).slice(0, 9);
    try { window.localStorage.setItem(storeKey, JSON.stringify(list)); } catch (e) { /* private mode: no memory */ }
  }
  var undoForm = document.getElementById("undo-form");
  if (undoForm && undoForm.getAttribute("data-codes")) { remember(undoForm.getAttribute("data-codes").split(",")); }
  var recentList = document.getElementById("recent-codes");
  if (recentList && recent().length > 0) {
    recentList.hidden = false;
    recentList.textContent = "Recent codes: ";
    recent().slice(0, 9).forEach(function (id, index) {
      var box = boxes.filter(function (b) { return b.value === id; })[0];
      var key = document.createElement("kbd");
      key.textContent = String(index + 1);
      recentList.appendChild(key);
      recentList.appendChild(document.createTextNode(" " + labelOf(box) + (index < Math.min(8, recent().length - 1) ? " · " : "")));
    });
  }
  form.addEventListener("submit", function () {
    var chosen = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    if (chosen.length > 0) { remember(chosen); }
  });
  function hasPassage() {
    return start.value !== "" && end.value !== "" || quote.value.trim() !== "" ||
      canMark && fromTime.value.trim() !== "" && toTime.value.trim() !== "";
  }
  function codeWith(id) {
    if (!hasPassage()) {
      status.textContent = canMark ? "Select a passage first, type its words into Passage, or mark in and out on the recording." :
        "Select a passage first, or type its words into Passage.";
      return;
    }
    boxes.forEach(function (b) { b.checked = b.value === id; });
    if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
  }
  var find = document.getElementById("code-find");
  if (find) {
    find.addEventListener("input", function () {
      var words = find.value.trim().toLowerCase();
      boxes.forEach(function (b) { b.parentElement.hidden = words !== "" && labelOf(b).toLowerCase().indexOf(words) < 0; });
    });
    find.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") { return; }
      event.preventDefault();
      var first = boxes.filter(function (b) { return !b.parentElement.hidden; })[0];
      if (first) { first.checked = true; first.focus(); status.textContent = labelOf(first) + " is ticked."; }
    });
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typing) { return; }
    if (/^[1-9]$/.test(event.key)) {
      var id = recent()[parseInt(event.key, 10) - 1];
      if (id) { event.preventDefault(); codeWith(id); }
    } else if (event.key === "r" || event.key === "R") {
      var last = recent()[0];
      if (last) { event.preventDefault(); codeWith(last); }
    } else if (event.key === "u" || event.key === "U") {
      var undo = document.getElementById("undo-last");
      if (undo) { event.preventDefault(); undo.click(); }
    } else if ((event.key === "i" || event.key === "I") && canMark) {
      event.preventDefault();
      mark(fromTime);
    } else if ((event.key === "o" || event.key === "O") && canMark) {
      event.preventDefault();
      mark(toTime);
    } else if (event.key === "/" && find) {
      event.preventDefault();
      find.focus();
    }
  });
}());

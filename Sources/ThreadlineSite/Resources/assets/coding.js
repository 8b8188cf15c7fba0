// Threadline workspace, coding page: turns a selection in the source text into Unicode scalar positions.
// Every piece of the text carries the position of its first character (data-o); a selection's ends are that
// plus the number of code points before them in the piece (Array.from counts code points, not UTF-16 units),
// which is how the server and REFI-QDA count. Without this script, coders type the passage's words instead.
(function () {
  "use strict";
  var text = document.getElementById("source-text");
  var form = document.getElementById("coding-form");
  if (!text || !form) { return; }
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
    status.textContent = "Selected characters " + from + " to " + to + ". Choose codes, then Code the passage.";
  }

  document.addEventListener("selectionchange", function () { window.clearTimeout(update.timer); update.timer = window.setTimeout(update, 150); });
  // Typing the words replaces a selection made earlier: the positions would no longer match them.
  quote.addEventListener("input", function () { start.value = ""; end.value = ""; });
  var focus = document.getElementById("passage");
  if (focus) { focus.focus(); }
}());

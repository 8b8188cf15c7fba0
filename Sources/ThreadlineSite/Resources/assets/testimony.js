// Threadline: the interactive transcript beside a testimony player.
// Choosing a line (click, Enter or Space: they are buttons) plays from its start; the line being spoken is
// marked with aria-current and highlighted. A clip's player stops at the clip's end, and a page opened at
// #t=START,END (Media Fragments) starts at that range.
(function () {
  "use strict";
  var player = document.querySelector("[data-player]");
  if (!player) { return; }
  var buttons = Array.prototype.slice.call(document.querySelectorAll("[data-transcript] .cue"));
  var stopAt = player.dataset.end ? parseFloat(player.dataset.end) : null;

  function parseFragment(hash) {
    var match = /^#t=(?:npt:)?([0-9]+(?:\.[0-9]+)?)?(?:,([0-9]+(?:\.[0-9]+)?))?$/.exec(hash || "");
    if (!match || (match[1] === undefined && match[2] === undefined)) { return null; }
    return { start: match[1] ? parseFloat(match[1]) : 0, end: match[2] ? parseFloat(match[2]) : null };
  }

  function seek(seconds) {
    try { player.currentTime = seconds; } catch (error) { /* not seekable yet */ }
  }

  var fragment = parseFragment(window.location.hash);
  if (fragment) {
    stopAt = fragment.end;
    var apply = function () { seek(fragment.start); };
    if (player.readyState >= 1) { apply(); } else { player.addEventListener("loadedmetadata", apply, { once: true }); }
  } else if (player.dataset.start) {
    var start = parseFloat(player.dataset.start);
    player.addEventListener("loadedmetadata", function () { if (player.currentTime < start) { seek(start); } },
      { once: true });
  }

  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      stopAt = player.dataset.end ? parseFloat(player.dataset.end) : null;
      seek(parseFloat(button.dataset.start));
      var playing = player.play();
      if (playing && playing.catch) { playing.catch(function () { /* autoplay refused: the seek still holds */ }); }
    });
  });

  var current = null;
  player.addEventListener("timeupdate", function () {
    var now = player.currentTime;
    if (stopAt !== null && now >= stopAt) { player.pause(); stopAt = null; }
    var active = null;
    for (var i = 0; i < buttons.length; i++) {
      if (now >= parseFloat(buttons[i].dataset.start) && now < parseFloat(buttons[i].dataset.end)) {
        active = buttons[i];
        break;
      }
    }
    if (active === current) { return; }
    if (current) { current.removeAttribute("aria-current"); }
    if (active) { active.setAttribute("aria-current", "true"); }
    current = active;
  });
}());

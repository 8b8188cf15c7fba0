// Threadline: the clip players inside a report. Each plays only its clip: it starts at the clip's start and pauses
// at its end, however the reader seeks; playing one clip pauses any other that is playing.
(function () {
  "use strict";
  var players = Array.prototype.slice.call(document.querySelectorAll("[data-clip-player]"));
  players.forEach(function (player) {
    var start = parseFloat(player.dataset.start || "0");
    var end = parseFloat(player.dataset.end || "0");
    function seek(seconds) {
      try { player.currentTime = seconds; } catch (error) { /* not seekable yet */ }
    }
    player.addEventListener("loadedmetadata", function () {
      if (player.currentTime < start || player.currentTime >= end) { seek(start); }
    });
    player.addEventListener("play", function () {
      if (player.currentTime < start - 0.25 || player.currentTime >= end) { seek(start); }
      players.forEach(function (other) { if (other !== player && !other.paused) { other.pause(); } });
    });
    player.addEventListener("timeupdate", function () {
      if (player.currentTime >= end) { player.pause(); }
    });
  });
}());

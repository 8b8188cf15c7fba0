// Threadline: the live preview beside a report section's editor. After a pause in typing, the section's text and
// questions are sent to the workspace, which answers with the HTML readers would see (clips, cards and journeys in
// place); the answer is Threadline's own escaped rendering, so it is safe to insert.
(function () {
  "use strict";
  var region = document.querySelector("[data-live-preview]");
  var output = document.querySelector("[data-live-preview-output]");
  var form = document.querySelector("form.entity-form") || document.querySelector("form[method=post]");
  if (!region || !output || !form) { return; }
  var url = region.getAttribute("data-live-preview");
  var timer = null;
  var sent = 0;
  function refresh() {
    var data = new FormData();
    ["csrf_token", "body", "questions", "position"].forEach(function (name) {
      var field = form.elements[name];
      if (field) { data.append(name, field.value); }
    });
    var ticket = ++sent;
    fetch(url, { method: "POST", body: new URLSearchParams(data), credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) { if (ticket === sent) { output.innerHTML = html; } })
      .catch(function () { if (ticket === sent) { output.textContent = "The preview could not be updated."; } });
  }
  form.addEventListener("input", function () {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(refresh, 500);
  });
  refresh();
}());

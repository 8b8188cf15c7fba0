// Threadline: the live preview beside a report section's editor. After a pause in typing, the section's text and
// questions are sent to the workspace, which answers with the HTML readers would see (clips, cards and journeys in
// place); the answer is Threadline's own escaped rendering, so it is safe to insert. The preview itself is not a live
// region (a screen reader would re-read the whole section at every pause); a short status is announced only when the
// number of embed problems changes.
(function () {
  "use strict";
  var region = document.querySelector("[data-live-preview]");
  var output = document.querySelector("[data-live-preview-output]");
  var status = document.querySelector("[data-live-preview-status]");
  var lastProblems = -1;
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
      .then(function (html) {
        if (ticket !== sent) { return; }
        output.innerHTML = html;
        var problems = output.querySelectorAll(".error-list li").length;
        if (status && lastProblems !== -1 && problems !== lastProblems) {
          status.textContent = problems === 0 ? "The embeds in this section are fine."
            : (problems === 1 ? "1 embed has a problem; see the preview." : problems + " embeds have problems; see the preview.");
        }
        lastProblems = problems;
      })
      .catch(function () { if (ticket === sent) { output.textContent = "The preview could not be updated."; } });
  }
  form.addEventListener("input", function () {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(refresh, 500);
  });
  refresh();
}());

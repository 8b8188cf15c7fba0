// Threadline workspace: sends a REFI-QDA project or codebook to the server as the request body and says what
// the import did (or why nothing was imported) in a live region.
(function () {
  "use strict";
  var form = document.getElementById("refi-upload");
  if (!form) { return; }
  var input = document.getElementById("refi-file");
  var status = form.querySelector(".upload-status");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = input.files && input.files[0];
    if (!file) { status.textContent = "Choose a file first."; input.focus(); return; }
    var request = new XMLHttpRequest();
    request.open("PUT", form.dataset.uploadUrl + "?name=" + encodeURIComponent(file.name));
    request.setRequestHeader("X-CSRF-Token", form.dataset.csrf);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.addEventListener("load", function () {
      var message = "The import failed (" + request.status + ").";
      try {
        var body = JSON.parse(request.responseText);
        message = body.message || (body.error && body.error.message) || message;
      } catch (error) { /* keep the status */ }
      status.textContent = message;
    });
    request.addEventListener("error", function () { status.textContent = "The upload was interrupted."; });
    status.textContent = "Importing…";
    request.send(file);
  });
}());

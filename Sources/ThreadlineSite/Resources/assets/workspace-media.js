// Threadline workspace: streams a recording to the API as the request body (so the server never holds it whole),
// showing progress, and loads a transcript file into the import box.
(function () {
  "use strict";
  var form = document.getElementById("recording-upload");
  if (form) {
    var input = document.getElementById("recording-file");
    var status = form.querySelector(".upload-status");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var file = input.files && input.files[0];
      if (!file) { status.textContent = "Choose a file first."; input.focus(); return; }
      var request = new XMLHttpRequest();
      request.open("PUT", form.dataset.uploadUrl + "?name=" + encodeURIComponent(file.name));
      request.setRequestHeader("X-CSRF-Token", form.dataset.csrf);
      request.setRequestHeader("Content-Type", file.type || "application/octet-stream");
      request.upload.addEventListener("progress", function (progress) {
        if (progress.lengthComputable) {
          status.textContent = "Uploading: " + Math.floor(100 * progress.loaded / progress.total) + "%";
        }
      });
      request.addEventListener("load", function () {
        if (request.status === 200) {
          status.textContent = "Uploaded.";
          window.location.reload();
          return;
        }
        var message = "The upload failed (" + request.status + ").";
        try { message = JSON.parse(request.responseText).error.message; } catch (error) { /* keep the status */ }
        status.textContent = message;
      });
      request.addEventListener("error", function () { status.textContent = "The upload was interrupted."; });
      status.textContent = "Uploading…";
      request.send(file);
    });
  }
  var transcriptFile = document.getElementById("transcript-file");
  var transcript = document.getElementById("transcript");
  if (transcriptFile && transcript) {
    transcriptFile.addEventListener("change", function () {
      var file = transcriptFile.files && transcriptFile.files[0];
      if (!file) { return; }
      var reader = new FileReader();
      // The file's name travels with the text, so that its extension (.vtt, .srt, .sbv, .txt) says its format.
      var name = document.getElementById("transcript-name");
      if (name) { name.value = file.name; }
      reader.addEventListener("load", function () { transcript.value = reader.result; });
      reader.readAsText(file);
    });
  }
}());

// Threadline workspace: reads a chosen CSV file into the import form's text box, so an editor need not open the
// file and paste it. The form works without this script (paste the text); nothing is sent until they press import.
(function () {
  "use strict";
  var input = document.getElementById("csv-file");
  var box = document.getElementById("csv");
  var status = document.getElementById("csv-file-status");
  if (!input || !box || !status) { return; }
  input.hidden = false;
  document.getElementById("csv-file-label").hidden = false;
  input.addEventListener("change", function () {
    var file = input.files && input.files[0];
    if (!file) { return; }
    var reader = new FileReader();
    reader.addEventListener("load", function () {
      box.value = String(reader.result || "");
      status.textContent = "Loaded " + file.name + " into the box below. Check it, then import.";
    });
    reader.addEventListener("error", function () { status.textContent = "The file could not be read."; });
    reader.readAsText(file);
  });
}());

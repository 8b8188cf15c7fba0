// Threadline workspace: a file chosen in an <input type="file" data-fills="ID"> is read in the browser and its text
// put in the textarea with that ID, so a CSV import is an ordinary form post that also works by pasting.
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[type=file][data-fills]");
  Array.prototype.forEach.call(inputs, function (input) {
    input.addEventListener("change", function () {
      var target = document.getElementById(input.dataset.fills);
      var file = input.files && input.files[0];
      if (!target || !file) { return; }
      var reader = new FileReader();
      reader.addEventListener("load", function () { target.value = String(reader.result); });
      reader.readAsText(file);
    });
  });
}());

// Suggests a page's URL name from its title (or name) as it is typed, by the rule the server applies when the
// field is left blank (ThreadlineCore's Slug.make): accents folded, lower case, apostrophes dropped, anything
// else between words a single hyphen, at most 80 characters. Only a URL name that was empty when the form opened
// is filled, and only until the person types in it themselves. Without scripts the server still fills it.
(function () {
  "use strict";
  var slug = document.getElementById("field-slug");
  var source = document.getElementById("field-title") || document.getElementById("field-name");
  if (!slug || !source || slug.value !== "") return;
  var typedByHand = false;

  function makeSlug(text) {
    var folded = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    var out = "";
    for (var i = 0; i < folded.length; i++) {
      var c = folded.charAt(i);
      if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9")) {
        out += c;
      } else if (c === "'" || c === "\u2019") {
        continue;
      } else if (out !== "" && out.charAt(out.length - 1) !== "-") {
        out += "-";
      }
    }
    out = out.replace(/-+$/, "");
    if (out.length > 80) out = out.slice(0, 80).replace(/-+$/, "");
    return out;
  }

  slug.addEventListener("input", function () { typedByHand = slug.value !== ""; });
  source.addEventListener("input", function () {
    if (!typedByHand) slug.value = makeSlug(source.value);
  });
})();

// Keeps what is typed into a workspace form (`form[data-draft]`) in this browser until the server says it was
// saved, so that a save refused because the sign-in ran out, or because the page was open too long, loses nothing.
//
// - While typing, the form's fields are kept in localStorage under the form page's address.
// - On sending, the draft is marked as waiting. The page that comes back after a good save carries a notice
//   marked `data-saved`; only then is the draft dropped. A sign-in page, a "form open too long" page or a page of
//   problems leaves it where it is.
// - When the form's page opens again and its fields differ from the draft, the draft is put back, and a notice
//   says so, with a button to throw it away and show the page as stored.
// Passwords, files, hidden fields and the security token are never kept.
(function () {
  "use strict";
  var PREFIX = "threadline-draft:";
  var PENDING = PREFIX + "waiting";
  var MAX_AGE_MS = 14 * 24 * 3600 * 1000;
  var storage;
  try { storage = window.localStorage; storage.getItem(PREFIX); } catch (e) { return; }

  // The drafts sent and not yet known to be saved: a form shown again with problems is sent again from another
  // address, so more than one draft can wait for the same save.
  function waitingKeys() {
    try { return JSON.parse(sessionStorage.getItem(PENDING) || "[]"); } catch (e) { return []; }
  }
  // A save went through: forget every draft that was waiting for it.
  if (document.querySelector("[data-saved]") && !document.querySelector(".error-summary")) {
    waitingKeys().forEach(function (key) { storage.removeItem(key); });
    sessionStorage.removeItem(PENDING);
  }

  function kept(element) {
    if (!element.name || element.name === "csrf_token" || element.disabled) return false;
    var type = (element.type || "").toLowerCase();
    return ["hidden", "password", "file", "submit", "button", "reset"].indexOf(type) < 0;
  }
  function read(form) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!kept(element)) return;
      if (element.type === "checkbox" || element.type === "radio") {
        values[element.name + "=" + element.value] = element.checked;
      } else {
        values[element.name] = element.value;
      }
    });
    return values;
  }
  function write(form, values) {
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!kept(element)) return;
      if (element.type === "checkbox" || element.type === "radio") {
        var key = element.name + "=" + element.value;
        if (key in values) element.checked = values[key];
      } else if (element.name in values) {
        element.value = values[element.name];
      }
    });
  }
  function same(a, b) {
    var keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every(function (key) { return a[key] === b[key]; });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-draft]"), function (form, index) {
    var key = PREFIX + location.pathname + "#" + index;
    var stored = read(form);
    var draft = null;
    try { draft = JSON.parse(storage.getItem(key) || "null"); } catch (e) { draft = null; }
    if (draft && (Date.now() - draft.at > MAX_AGE_MS)) { storage.removeItem(key); draft = null; }
    if (draft && draft.values && !same(draft.values, stored)) {
      write(form, draft.values);
      var notice = document.createElement("div");
      notice.className = "notice draft-notice";
      notice.setAttribute("role", "status");
      var text = document.createElement("p");
      text.textContent = "What you typed here before, and had not saved, is back in the form. Save to keep it.";
      var discard = document.createElement("button");
      discard.type = "button";
      discard.className = "secondary";
      discard.textContent = "Throw it away and show what is saved";
      discard.addEventListener("click", function () {
        storage.removeItem(key);
        write(form, stored);
        notice.remove();
      });
      notice.appendChild(text);
      notice.appendChild(discard);
      form.parentNode.insertBefore(notice, form);
    }
    var timer = null;
    function keep() {
      var values = read(form);
      if (same(values, stored)) { storage.removeItem(key); return; }
      try { storage.setItem(key, JSON.stringify({ at: Date.now(), values: values })); } catch (e) { /* full */ }
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(keep, 400);
    });
    form.addEventListener("change", keep);
    form.addEventListener("submit", function () {
      clearTimeout(timer);
      keep();
      var keys = waitingKeys();
      if (storage.getItem(key) && keys.indexOf(key) < 0) keys.push(key);
      sessionStorage.setItem(PENDING, JSON.stringify(keys));
    });
  });
})();

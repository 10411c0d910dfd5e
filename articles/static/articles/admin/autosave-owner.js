/*
 * Copies of unsaved typing (editing-safety.js) belong to whoever typed them.
 * They are kept under the user's id; a page of the admin forgets the copies
 * of anyone else when it opens, and signing out forgets every copy this
 * browser holds, so the next person to sign in on a shared computer is never
 * offered someone else's words.
 */
(function () {
  "use strict";

  var PREFIX = "newsroom-autosave:"; // as in editing-safety.js

  function forgetCopies(exceptPrefix) {
    try {
      for (var i = window.localStorage.length - 1; i >= 0; i--) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf(PREFIX) === 0 &&
            !(exceptPrefix && key.indexOf(exceptPrefix) === 0)) {
          window.localStorage.removeItem(key);
        }
      }
    } catch (error) {
      /* Storage disabled: nothing was kept. */
    }
  }

  var meta = document.querySelector('meta[name="newsroom-user"]');
  var user = meta ? meta.content : "";
  if (user) {
    forgetCopies(PREFIX + user + ":");
  }
  // The admin's "Log out" is a POST form in the header of every page.
  document.addEventListener("submit", function (event) {
    if (event.target.getAttribute("id") === "logout-form") {
      forgetCopies(null);
    }
  }, true);
})();

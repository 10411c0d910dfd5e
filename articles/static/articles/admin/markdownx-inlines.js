/*
 * markdownx sets up its editors once, at page load, and marks each one with
 * data-markdownx-init. Inline forms added later (a new section, bullet or FAQ
 * entry) are clones that carry the marker but none of the listeners, so their
 * live preview would stay empty. On every added form we drop the copied
 * markers and previews, then run markdownx's bundle again: it sets up every
 * editor that lacks the marker.
 */
(function () {
  "use strict";

  function markdownxScriptSrc() {
    var scripts = document.querySelectorAll("script[src]");
    for (var i = 0; i < scripts.length; i++) {
      if (/markdownx\/js\/markdownx(\.[0-9a-f]+)?(\.min)?(\.[0-9a-f]+)?\.js/.test(scripts[i].src)) {
        return scripts[i].src;
      }
    }
    return null;
  }

  document.addEventListener("formset:added", function (event) {
    var form = event.target;
    var editors = form.querySelectorAll(".markdownx-editor[data-markdownx-init]");
    if (!editors.length) {
      return;
    }
    editors.forEach(function (editor) {
      editor.removeAttribute("data-markdownx-init");
      var preview = editor.parentElement.querySelector(".markdownx-preview");
      if (preview) {
        preview.innerHTML = "";
      }
    });
    var src = markdownxScriptSrc();
    if (src) {
      var script = document.createElement("script");
      script.src = src;
      document.body.appendChild(script);
    }
  });
})();

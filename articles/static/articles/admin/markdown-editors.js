/*
 * The Markdown editors arrive asleep (articles/admin/markdown.py): each shows
 * the preview stored at the last save and carries markdownx's "already set
 * up" marker, so a long article opens without a preview request per field.
 * The marker is also how we tell them asleep: the ones we woke (markdownx
 * marks them again once set up) we remember.
 * When the editor pauses after typing in one (markdownx's own delay), we give
 * it markdownx's settings (named once, on #markdown-editor-settings), drop the
 * marker and run markdownx's bundle again: it sets up every editor without
 * the marker, which asks for one preview of the text as it now is, then
 * previews as the editor types, as everywhere else.
 * Inline forms added later are copies of a sleeping empty form, and wake the
 * same way.
 * A bullet point's preview that would only repeat its text is left out of
 * the page (MarkdownCellEditor): its text is shown there as it is.
 */
(function () {
  "use strict";

  var SETTINGS = [
    "data-markdownx-editor-resizable",
    "data-markdownx-urls-path",
    "data-markdownx-upload-urls-path",
    "data-markdownx-latency"
  ];

  function markdownxScriptSrc() {
    var scripts = document.querySelectorAll("script[src]");
    for (var i = 0; i < scripts.length; i++) {
      if (/markdownx\/js\/markdownx(\.[0-9a-f]+)?(\.min)?(\.[0-9a-f]+)?\.js/.test(scripts[i].src)) {
        return scripts[i].src;
      }
    }
    return null;
  }

  function wake(editor) {
    var settings = document.getElementById("markdown-editor-settings");
    var src = markdownxScriptSrc();
    if (!settings || !src) {
      return;
    }
    SETTINGS.forEach(function (name) {
      editor.setAttribute(name, settings.getAttribute(name));
    });
    woken.add(editor);
    editor.removeAttribute("data-markdownx-init");
    var script = document.createElement("script");
    script.src = src;
    document.body.appendChild(script);
  }

  function showPlainPreviews() {
    document.querySelectorAll("td.markdownx > .markdownx-preview:empty").forEach(function (preview) {
      var editor = preview.parentElement.querySelector("textarea.markdownx-editor");
      if (editor && editor.value.trim()) {
        preview.textContent = editor.value;
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", showPlainPreviews);
  } else {
    showPlainPreviews();
  }

  var waking = new WeakMap();
  var woken = new WeakSet();

  document.addEventListener(
    "input",
    function (event) {
      var editor = event.target;
      if (!editor.matches || !editor.matches("textarea.markdownx-editor[data-markdownx-init]") ||
        woken.has(editor)) {
        return;
      }
      var settings = document.getElementById("markdown-editor-settings");
      var delay = parseInt(settings && settings.getAttribute("data-markdownx-latency"), 10) || 500;
      clearTimeout(waking.get(editor));
      waking.set(editor, setTimeout(function () { wake(editor); }, delay));
    },
    true
  );
})();

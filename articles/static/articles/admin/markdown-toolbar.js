/*
 * A Bold / Italic / Link / Bullet toolbar above every Markdown field of the
 * article form, and Ctrl+B / Ctrl+I / Ctrl+K (Cmd too) in those fields.
 * Fields of inline forms added in the browser get theirs on formset:added;
 * the buttons are handled by the form, so a cloned toolbar works as well.
 */
(function () {
  "use strict";

  var MARKS = {
    bold: { key: "b", text: "B", label: "Bold" },
    italic: { key: "i", text: "I", label: "Italic" },
    link: { key: "k", text: "Link", label: "Link" },
    bullet: { key: null, text: "• List", label: "Bulleted list" },
  };

  function edit(field, kind) {
    var start = field.selectionStart;
    var end = field.selectionEnd;
    var value = field.value;
    var chosen = value.slice(start, end);
    var before = value.slice(0, start);
    var after = value.slice(end);
    var inserted;
    var selectFrom;
    var selectTo;
    if (kind === "bold" || kind === "italic") {
      var mark = kind === "bold" ? "**" : "_";
      var text = chosen || (kind === "bold" ? "bold text" : "italic text");
      inserted = mark + text + mark;
      selectFrom = start + mark.length;
      selectTo = selectFrom + text.length;
    } else if (kind === "link") {
      var words = chosen || "link text";
      inserted = "[" + words + "](https://)";
      selectFrom = start + words.length + 3;
      selectTo = selectFrom + "https://".length;
    } else {
      var lineStart = before.lastIndexOf("\n") + 1;
      chosen = value.slice(lineStart, end) || "";
      before = value.slice(0, lineStart);
      inserted = chosen.split("\n").map(function (line) {
        return /^\s*[-*+] /.test(line) ? line : "- " + line;
      }).join("\n");
      selectFrom = lineStart + inserted.length;
      selectTo = selectFrom;
    }
    field.focus();
    field.value = before + inserted + after;
    field.setSelectionRange(selectFrom, selectTo);
    // markdownx's preview, the autosave copy and the counts listen for input.
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function addToolbar(field) {
    var previous = field.previousElementSibling;
    if (previous && previous.classList.contains("markdown-toolbar")) {
      return;
    }
    var bar = document.createElement("div");
    bar.className = "markdown-toolbar";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "Formatting");
    Object.keys(MARKS).forEach(function (kind) {
      var mark = MARKS[kind];
      var button = document.createElement("button");
      button.type = "button";
      button.className = "markdown-" + kind;
      button.setAttribute("data-mark", kind);
      button.setAttribute("aria-label", mark.label);
      if (mark.key) {
        button.setAttribute("aria-keyshortcuts", "Control+" + mark.key.toUpperCase());
        button.title = mark.label + " (Ctrl+" + mark.key.toUpperCase() + ")";
      }
      button.textContent = mark.text;
      bar.appendChild(button);
    });
    field.insertAdjacentElement("beforebegin", bar);
  }

  function addToolbars(scope) {
    scope.querySelectorAll("textarea.markdownx-editor").forEach(addToolbar);
  }

  function setUpToolbars(form) {
    addToolbars(form);
    form.addEventListener("click", function (event) {
      var button = event.target.closest(".markdown-toolbar button");
      if (!button) {
        return;
      }
      var field = button.parentElement.nextElementSibling;
      if (field && field.tagName === "TEXTAREA") {
        edit(field, button.getAttribute("data-mark"));
      }
    });
    form.addEventListener("keydown", function (event) {
      var field = event.target;
      if (!field.classList || !field.classList.contains("markdownx-editor") ||
        !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) {
        return;
      }
      var key = event.key.toLowerCase();
      var kind = Object.keys(MARKS).find(function (name) { return MARKS[name].key === key; });
      if (kind) {
        event.preventDefault();
        edit(field, kind);
      }
    });
    document.addEventListener("formset:added", function (event) {
      addToolbars(event.target);
    });
  }

  function setUp() {
    var form = document.getElementById("article_form");
    if (form) {
      setUpToolbars(form);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();

/*
 * The article change page, built for a long piece and a shift:
 * - the action bar (action_bar.html) stays in view; Ctrl+S / Cmd+S saves and
 *   goes on editing; Submit for review or Publish appear when the status
 *   field offers them (a Writer is offered review, an Editor publishing);
 * - the article's words and reading time, counted as the editor types;
 * - sections fold to their heading and word count, one by one or all; each
 *   moves up or down with buttons, which reorder the forms and number them
 *   the way nested-admin's drag does (DJNesting.updatePositions), so the
 *   order saved is the order shown;
 * Everything here is in the page only: nothing is stored.
 */
(function () {
  "use strict";

  var WORDS_PER_MINUTE = 230; // as articles/rendering/article.py
  // The article's own text, as the stored word count reads it.
  var COUNTED = /^(lead|closing|sections-\d+-(heading|body|body_after_list)|sections-\d+-bullets-\d+-(label|text)|faqs-\d+-(question|answer))$/;
  var SECTION_FIELD = /^sections-\d+-(heading|body|body_after_list|bullets-\d+-(label|text))$/;

  function words(text) {
    var plain = text
      .replace(/\]\([^)]*\)/g, " ") // a link's address
      .replace(/[*_#>`[\]]+/g, " ")
      .replace(/^\s*[-+]\s+/gm, " ");
    var found = plain.match(/[^\s-][^\s]*/g);
    return found ? found.length : 0;
  }

  function deleted(field) {
    var form = field.closest(".djn-inline-form");
    while (form) {
      var box = form.querySelector(":scope > h3 input[name$='-DELETE']");
      if ((box && box.checked) || form.classList.contains("djn-empty-form")) {
        return true;
      }
      form = form.parentElement && form.parentElement.closest(".djn-inline-form");
    }
    return false;
  }

  function countIn(scope, pattern) {
    var total = 0;
    scope.querySelectorAll("input[name], textarea[name]").forEach(function (field) {
      if (pattern.test(field.name) && !deleted(field)) {
        total += words(field.value);
      }
    });
    return total;
  }

  function wordsLabel(count) {
    return count.toLocaleString("en-GB") + (count === 1 ? " word" : " words");
  }

  function showArticleWords(form) {
    var out = document.querySelector(".action-words");
    if (!out) {
      return;
    }
    var count = countIn(form, COUNTED);
    var minutes = Math.max(1, Math.round(count / WORDS_PER_MINUTE));
    out.textContent = wordsLabel(count) + " · " + minutes + " min read";
    out.hidden = false;
  }

  // The action bar.

  function statusField() {
    return document.getElementById("id_status");
  }

  function offerTransitions() {
    var status = statusField();
    document.querySelectorAll(".action-transition").forEach(function (button) {
      var wanted = button.getAttribute("data-status");
      var offered = status && status.tagName === "SELECT" &&
        status.querySelector('option[value="' + wanted + '"]');
      button.hidden = !offered || status.value === wanted ||
        (wanted === "review" && (status.value === "published" ||
          !!status.querySelector('option[value="published"]')));
    });
    var schedule = document.querySelector(".action-schedule");
    if (schedule && !document.getElementById("id_publish_at_0")) {
      schedule.hidden = true;
    }
    var label = document.querySelector(".action-status");
    if (label && status && status.tagName === "SELECT" && label.dataset.saved === undefined) {
      label.dataset.saved = label.textContent;
    }
  }

  function showChosenStatus() {
    var status = statusField();
    var label = document.querySelector(".action-status");
    if (!status || !label || status.tagName !== "SELECT") {
      return;
    }
    var chosen = status.options[status.selectedIndex].text;
    label.textContent = status.value === status.getAttribute("data-initial")
      ? label.dataset.saved : chosen + " (not saved)";
  }

  function setUpActionBar(form) {
    var status = statusField();
    if (status) {
      status.setAttribute("data-initial", status.value);
      status.addEventListener("change", function () {
        showChosenStatus();
        offerTransitions();
      });
    }
    offerTransitions();
    document.querySelectorAll(".action-transition").forEach(function (button) {
      button.addEventListener("click", function () {
        statusField().value = button.getAttribute("data-status");
      });
    });
    document.addEventListener("keydown", function (event) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        var save = form.querySelector(".action-save") ||
          form.querySelector('input[type="submit"][name="_continue"]');
        if (save) {
          form.requestSubmit(save);
        }
      }
    });
  }

  // Sections: fold, count, move.

  function sectionForms(group) {
    return Array.prototype.filter.call(
      group.querySelectorAll(":scope > .djn-items > .djn-inline-form, :scope > .djn-fieldset > .djn-items > .djn-inline-form"),
      function (form) { return !form.classList.contains("djn-empty-form"); }
    );
  }

  function sectionOf(element) {
    var form = element.closest && element.closest(".djn-inline-form");
    while (form && !/^sections-\d+$/.test(form.id)) {
      form = form.parentElement.closest(".djn-inline-form");
    }
    return form;
  }

  function sectionHeading(section) {
    var heading = section.querySelector("input[name$='-heading']");
    return (heading && heading.value.trim()) || "Untitled section";
  }

  function showSectionWords(section) {
    var out = section.querySelector(":scope > h3 .section-words");
    if (out) {
      out.textContent = wordsLabel(countIn(section, SECTION_FIELD));
    }
  }

  function setFolded(section, folded) {
    section.classList.toggle("section-folded", folded);
    var toggle = section.querySelector(":scope > h3 .section-fold");
    if (toggle) {
      toggle.setAttribute("aria-expanded", String(!folded));
      toggle.textContent = folded ? "Expand" : "Collapse";
    }
    showSectionWords(section);
  }

  function toolButton(className, text, label) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "section-tool " + className;
    button.textContent = text;
    if (label) {
      button.setAttribute("aria-label", label);
    }
    return button;
  }

  function addSectionTools(section) {
    var bar = section.querySelector(":scope > h3");
    if (!bar || bar.querySelector(".section-tools")) {
      return;
    }
    var tools = document.createElement("span");
    tools.className = "section-tools";
    var count = document.createElement("span");
    count.className = "section-words";
    var title = sectionHeading(section);
    tools.append(
      count,
      toolButton("section-fold", "Collapse"),
      toolButton("section-up", "↑", "Move section up: " + title),
      toolButton("section-down", "↓", "Move section down: " + title)
    );
    bar.appendChild(tools);
    setFolded(section, false);
  }

  function labelMoves(group) {
    sectionForms(group).forEach(function (section, index, all) {
      var title = sectionHeading(section);
      var up = section.querySelector(":scope > h3 .section-up");
      var down = section.querySelector(":scope > h3 .section-down");
      if (up && down) {
        up.setAttribute("aria-label", "Move section up: " + title);
        down.setAttribute("aria-label", "Move section down: " + title);
        up.disabled = index === 0;
        down.disabled = index === all.length - 1;
      }
    });
  }

  function move(section, step) {
    var group = section.closest(".djn-group");
    var all = sectionForms(group);
    var other = all[all.indexOf(section) + step];
    if (!other) {
      return;
    }
    other.insertAdjacentElement(step < 0 ? "beforebegin" : "afterend", section);
    if (window.DJNesting && window.DJNesting.updatePositions) {
      window.DJNesting.updatePositions(group.id.replace(/-group$/, ""));
    }
    labelMoves(group);
    section.querySelector(step < 0 ? ".section-up" : ".section-down").focus();
    if (document.activeElement.disabled || document.activeElement === document.body) {
      section.querySelector(".section-fold").focus();
    }
  }

  function setUpSections() {
    var group = document.getElementById("sections-group");
    if (!group) {
      return;
    }
    sectionForms(group).forEach(addSectionTools);
    labelMoves(group);
    var all = document.createElement("p");
    all.className = "section-fold-all";
    all.append(
      toolButton("sections-collapse", "Collapse all sections"),
      toolButton("sections-expand", "Expand all sections")
    );
    var heading = group.querySelector("h2");
    heading.insertAdjacentElement("afterend", all);
    group.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) {
        return;
      }
      var section = button.closest(".djn-inline-form");
      if (button.classList.contains("section-fold")) {
        setFolded(section, !section.classList.contains("section-folded"));
      } else if (button.classList.contains("section-up")) {
        move(section, -1);
      } else if (button.classList.contains("section-down")) {
        move(section, 1);
      } else if (button.classList.contains("sections-collapse") ||
        button.classList.contains("sections-expand")) {
        var fold = button.classList.contains("sections-collapse");
        sectionForms(group).forEach(function (each) { setFolded(each, fold); });
      }
    });
    document.addEventListener("formset:added", function (event) {
      if (event.target.closest && event.target.closest("#sections-group") === group &&
        event.target.parentElement.closest(".djn-inline-form") === null) {
        addSectionTools(event.target);
        labelMoves(group);
      }
    });
  }

  // The bullet points' table shows its column headings, which give the
  // fields no name: each is named after its column, as screen readers need,
  // and described by the help text in its heading, if it has one.
  function describeByHeading(field, column) {
    var table = field.closest("table");
    var group = field.closest(".djn-group");
    var help = table && table.querySelector("thead th." + column + " .help");
    if (!help || !group) {
      return;
    }
    help.id = group.id + "-" + column + "-help";
    field.setAttribute("aria-describedby", help.id);
  }

  function nameTableFields(scope) {
    scope.querySelectorAll("input[name*='-bullets-']:not([type=hidden]), textarea[name*='-bullets-']")
      .forEach(function (field) {
        var column = field.name.split("-").pop();
        if (!field.labels.length && !field.hasAttribute("aria-label")) {
          field.setAttribute("aria-label", column === "DELETE"
            ? "Delete this bullet point" : "Bullet point " + column);
        }
        if (!field.hasAttribute("aria-describedby")) {
          describeByHeading(field, column);
        }
      });
    // Django's split date and time fields label one part of the two.
    ["publish_at", "unpublish_at", "front_page_until"].forEach(function (name) {
      ["date", "time"].forEach(function (part, index) {
        var field = document.getElementById("id_" + name + "_" + index);
        if (field && !field.labels.length && !field.hasAttribute("aria-label")) {
          field.setAttribute("aria-label", name.replace("_at", "").replace(/_/g, " ") + " " + part);
        }
      });
    });
  }

  function setUp() {
    var form = document.getElementById("article_form");
    if (!form) {
      return;
    }
    setUpActionBar(form);
    setUpSections();
    nameTableFields(form);
    document.addEventListener("formset:added", function (event) {
      nameTableFields(event.target);
    });
    showArticleWords(form);
    var pending = null;
    form.addEventListener("input", function (event) {
      window.clearTimeout(pending);
      pending = window.setTimeout(function () {
        showArticleWords(form);
        var section = sectionOf(event.target);
        if (section) {
          showSectionWords(section);
        }
      }, 250);
    });
    form.addEventListener("change", function () { showArticleWords(form); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();

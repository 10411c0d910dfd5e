/*
 * The editorial checks panel (editing_panels.html), kept up to date as the
 * editor types: about a second after the last change, the unsaved form is
 * posted to the checks URL (ArticleChecksMixin), which answers the panel's
 * content; one request at a time, none at page load. The rules stay on the
 * server, in articles/checks.py.
 * Each problem links to its field: following the link opens a folded
 * section (editing-page.js) and moves the focus to the field.
 */
(function () {
  "use strict";

  var WAIT_MS = 1000;

  function startLiveChecks(form, panel) {
    var url = panel.getAttribute("data-checks-url");
    var list = panel.querySelector(".editorial-checks-list");
    var status = panel.querySelector(".checks-status");
    var timer = null;
    var inFlight = false;
    var changedMeanwhile = false;

    function check() {
      if (inFlight) {
        changedMeanwhile = true;
        return;
      }
      inFlight = true;
      changedMeanwhile = false;
      var data = new FormData(form);
      var csrf = form.querySelector("input[name=csrfmiddlewaretoken]");
      window.fetch(url, {
        method: "POST",
        body: data,
        headers: csrf ? { "X-CSRFToken": csrf.value } : {},
        credentials: "same-origin",
      }).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.text();
      }).then(function (html) {
        list.innerHTML = html;
        status.hidden = true;
      }).catch(function () {
        status.textContent = "The checks could not be updated: are you still " +
          "signed in? What you typed is still here.";
        status.hidden = false;
      }).finally(function () {
        inFlight = false;
        if (changedMeanwhile) {
          schedule();
        }
      });
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, WAIT_MS);
    }

    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
    // Select2 (the authors field) announces its changes through jQuery only.
    if (window.django && window.django.jQuery) {
      window.django.jQuery(form).on("change", schedule);
    }
  }

  function visible(element) {
    return element.getClientRects().length > 0;
  }

  function focusable(target) {
    if (/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName) && visible(target)) {
      return target;
    }
    // A section's form, or a field the page shows through another control
    // (the image chooser, Select2): the first control of its row or form.
    var scope = target.closest(".form-row, .djn-inline-form") || target;
    var controls = scope.querySelectorAll(
      "input:not([type=hidden]), select, textarea, button:not(.section-tool), [tabindex='0']"
    );
    return Array.prototype.find.call(controls, function (control) {
      return visible(control) && !control.closest("h3");
    }) || null;
  }

  function goTo(id) {
    var target = document.getElementById(id);
    if (!target) {
      return false;
    }
    var folded = target.closest(".section-folded");
    if (folded) {
      var toggle = folded.querySelector(":scope > h3 .section-fold");
      if (toggle) {
        toggle.click();
      }
    }
    var control = focusable(target);
    (control || target).scrollIntoView({ block: "center" });
    if (control) {
      control.focus({ preventScroll: true });
    }
    return true;
  }

  function setUp() {
    var form = document.getElementById("article_form");
    var panel = document.querySelector(".editorial-checks");
    if (!form || !panel) {
      return;
    }
    panel.addEventListener("click", function (event) {
      var link = event.target.closest(".check-link");
      if (link && goTo(link.getAttribute("data-field"))) {
        event.preventDefault();
      }
    });
    if (panel.hasAttribute("data-checks-url")) {
      startLiveChecks(form, panel);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();

// Click-to-load embeds (articles/rendering/embeds.py): the facade is a plain
// link until this runs; then a button that puts the provider's player in
// place only when the reader asks, so nothing is requested from the
// provider before that click.
(function () {
  "use strict";

  function load(figure, button) {
    var frame = document.createElement("iframe");
    frame.src = figure.dataset.embedSrc;
    frame.title = figure.dataset.embedTitle;
    frame.setAttribute("sandbox", figure.dataset.embedSandbox);
    if (figure.dataset.embedAllow) {
      frame.setAttribute("allow", figure.dataset.embedAllow);
    }
    if (figure.classList.contains("embed-video")) {
      frame.setAttribute("allowfullscreen", "");
    }
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.width = figure.dataset.embedWidth;
    frame.height = figure.dataset.embedHeight;
    frame.className = "embed-frame";
    button.replaceWith(frame);
    figure.classList.add("is-loaded");
    frame.focus();
  }

  function facade(figure) {
    var link = figure.querySelector(".embed-facade");
    var note = figure.querySelector(".embed-note");
    if (!link || !figure.dataset.embedSrc) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    while (link.firstChild) {
      button.appendChild(link.firstChild);
    }
    button.querySelector(".embed-action").textContent =
      "Load " + figure.dataset.embedProvider + " content";
    if (note) {
      note.hidden = false;
      button.setAttribute("aria-describedby", note.id);
    }
    button.addEventListener("click", function () {
      load(figure, button);
    });
    link.replaceWith(button);
  }

  document.querySelectorAll("figure.embed").forEach(facade);
})();

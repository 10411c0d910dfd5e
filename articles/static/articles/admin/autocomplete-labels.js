"use strict";
// Django's autocomplete boxes (select2) hide the labelled <select> and show
// a combobox, a search field and, when open, a list of results, none of them
// named: screen readers announce "combobox" with no field. Each is named
// here by the field's own <label>.
{
  const $ = django.jQuery;

  function labelOf(select) {
    const label = select.id && document.querySelector(`label[for="${select.id}"]`);
    if (!label) return null;
    if (!label.id) label.id = `${select.id}_label`;
    return label;
  }

  function nameBy(element, label, alsoBy) {
    if (!element) return;
    const ids = [label.id];
    if (alsoBy) ids.push(alsoBy);
    element.setAttribute("aria-labelledby", ids.join(" "));
  }

  // The "×" that clears every choice answers the mouse only (Backspace does
  // it from the keyboard), and in a multiple box it sits in the <ul> of
  // choices as no list item.
  function hideClearButton(selection) {
    const clear = selection.querySelector(".select2-selection__clear");
    if (clear) clear.setAttribute("aria-hidden", "true");
  }

  function nameBox(select) {
    const label = labelOf(select);
    const box = select.nextElementSibling;
    if (!label || !box || !box.classList.contains("select2")) return;
    const selection = box.querySelector(".select2-selection");
    // A single box shows its choice in a read-only "textbox" select2 already
    // points at: keep it, so the box reads "Topic: Transport".
    const chosen = box.querySelector(".select2-selection--single .select2-selection__rendered");
    nameBy(selection, label, chosen && chosen.id);
    nameBy(chosen, label);
    nameBy(box.querySelector(".select2-search__field"), label);
  }

  function nameAll(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach((select) => {
      nameBox(select);
      const selection = select.nextElementSibling?.querySelector(".select2-selection");
      if (!selection) return;
      hideClearButton(selection);
      // select2 draws the choices again whenever the <select> changes, some
      // of those times after every event it sends.
      new MutationObserver(() => hideClearButton(selection)).observe(selection, { childList: true, subtree: true });
    });
  }

  // The open list and the dropdown's search field are built on opening.
  $(document).on("select2:open", (event) => {
    const select = event.target;
    const label = labelOf(select);
    if (!label) return;
    nameBox(select);
    const results = `select2-${select.id}-results`;
    nameBy(document.getElementById(results), label);
    // ARIA 1.2 wants aria-controls on an open combobox; select2 writes the
    // older aria-owns only.
    select.nextElementSibling.querySelector(".select2-selection").setAttribute("aria-controls", results);
    document
      .querySelectorAll(".select2-container--open .select2-search--dropdown .select2-search__field")
      .forEach((field) => nameBy(field, label));
  });

  $(document).on("select2:close", (event) => {
    const selection = event.target.nextElementSibling.querySelector(".select2-selection");
    selection.removeAttribute("aria-controls");
  });

  // After autocomplete.js: its ready handler was queued when it loaded, and
  // jQuery runs ready handlers in the order they were added.
  document.addEventListener("DOMContentLoaded", () => $(() => nameAll(document)));
  document.addEventListener("formset:added", (event) => $(() => nameAll(event.target)));
}

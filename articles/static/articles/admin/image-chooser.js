// The image chooser: after a pick in the library popup, or an upload in the
// "Upload new" popup, show the chosen image's thumbnail and description.
'use strict';
(function () {
  function chooserOf(input) {
    return input && input.closest ? input.closest('.image-chooser') : null;
  }

  function show(chooser, data) {
    const thumb = chooser.querySelector('.image-chooser-thumb');
    const label = chooser.querySelector('.image-chooser-label');
    const clear = chooser.querySelector('.image-chooser-clear');
    if (!data) {
      thumb.hidden = true;
      thumb.removeAttribute('src');
      label.textContent = 'No image chosen.';
      clear.hidden = true;
      chooser.classList.remove('has-image');
      return;
    }
    thumb.src = data.thumbnail;
    thumb.hidden = !data.thumbnail;
    label.textContent = data.needs_alt_text
      ? data.label + ' — add alt text before saving the article'
      : data.label;
    clear.hidden = false;
    chooser.classList.add('has-image');
  }

  function refresh(input) {
    const chooser = chooserOf(input);
    if (!chooser) return;
    if (!input.value) {
      show(chooser, null);
      return;
    }
    const url = chooser.dataset.previewUrl.replace(/0\/chooser-preview\/$/, input.value + '/chooser-preview/');
    fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then((response) => (response.ok ? response.json() : null))
      .then((data) => show(chooser, data));
  }

  // Django's lookup popup sets the input's value without a change event.
  const dismissLookup = window.dismissRelatedLookupPopup;
  if (dismissLookup) {
    window.dismissRelatedLookupPopup = function (win, chosenId) {
      const input = document.getElementById(win.name.replace(/__\d+$/, ''));
      dismissLookup(win, chosenId);
      refresh(input);
    };
  }

  document.addEventListener('DOMContentLoaded', function () {
    // After an upload, Django's popup triggers a jQuery change event.
    if (window.django && django.jQuery) {
      django.jQuery(document).on('change', '.image-chooser input[type=hidden]', function () {
        refresh(this);
      });
    }
  });

  document.addEventListener('click', function (event) {
    const button = event.target.closest('.image-chooser-clear');
    if (!button) return;
    const chooser = button.closest('.image-chooser');
    chooser.querySelector('input[type=hidden]').value = '';
    show(chooser, null);
  });
})();

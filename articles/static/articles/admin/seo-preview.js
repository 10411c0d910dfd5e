// "Search and sharing": counters next to the SEO title and meta description,
// and previews of the search result and of the share card, as search engines
// and social networks cut them, updated as the editor types.
'use strict';
(function () {
  function field(name) {
    return document.getElementById('id_' + name);
  }

  function cut(text, length) {
    return text.length > length ? text.slice(0, length - 1).trimEnd() + '…' : text;
  }

  function element(tag, className, parent) {
    const made = document.createElement(tag);
    made.className = className;
    if (parent) parent.appendChild(made);
    return made;
  }

  function addCounter(input) {
    const counter = element('span', 'seo-counter');
    counter.id = input.id + '_count';
    input.insertAdjacentElement('afterend', counter);
    const describedBy = input.getAttribute('aria-describedby');
    input.setAttribute('aria-describedby', (describedBy ? describedBy + ' ' : '') + counter.id);
    return counter;
  }

  function showCount(counter, input) {
    const shown = Number(input.dataset.shownLength);
    counter.textContent = input.value.length + '/' + shown;
    counter.classList.toggle('is-over', input.value.length > shown);
  }

  function chosenThumbnail(name) {
    const input = field(name);
    const thumb = input && input.closest('.image-chooser')
      ? input.closest('.image-chooser').querySelector('.image-chooser-thumb')
      : null;
    return thumb && !thumb.hidden && thumb.getAttribute('src') ? thumb : null;
  }

  function buildPreviews(fieldset) {
    const box = element('div', 'seo-previews');
    const search = element('figure', 'seo-search', box);
    element('figcaption', 'seo-preview-label', search).textContent = 'In search results';
    const parts = {
      url: element('p', 'seo-search-url', search),
      title: element('p', 'seo-search-title', search),
      description: element('p', 'seo-search-description', search),
    };
    const share = element('figure', 'seo-share', box);
    element('figcaption', 'seo-preview-label', share).textContent = 'When shared';
    parts.image = element('img', 'seo-share-image', share);
    parts.image.alt = '';
    parts.noImage = element('p', 'seo-share-no-image', share);
    parts.noImage.textContent = 'No image: choose a social or lead image.';
    const text = element('div', 'seo-share-text', share);
    parts.domain = element('p', 'seo-share-domain', text);
    parts.shareTitle = element('p', 'seo-share-title', text);
    parts.shareDescription = element('p', 'seo-share-description', text);
    (fieldset.querySelector('details') || fieldset).appendChild(box);
    return parts;
  }

  document.addEventListener('DOMContentLoaded', function () {
    const seoTitle = field('seo_title');
    const description = field('meta_description');
    const fieldset = seoTitle && seoTitle.closest('fieldset');
    if (!fieldset || !description) return;
    const counters = [[addCounter(seoTitle), seoTitle], [addCounter(description), description]];
    const parts = buildPreviews(fieldset);

    function update() {
      const value = (name) => (field(name) ? field(name).value.trim() : '');
      const title = value('seo_title') || value('title') || 'Untitled article';
      const summary = value('meta_description') || value('standfirst') || value('title');
      const host = window.location.host;
      parts.url.textContent = host + ' › articles › ' + (value('slug') || '…');
      parts.title.textContent = cut(title + seoTitle.dataset.titleSuffix, Number(seoTitle.dataset.shownLength));
      parts.description.textContent = cut(summary, Number(description.dataset.shownLength));
      parts.domain.textContent = host.toUpperCase();
      parts.shareTitle.textContent = title;
      parts.shareDescription.textContent = summary;
      const thumb = chosenThumbnail('social_image') || chosenThumbnail('lead_image');
      parts.image.hidden = !thumb;
      parts.noImage.hidden = Boolean(thumb);
      if (thumb) parts.image.src = thumb.getAttribute('src');
      counters.forEach(([counter, input]) => showCount(counter, input));
    }

    ['title', 'slug', 'standfirst', 'seo_title', 'meta_description'].forEach(function (name) {
      if (field(name)) field(name).addEventListener('input', update);
    });
    // The image choosers change their thumbnail without an event.
    const observer = new MutationObserver(update);
    document.querySelectorAll('.image-chooser-thumb').forEach(function (thumb) {
      observer.observe(thumb, {attributes: true, attributeFilter: ['src', 'hidden']});
    });
    update();
  });
})();

// "Copy link" on the article page: without this script (or without the
// Clipboard API, which needs HTTPS) it stays a plain link to the article.
(function () {
  "use strict";
  var link = document.querySelector(".share-copy[data-copy-url]");
  var status = document.querySelector(".share-status");
  if (!link || !status || !navigator.clipboard) {
    return;
  }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "share-copy";
  button.textContent = link.textContent;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(link.dataset.copyUrl).then(
      function () {
        status.textContent = "Link copied.";
      },
      function () {
        status.textContent = "Could not copy: the address is " + link.dataset.copyUrl;
      }
    );
  });
  link.replaceWith(button);
})();

// Click the picture on an image's change page to set its focal point.
'use strict';
document.addEventListener('DOMContentLoaded', function () {
  const picker = document.querySelector('.focal-picker');
  const fieldX = document.getElementById('id_focal_x');
  const fieldY = document.getElementById('id_focal_y');
  if (!picker || !fieldX || !fieldY) return;
  const marker = picker.querySelector('.focal-marker');

  function place() {
    marker.style.left = (parseFloat(fieldX.value) * 100) + '%';
    marker.style.top = (parseFloat(fieldY.value) * 100) + '%';
  }

  picker.querySelector('img').addEventListener('click', function (event) {
    const box = event.target.getBoundingClientRect();
    fieldX.value = ((event.clientX - box.left) / box.width).toFixed(3);
    fieldY.value = ((event.clientY - box.top) / box.height).toFixed(3);
    place();
  });
  fieldX.addEventListener('input', place);
  fieldY.addEventListener('input', place);
  place();
});

// A button marked data-print prints the page (its print style sheet): no inline handler, as the Content-Security-Policy
// allows no inline script.
(function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();

// A button marked data-confirm asks its question before its form is sent (no inline handler: the
// Content-Security-Policy allows no inline script). Without this script the form is sent without asking.
(function () {
  document.querySelectorAll('[data-confirm]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      if (!window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
})();

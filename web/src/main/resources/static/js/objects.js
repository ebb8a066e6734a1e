// The assisted-object form: show only the fields of the chosen kind (without this script all of them show, and the
// server ignores those of other kinds).
(function () {
  var form = document.getElementById('object-form');
  if (!form) { return; }
  var kind = form.querySelector('[name="kind"]');
  function show() {
    form.querySelectorAll('.kind-fields').forEach(function (set) {
      set.hidden = set.getAttribute('data-kind').split(' ').indexOf(kind.value) < 0;
    });
  }
  kind.addEventListener('change', show);
  show();
})();

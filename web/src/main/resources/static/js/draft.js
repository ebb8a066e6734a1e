// Drafts of long forms on a phone (the activity form): what is typed is kept in the browser's localStorage under
// the form's data-draft key as it is typed, so a dropped network or a closed tab loses nothing; it comes back when
// the same empty form opens again, and is dropped once the server has saved it (the page after a save carries
// data-draft-saved with the key). A form the server sent back with errors already holds the input: it is not
// overwritten. Without JavaScript or storage the form works as before.
(function () {
  var store;
  try { store = window.localStorage; } catch (e) { return; }
  if (!store) { return; }
  var PREFIX = 'helituan.draft.';

  document.querySelectorAll('[data-draft-saved]').forEach(function (marker) {
    store.removeItem(PREFIX + marker.getAttribute('data-draft-saved'));
  });

  document.querySelectorAll('form[data-draft]').forEach(function (form) {
    var key = PREFIX + form.getAttribute('data-draft');
    var fields = function () {
      return Array.prototype.filter.call(form.elements, function (el) {
        return el.name && el.name !== '_csrf' && el.type !== 'hidden' && el.type !== 'file' && el.type !== 'submit';
      });
    };
    var save = function () {
      var values = {};
      fields().forEach(function (el) {
        if (el.type === 'checkbox' || el.type === 'radio') {
          values[el.name] = values[el.name] || [];
          if (el.checked) { values[el.name].push(el.value); }
        } else {
          values[el.name] = el.value;
        }
      });
      try { store.setItem(key, JSON.stringify(values)); } catch (e) { /* storage full: nothing kept */ }
    };
    var saved = store.getItem(key);
    if (saved && !form.querySelector('.is-invalid')) {
      var values = JSON.parse(saved);
      fields().forEach(function (el) {
        if (!(el.name in values)) { return; }
        if (el.type === 'checkbox' || el.type === 'radio') {
          el.checked = values[el.name].indexOf(el.value) >= 0;
        } else {
          el.value = values[el.name];
        }
      });
      var note = document.getElementById('draft-restored');
      if (note) { note.hidden = false; }
    }
    form.addEventListener('input', save);
    form.addEventListener('change', save);
  });
})();

// The participant search of a large group's activity form: a box ticked among the results moves to the chosen
// members, so that the next search does not take it away (without this script a ticked result is still sent, as long
// as no other search replaces it).
(function () {
  var results = document.getElementById('member-results');
  var chosen = document.getElementById('chosen-members');
  if (!results || !chosen) { return; }
  results.addEventListener('change', function (event) {
    var box = event.target;
    if (box.type !== 'checkbox' || !box.checked) { return; }
    var item = box.closest('.form-check');
    var already = chosen.querySelector('input[value="' + box.value + '"]');
    if (already) {
      already.checked = true;
      item.remove();
    } else {
      chosen.appendChild(item);
    }
  });
})();

// Enter in the search box searches; it must not send the whole activity form.
(function () {
  var query = document.getElementById('member-query');
  if (!query) { return; }
  query.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') { event.preventDefault(); }
  });
})();

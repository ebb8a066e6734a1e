// The activity form's outcome figures follow the chosen type: the figures the type asks for (its option's
// data-figures) stand first, the others stay folded under "other figures". The inputs are moved, not copied, so
// what was typed stays, and the server receives the same fields whichever place they are in.
(function () {
  'use strict';

  function arrange(form) {
    var select = form.querySelector('#typeId');
    var asked = form.querySelector('#type-figures');
    var more = form.querySelector('#figures');
    if (!select || !asked || !more) {
      return;
    }
    var option = select.options[select.selectedIndex];
    var names = option && option.dataset.figures ? option.dataset.figures.split(',') : [];
    var askedSlots = asked.querySelector('.figure-slots');
    var moreSlots = more.querySelector('.figure-slots');
    var figures = Array.prototype.slice.call(form.querySelectorAll('.figure[data-figure]'));
    // in the figures' own order, whichever place each one is in now
    figures.sort(function (a, b) { return a.dataset.ordinal - b.dataset.ordinal; });
    figures.forEach(function (figure) {
      (names.indexOf(figure.dataset.figure) >= 0 ? askedSlots : moreSlots).appendChild(figure);
    });
    asked.hidden = names.length === 0;
    var summary = more.querySelector('summary');
    if (summary && summary.dataset.all) {
      summary.textContent = names.length === 0 ? summary.dataset.all : summary.dataset.more;
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('activity-form');
    var select = form && form.querySelector('#typeId');
    if (!select) {
      return;
    }
    select.addEventListener('change', function () { arrange(form); });
    // a draft restored by draft.js may have chosen another type than the server rendered
    arrange(form);
  });
})();

// The dashboard's period form: only the fields the chosen kind of period reads are shown (a year: the year; a
// quarter: year and quarter; a month: the month; custom: from and to). Without JavaScript every field shows and the
// server reads those the kind needs.
(function () {
  var form = document.getElementById('period-form');
  if (!form) { return; }
  var kind = form.querySelector('#period');
  var used = { YEAR: ['year'], QUARTER: ['year', 'quarter'], MONTH: ['month'], CUSTOM: ['from', 'to'] };
  function show() {
    var fields = used[kind.value] || [];
    ['year', 'quarter', 'month', 'from', 'to'].forEach(function (name) {
      var input = form.querySelector('#' + name);
      var column = input && input.closest('[class*="col-"]');
      if (column) { column.hidden = fields.indexOf(name) < 0; }
    });
  }
  kind.addEventListener('change', show);
  show();
})();

// Long choice lists are type-to-find (Tom Select, served from its WebJar). A select marked data-search="<url>" keeps
// its own options (a county's whole list) and, as the user types, asks the server for the matching ones
// (GET <url>?q=…: JSON [{value, text}], scope-filtered, limited), so a province's 3,364 units never reach the page:
// the server sends the chosen one only. The form still posts the select's value. The library is loaded only on a
// page that has such a select; without JavaScript the select works as it is.
(function () {
  'use strict';

  var script = document.currentScript;
  var selects = document.querySelectorAll('select[data-search]');
  if (!selects.length || !script) {
    return;
  }

  function enhance() {
    Array.prototype.forEach.call(selects, function (select) {
      if (select.tomselect || select.disabled) {
        return;
      }
      var url = select.dataset.search;
      new window.TomSelect(select, {
        valueField: 'value',
        labelField: 'text',
        searchField: ['text'],
        maxOptions: 100,
        allowEmptyOption: true,
        loadThrottle: 250,
        shouldLoad: function (query) { return query.trim().length > 0; },
        load: function (query, callback) {
          var sep = url.indexOf('?') < 0 ? '?' : '&';
          fetch(url + sep + 'q=' + encodeURIComponent(query.trim()),
                {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (r) { return r.ok ? r.json() : []; })
            .then(function (rows) { callback(rows); })
            .catch(function () { callback(); });
        },
        render: {
          no_results: function () {
            var div = document.createElement('div');
            div.className = 'no-results';
            div.textContent = script.dataset.none;
            return div;
          }
        }
      });
    });
  }

  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = script.dataset.css;
  document.head.appendChild(css);
  var js = document.createElement('script');
  js.src = script.dataset.js;
  js.onload = enhance;
  document.head.appendChild(js);
})();

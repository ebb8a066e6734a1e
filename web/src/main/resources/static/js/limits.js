// The server refuses a request over its limits (a file or all files too large, too many fields, too much text) with
// a page of its own; this script keeps a form from being sent over them at all: before a form is posted, and when
// files are chosen, it checks the chosen files' sizes, the number of fields and the text against the limits the
// layout renders on this script's tag (data-max-*, from the server's configuration; a negative figure is no limit),
// and when one is passed it does not send the form and says why on the form (next to the file input, or above the
// button), so nothing typed is lost. On the refusal page, "返回修改" (a[data-back]) goes back in the browser's
// history, which brings the form back as it was typed. Without JavaScript the form is sent and the server answers.
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script) {
    return;
  }

  function figure(name) {
    var value = Number(script.getAttribute('data-max-' + name));
    return isNaN(value) || value < 0 ? Infinity : value;
  }

  var limits = {
    file: figure('file'),
    request: figure('request'),
    parts: figure('parts'),
    fields: figure('fields'),
    form: figure('form')
  };
  var encoder = window.TextEncoder ? new TextEncoder() : null;
  // what a part of a multipart body costs beyond its content (the boundary and its headers), roughly
  var PART_OVERHEAD = 160;

  function bytes(text) {
    return encoder ? encoder.encode(text).length : unescape(encodeURIComponent(text)).length;
  }

  function isMultipart(form, submitter) {
    var type = (submitter && submitter.getAttribute('formenctype')) || form.getAttribute('enctype') || '';
    return type.toLowerCase() === 'multipart/form-data';
  }

  function entries(form, submitter) {
    var data;
    try {
      data = submitter ? new FormData(form, submitter) : new FormData(form);
    } catch (e) {
      data = new FormData(form);
    }
    var list = [];
    data.forEach(function (value, name) { list.push([name, value]); });
    return list;
  }

  /** The form's file inputs that are sent. */
  function fileInputs(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.type === 'file' && el.name && !el.disabled;
    });
  }

  /** The first limit the form passes, as {message, near}, or null. */
  function check(form, submitter) {
    var multipart = isMultipart(form, submitter);
    var total = 0;
    var first = null;
    if (multipart) {
      var inputs = fileInputs(form);
      for (var i = 0; i < inputs.length; i++) {
        var files = inputs[i].files || [];
        for (var j = 0; j < files.length; j++) {
          if (files[j].size > limits.file) {
            return {message: script.getAttribute('data-file'), near: inputs[i]};
          }
          total += files[j].size;
          first = first || inputs[i];
        }
      }
    }
    var list = entries(form, submitter);
    var text = 0;
    var encoded = [];
    for (var k = 0; k < list.length; k++) {
      var name = list[k][0];
      var value = typeof list[k][1] === 'string' ? list[k][1] : null;
      if (value !== null) {
        text += bytes(name) + bytes(value) + 2;
      }
      encoded.push(encodeURIComponent(name) + '=' + encodeURIComponent(value === null ? list[k][1].name : value));
      total += multipart ? PART_OVERHEAD + bytes(name) : 0;
    }
    if (multipart && total + text > limits.request) {
      return {message: script.getAttribute('data-request'), near: first};
    }
    if (list.length > (multipart ? limits.parts : limits.fields)) {
      return {message: script.getAttribute(multipart ? 'data-parts' : 'data-fields'), near: null};
    }
    var size = multipart ? text : encoded.join('&').length;
    if (size > limits.form) {
      return {message: script.getAttribute('data-form'), near: null};
    }
    return null;
  }

  function clear(form) {
    form.querySelectorAll('.limit-error').forEach(function (message) { message.remove(); });
    form.querySelectorAll('.limit-invalid').forEach(function (input) {
      input.classList.remove('is-invalid', 'limit-invalid');
    });
  }

  function show(form, problem, submitter) {
    clear(form);
    var message = document.createElement('div');
    message.setAttribute('role', 'alert');
    message.textContent = problem.message;
    if (problem.near) {
      message.className = 'invalid-feedback d-block limit-error';
      problem.near.classList.add('is-invalid', 'limit-invalid');
      problem.near.insertAdjacentElement('afterend', message);
    } else {
      message.className = 'alert alert-danger py-2 small limit-error';
      var before = submitter && form.contains(submitter) ? submitter : null;
      if (before) {
        before.insertAdjacentElement('beforebegin', message);
      } else {
        form.appendChild(message);
      }
    }
    message.scrollIntoView({block: 'center'});
  }

  function isPost(form, submitter) {
    var method = (submitter && submitter.getAttribute('formmethod')) || form.getAttribute('method') || 'get';
    return method.toLowerCase() === 'post';
  }

  // first of all submit handlers (capture, on the document): a form over a limit goes nowhere
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !isPost(form, event.submitter)) {
      return;
    }
    var problem = check(form, event.submitter || null);
    if (problem) {
      event.preventDefault();
      event.stopImmediatePropagation();
      show(form, problem, event.submitter || null);
    } else {
      clear(form);
    }
  }, true);

  // files too large are said as soon as they are chosen
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.form) {
      return;
    }
    var problem = isPost(input.form, null) ? check(input.form, null) : null;
    if (problem && problem.near) {
      show(input.form, problem, null);
    } else {
      clear(input.form);
    }
  });

  document.querySelectorAll('a[data-back]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      if (window.history.length > 1) {
        event.preventDefault();
        window.history.back();
      }
    });
  });
})();

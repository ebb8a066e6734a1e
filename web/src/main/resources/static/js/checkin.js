// The daily check-in page: asks the browser for its position (the browser asks the user for permission), puts it
// in the form's hidden fields and lets the form be sent once it has one. The server refuses a check-in without a
// position, so this script only helps; what it says comes from the page (data-* attributes, the message files).
// It sends the photo as the request's body (the position as parameters, the answer in JSON) rather than as a
// multipart form: the server reads it without parsing a form (docs/performance.md); a refusal is shown above the
// form, the photo and the position kept for another try; once saved the page opens anew with its message.
(function () {
  var form = document.getElementById('checkin-form');
  if (!form) { return; }
  var status = document.getElementById('location-status');
  var submit = document.getElementById('checkin-submit');
  var retry = document.getElementById('locate');
  var located = null; // what the status said once the position was found

  function say(text, kind) {
    status.textContent = text;
    status.className = 'alert alert-' + kind;
  }

  function locate() {
    if (!navigator.geolocation) {
      say(form.getAttribute('data-unsupported'), 'danger');
      return;
    }
    say(form.getAttribute('data-asking'), 'secondary');
    navigator.geolocation.getCurrentPosition(function (position) {
      form.querySelector('[name="latitude"]').value = position.coords.latitude;
      form.querySelector('[name="longitude"]').value = position.coords.longitude;
      form.querySelector('[name="accuracy"]').value =
          position.coords.accuracy == null ? '' : position.coords.accuracy;
      located = form.getAttribute('data-found').replace('{0}', Math.round(position.coords.accuracy || 0));
      say(located, 'success');
      submit.disabled = false;
    }, function (error) {
      submit.disabled = true;
      say(form.getAttribute(error.code === 1 ? 'data-denied' : 'data-unavailable'), 'danger');
    }, {enableHighAccuracy: true, timeout: 20000, maximumAge: 0});
  }

  function refuse(text) {
    var alert = document.getElementById('checkin-refused');
    if (!alert) {
      alert = document.createElement('div');
      alert.id = 'checkin-refused';
      alert.className = 'alert alert-danger';
      alert.setAttribute('role', 'alert');
      form.parentNode.insertBefore(alert, form);
    }
    alert.textContent = text;
    if (located) { say(located, 'success'); }
    submit.disabled = false;
    retry.disabled = false;
  }

  form.addEventListener('submit', function (event) {
    var photo = form.querySelector('[name="photo"]').files[0];
    var token = form.querySelector('[name="_csrf"]');
    if (!window.fetch || !photo || !token) { return; } // the form as it is
    event.preventDefault();
    var query = new URLSearchParams();
    ['latitude', 'longitude', 'accuracy'].forEach(function (name) {
      query.append(name, form.querySelector('[name="' + name + '"]').value);
    });
    submit.disabled = true;
    retry.disabled = true; // a new position would let the form be sent twice
    say(form.getAttribute('data-sending'), 'secondary');
    fetch(form.action + '?' + query.toString(), {
      method: 'POST', body: photo, credentials: 'same-origin',
      headers: {'Content-Type': 'application/octet-stream', 'Accept': 'application/json',
                'X-CSRF-TOKEN': token.value}
    }).then(function (response) {
      if (response.redirected || response.status === 403) {
        // signed out meanwhile, or the page's token is stale: the page anew (the sign-in page if need be)
        window.location.reload();
        return null;
      }
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (response.ok && answer.location) {
          window.location.assign(answer.location);
        } else {
          refuse(answer.message || form.getAttribute('data-failed').replace('{0}', response.status));
        }
      });
    }, function () {
      refuse(form.getAttribute('data-offline'));
    });
  });

  retry.addEventListener('click', locate);
  locate();
})();

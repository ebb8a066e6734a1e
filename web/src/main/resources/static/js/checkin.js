// The daily check-in page: asks the browser for its position (the browser asks the user for permission), puts it
// in the form's hidden fields and lets the form be sent once it has one. The server refuses a check-in without a
// position, so this script only helps; what it says comes from the page (data-* attributes, the message files).
(function () {
  var form = document.getElementById('checkin-form');
  if (!form) { return; }
  var status = document.getElementById('location-status');
  var submit = document.getElementById('checkin-submit');
  var retry = document.getElementById('locate');

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
      say(form.getAttribute('data-found').replace('{0}', Math.round(position.coords.accuracy || 0)), 'success');
      submit.disabled = false;
    }, function (error) {
      submit.disabled = true;
      say(form.getAttribute(error.code === 1 ? 'data-denied' : 'data-unavailable'), 'danger');
    }, {enableHighAccuracy: true, timeout: 20000, maximumAge: 0});
  }

  retry.addEventListener('click', locate);
  locate();
})();

// The desk works without this script (choose files, press the button). It adds what a person expects of a page
// like this: files dropped anywhere on the page are sent as if chosen, and chosen files are sent at once.
(function () {
  'use strict';
  var form = document.getElementById('upload');
  var input = document.getElementById('files');
  var zone = document.getElementById('drop');
  if (!form || !input || !zone) {
    return;
  }
  var status = document.getElementById('sending');
  var button = form.querySelector('button[type=submit]');
  // checking a year of scans takes a while: say so, and keep the files from being sent twice meanwhile
  function sending() {
    zone.classList.add('sending');
    if (button) {
      button.disabled = true;
    }
    if (status) {
      status.textContent = status.getAttribute('data-words').replace('{0}', String(input.files.length));
    }
  }
  function send() {
    if (input.files && input.files.length > 0) {
      sending();
      form.submit();
    }
  }
  input.addEventListener('change', send);
  form.addEventListener('submit', function () {
    if (input.files && input.files.length > 0) {
      sending();
    }
  });
  // back to a page the browser kept: it is no longer sending
  window.addEventListener('pageshow', function () {
    zone.classList.remove('sending');
    if (button) {
      button.disabled = false;
    }
    if (status) {
      status.textContent = '';
    }
  });
  // a file dropped beside the zone must not make the browser open it instead of the desk
  ['dragenter', 'dragover'].forEach(function (type) {
    document.addEventListener(type, function (e) {
      e.preventDefault();
      zone.classList.add('over');
    });
  });
  document.addEventListener('dragleave', function (e) {
    if (e.relatedTarget === null) {
      zone.classList.remove('over');
    }
  });
  document.addEventListener('drop', function (e) {
    e.preventDefault();
    zone.classList.remove('over');
    if (e.dataTransfer && e.dataTransfer.files.length > 0) {
      input.files = e.dataTransfer.files;
      send();
    }
  });
}());

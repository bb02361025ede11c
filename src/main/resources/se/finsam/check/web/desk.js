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
  function send() {
    if (input.files && input.files.length > 0) {
      zone.classList.add('sending');
      form.submit();
    }
  }
  input.addEventListener('change', send);
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

// Sends the CSRF token with every htmx request that changes something.
document.addEventListener('htmx:configRequest', function (event) {
  var meta = document.querySelector('meta[name="_csrf"]');
  if (meta) {
    event.detail.headers['X-CSRF-TOKEN'] = meta.content;
  }
});

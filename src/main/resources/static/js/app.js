// Sends the CSRF token with every htmx request that changes something.
document.addEventListener('htmx:configRequest', function (event) {
  var meta = document.querySelector('meta[name="_csrf"]');
  if (meta) {
    event.detail.headers['X-CSRF-TOKEN'] = meta.content;
  }
});

// An inline check (htmx) marks its field as a submitted form does: red when something is wrong, green when right.
// The check answers with the field's feedback element, whose id is the field's id followed by "-feedback".
document.addEventListener('htmx:afterSettle', function (event) {
  var feedback = event.target;
  if (!feedback.id || !/-feedback$/.test(feedback.id)) {
    return;
  }
  var field = document.getElementById(feedback.id.slice(0, -'-feedback'.length));
  if (field) {
    var wrong = feedback.classList.contains('invalid-feedback');
    field.classList.toggle('is-invalid', wrong);
    field.classList.toggle('is-valid', !wrong);
  }
});

// "Back" on a refusal page goes back in the history, where the browser still holds what was typed into a form.
document.addEventListener('click', function (event) {
  var back = event.target.closest('[data-history-back]');
  if (back && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});

// A select that chooses what the form is about reloads the page with its value as the named parameter
// (here, not in an onchange attribute: the Content-Security-Policy allows no inline script).
document.addEventListener('change', function (event) {
  var select = event.target.closest('select[data-reload-with]');
  if (select) {
    var url = new URL(window.location.href);
    url.search = '';
    url.searchParams.set(select.dataset.reloadWith, select.value);
    window.location.href = url.toString();
  }
});

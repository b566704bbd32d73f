// Sends the CSRF token with every htmx request, so pages need no per-form token wiring.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A button with data-remove-closest="<selector>" removes that ancestor in place (e.g. a reported person's row). It
// stays a submit button with a formaction, so the form still works without JavaScript. Inline handlers (onclick,
// hx-on) are refused by the Content-Security-Policy, hence this one delegated listener.
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-remove-closest]') : null;
  if (!button) {
    return;
  }
  var target = button.closest(button.getAttribute('data-remove-closest'));
  if (target) {
    event.preventDefault();
    target.remove();
  }
});

// A button with data-copy-target="<id>" copies that element's text to the clipboard (the new API token on the
// account page) and says so with its data-copied-label. Hidden in the page, shown here: without JavaScript the text
// is still there to select and copy by hand.
document.querySelectorAll('[data-copy-target]').forEach(function (button) {
  button.hidden = !(navigator.clipboard && navigator.clipboard.writeText);
});
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-copy-target]') : null;
  if (!button) {
    return;
  }
  var source = document.getElementById(button.getAttribute('data-copy-target'));
  if (source && navigator.clipboard) {
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      button.textContent = button.getAttribute('data-copied-label') || button.textContent;
    });
  }
});

// The survey responses upload form (survey/upload.html), posted by htmx: a file above the limit is refused before it
// is sent, the transfer shows its own progress bar, and the server's refusal (422) is shown in place. Other failures
// (the server's size limit, a lost connection) get a sentence in the page's language from the form's data attributes.
(function () {
  function init() {
    var form = document.getElementById('survey-upload-form');
    if (!form) {
      return;
    }
    var input = form.querySelector('input[type=file]');
    var transfer = document.getElementById('survey-upload-transfer');
    var bar = transfer.querySelector('progress');
    var text = transfer.querySelector('[data-role=text]');
    var result = document.getElementById('survey-upload-result');
    var max = Number(form.getAttribute('data-max-bytes'));

    function refuse(message) {
      var article = document.createElement('article');
      article.className = 'netra-error';
      article.setAttribute('role', 'alert');
      var p = document.createElement('p');
      p.textContent = message;
      article.appendChild(p);
      result.replaceChildren(article);
      input.setAttribute('aria-invalid', 'true');
    }

    function show(percent) {
      bar.value = percent;
      text.textContent = form.getAttribute('data-sending') + ' ' + percent + '%';
    }

    form.addEventListener('htmx:beforeRequest', function (event) {
      var file = input.files && input.files[0];
      if (file && max && file.size > max) {
        event.preventDefault();
        refuse(form.getAttribute('data-too-large'));
        return;
      }
      input.removeAttribute('aria-invalid');
      result.replaceChildren();
      transfer.hidden = false;
      show(0);
    });
    form.addEventListener('htmx:xhr:progress', function (event) {
      if (event.detail && event.detail.lengthComputable && event.detail.total > 0) {
        show(Math.floor(100 * event.detail.loaded / event.detail.total));
      }
    });
    form.addEventListener('htmx:afterRequest', function () {
      transfer.hidden = true;
    });
    form.addEventListener('htmx:beforeSwap', function (event) {
      var status = event.detail.xhr.status;
      if (status === 422) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
        input.setAttribute('aria-invalid', 'true');
      } else if (status === 413) {
        event.detail.shouldSwap = false;
        refuse(form.getAttribute('data-too-large'));
      } else if (status >= 400) {
        event.detail.shouldSwap = false;
        refuse(form.getAttribute('data-failed'));
      }
    });
    form.addEventListener('htmx:sendError', function () {
      transfer.hidden = true;
      refuse(form.getAttribute('data-failed'));
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();

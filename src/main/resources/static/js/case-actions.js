// The decision forms of the case page: as soon as the chosen sanction is lighter than the one the catalogue maps to
// the proven violation (select[data-mapped-rank], options with data-rank), the note asking for a justification
// shows and the justification becomes required. A static file because the Content-Security-Policy refuses inline
// scripts; delegated, so it also works on the forms htmx swaps in.
(function () {
  function check(select) {
    var mapped = parseInt(select.getAttribute('data-mapped-rank'), 10);
    var option = select.options[select.selectedIndex];
    var note = document.getElementById(select.getAttribute('data-lighter-note'));
    if (!note || isNaN(mapped) || !option) {
      return;
    }
    var lighter = option.hasAttribute('data-rank') && parseInt(option.getAttribute('data-rank'), 10) < mapped;
    note.hidden = !lighter;
    var justification = select.form ? select.form.querySelector('[name="justification"]') : null;
    if (justification) {
      justification.required = lighter;
    }
  }

  function checkAll() {
    document.querySelectorAll('select[data-mapped-rank]').forEach(check);
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('select[data-mapped-rank]')) {
      check(event.target);
    }
  });
  document.addEventListener('DOMContentLoaded', checkAll);
  document.addEventListener('htmx:afterSettle', checkAll);
})();

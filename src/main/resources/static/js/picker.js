// Searchable pickers. A text field <input data-picker="region|agency|election" data-picker-url="/reference/search">
// gets suggestions as the user types ("Pandeg" offers Kabupaten Pandeglang). The field holds the name; the server turns
// names into codes, so the form works the same without JavaScript. No inline script: the CSP refuses it.
(function () {
  var pending = new WeakMap();

  function listFor(input) {
    var id = input.getAttribute('list');
    if (id && document.getElementById(id)) {
      return document.getElementById(id);
    }
    var list = document.createElement('datalist');
    list.id = 'picker-' + Math.random().toString(36).slice(2);
    input.insertAdjacentElement('afterend', list);
    input.setAttribute('list', list.id);
    input.setAttribute('autocomplete', 'off');
    return list;
  }

  function fill(list, matches) {
    list.replaceChildren();
    matches.forEach(function (match) {
      var option = document.createElement('option');
      option.value = match.name;
      option.label = match.hint ? match.hint + ' · ' + match.code : match.code;
      list.appendChild(option);
    });
  }

  function search(input) {
    var text = input.value.trim();
    if (text.length < 2) {
      return;
    }
    var url = (input.getAttribute('data-picker-url') || '/reference/search') + '?kind='
        + encodeURIComponent(input.getAttribute('data-picker')) + '&q=' + encodeURIComponent(text);
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (matches) { fill(listFor(input), matches); })
        .catch(function () { /* suggestions are a help; the server still resolves what was typed */ });
  }

  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[data-picker]')) {
      return;
    }
    clearTimeout(pending.get(input));
    pending.set(input, setTimeout(function () { search(input); }, 200));
  });
})();

// Report: the HTML report's only script, inline: filters the chains table, and opens every fold before printing.

export const HTML_SCRIPT = `
(function () {
  'use strict';
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (fold) { fold.open = true; });
  });
  var table = document.getElementById('chains-table');
  var controls = document.getElementById('chains-filter');
  if (!table || !controls) return;
  var text = document.getElementById('chain-text');
  var kind = document.getElementById('chain-kind');
  var outcome = document.getElementById('chain-outcome');
  var shown = document.getElementById('chain-shown');
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var haystacks = rows.map(function (row) { return row.textContent.toLowerCase(); });
  function apply() {
    var query = text.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row, index) {
      var visible = (query === '' || haystacks[index].indexOf(query) !== -1) &&
        (kind.value === '' || row.getAttribute('data-kind') === kind.value) &&
        (outcome.value === '' || row.getAttribute('data-outcome') === outcome.value);
      row.hidden = !visible;
      if (visible) count++;
    });
    shown.textContent = String(count);
  }
  text.addEventListener('input', apply);
  kind.addEventListener('change', apply);
  outcome.addEventListener('change', apply);
  controls.hidden = false;
  apply();
})();
`;

// The PPK's follow-up form: the reason field matters only for a sanction lighter than recommended (the options
// the server marked data-lighter). Without this script the field is always shown with its hint, and the server
// asks for the reason all the same.
(function () {
  var sanction = document.getElementById('followup-sanction');
  var reason = document.getElementById('lighterReason');
  if (!sanction || !reason) {
    return;
  }
  var field = reason.closest('[data-testid=lighter-reason-field]');
  function update() {
    var option = sanction.options[sanction.selectedIndex];
    var lighter = option && option.hasAttribute('data-lighter');
    field.hidden = !lighter && reason.value.trim() === '' && !reason.classList.contains('is-invalid');
    reason.required = lighter;
  }
  sanction.addEventListener('change', update);
  update();
})();

// The report form's suggestions of the reported person (GET /kepegawaian/saran, loaded by htmx): choosing one
// fills NIP, name, employer and position, and closes the list.
document.addEventListener('click', function (event) {
  var option = event.target.closest('#reported-suggestions [data-name]');
  if (!option) {
    return;
  }
  var fields = { nip: 'nip', name: 'name', employer: 'employer', position: 'position' };
  Object.keys(fields).forEach(function (key) {
    var input = document.getElementById(fields[key]);
    if (input) {
      input.value = option.getAttribute('data-' + key) || '';
    }
  });
  document.getElementById('reported-suggestions').innerHTML = '';
  document.getElementById('nik').focus();
});

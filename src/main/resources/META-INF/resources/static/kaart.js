// Enhancement only: the map works with links and a GET form without this file.
// Choosing a municipality loads its panel without reloading the whole map. The form is not submitted
// on change: a reload while someone types a date or arrows through a select is an unannounced change
// of context (WCAG 3.2.2), so the button stays the one way to apply the choices.
(function () {
  'use strict';
  var paneel = document.getElementById('paneel');
  var kaart = document.querySelector('svg.kaart');
  if (!paneel || !kaart || !window.fetch || !window.DOMParser) {
    return;
  }
  kaart.addEventListener('click', function (gebeurtenis) {
    var link = gebeurtenis.target.closest ? gebeurtenis.target.closest('a[data-gemeente]') : null;
    if (!link || gebeurtenis.ctrlKey || gebeurtenis.metaKey || gebeurtenis.shiftKey) {
      return;
    }
    gebeurtenis.preventDefault();
    var adres = link.getAttribute('href');
    fetch(adres, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (antwoord) { if (!antwoord.ok) { throw new Error(antwoord.status); } return antwoord.text(); })
      .then(function (html) {
        var nieuw = new DOMParser().parseFromString(html, 'text/html').getElementById('paneel');
        if (!nieuw) { throw new Error('geen paneel'); }
        paneel.innerHTML = nieuw.innerHTML;
        kaart.querySelectorAll('.gekozen').forEach(function (g) { g.classList.remove('gekozen'); g.removeAttribute('aria-current'); });
        link.classList.add('gekozen');
        link.setAttribute('aria-current', 'true');
        var verborgen = document.getElementById('veld-gemeente');
        if (verborgen) { verborgen.value = link.getAttribute('data-gemeente'); verborgen.disabled = false; }
        history.pushState(null, '', adres.split('#')[0]);
        paneel.focus();
      })
      .catch(function () { window.location.href = adres; });
  });
}());

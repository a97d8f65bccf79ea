/* Trouve ton mentor: the language, before the first paint, and the one place where the order is
   decided: the young person's choice in the fragment (`langue=ar`), then the host's preset in the
   query (`?langue=uk`), then the browser's languages, then French. Sets <html lang dir>, which the
   app reads as it starts; starts downloading the language's texts, and puts the page's shell in
   that language (scripts/route-shells.mjs writes a <template data-lang> after each part that has
   words). A new choice in the fragment draws the page again in that language, with every answer:
   they are in the address. Nothing is stored. */
(function () {
  var L = ['fr', 'en', 'ar', 'uk'];
  var doc = document;
  var root = doc.documentElement;
  function pick(s) {
    var m = /[#?&]langue=(\w+)/.exec(s);
    return m && L.indexOf(m[1]) + 1 ? m[1] : 0;
  }
  function wanted() {
    var found = pick(location.hash) || pick(location.search);
    navigator.languages.forEach(function (tag) {
      var code = tag.slice(0, 2).toLowerCase();
      found = found || (L.indexOf(code) + 1 && code);
    });
    return found || 'fr';
  }
  var lang = wanted();
  root.lang = lang;
  root.dir = lang == 'ar' ? 'rtl' : 'ltr';
  addEventListener('hashchange', function () {
    if (wanted() != lang) location.reload();
  });
  function preload(href) {
    var link = doc.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    doc.head.appendChild(link);
  }
  // A language's files are requested with the same files of the other languages, in a fixed
  // order: the host's log never says which language is read (the app reads the one preloaded).
  function translated(file) {
    ['en', 'ar', 'uk'].forEach(function (l) {
      var href = file.replace('*', l);
      if (l == lang) preload(href);
      else fetch(href).catch(function () {});
    });
  }
  // A page with a territory known reads its programmes (domain::data_files::needed): requested
  // now, beside the wasm and the index, not once the wasm has started.
  var page = location.pathname.slice(new URL(doc.baseURI).pathname.length).replace(/\/$/, '');
  var territory = /[?&]territoire=([a-z0-9-]+)/.exec(location.search) || /[#&]territoire=([a-z0-9-]+)/.exec(location.hash);
  var read = territory && /^(questionnaire|resultats|programmes|devenir-mentor(\/resultats)?)$/.test(page);
  if (read) preload('data/' + territory[1] + '.json');
  if (lang == 'fr') return;
  translated('i18n/*.json');
  translated('data/i18n/*/index.json');
  if (read) translated('data/i18n/*/' + territory[1] + '.json');
  root.classList.add('translating');
  doc.addEventListener('DOMContentLoaded', function () {
    doc.querySelectorAll('.languages').forEach(function (nav) {
      nav.setAttribute('aria-label', nav.getAttribute('data-label-' + lang));
      nav.querySelectorAll('a').forEach(function (a) {
        a.toggleAttribute('aria-current', a.hreflang == lang);
      });
    });
    doc.querySelectorAll('template[data-lang=' + lang + ']').forEach(function (template) {
      var shell = template;
      while (shell.tagName == 'TEMPLATE') shell = shell.previousElementSibling;
      shell.replaceWith(template.content);
      doc.title = template.dataset.title || doc.title;
    });
    root.classList.remove('translating');
  });
})();

/* Trouve ton mentor: what runs before the first paint, the one script that may block it.
   - The language, and the one place where the order is decided: the young person's choice in the
     fragment (`langue=ar`), else the one they chose earlier in this tab (sessionStorage, key
     `langue`, its only use of storage: Back to a page written before the choice keeps it), else the
     host's preset in the query (`?langue=uk`), else the browser's languages, else French. Sets
     <html lang dir>, which the app reads as it starts, and puts the page's shell in that language
     (scripts/route-shells.mjs writes a <template data-lang> after each part that has words). A new
     choice in the fragment draws the page again in that language, with every answer.
   - A link's keys are read as the app reads them (the last valid value, percent-decoded):
     tests/link_cases.json holds both to it.
   - The files a page needs are requested at once: the territory's programmes; in another language
     than French, its texts among the same files of every other language, in a fixed order, so
     that a request never says which language is read.
   - The shell's language links keep the page and its answers before the app has started.
   - A message the service worker sends before the app listens is kept for it.
   - An app that cannot start (a browser too old for it, a wasm that cannot be had) says so after
     20 s, or at once on an error: the shell's `[data-cannot-start]` part shows, with the
     territory's Collectif Mentorat once the dataset's index is read. */
(function () {
  var doc = document;
  var root = doc.documentElement;
  // The languages, French first, and those read right to left: i18n/languages.json, written on
  // every page by the build (scripts/route-shells.mjs).
  function listed(name, fallback) {
    return (root.getAttribute(name) || fallback).split(' ').filter(Boolean);
  }
  var L = listed('data-languages', 'fr');
  function pairs(text) {
    return text.replace(/^[#?]/, '').split('&').filter(Boolean).map(function (piece) {
      var at = piece.indexOf('=');
      return at < 0 ? [piece, ''] : [piece.slice(0, at), piece.slice(at + 1)];
    });
  }
  function decode(value) {
    try {
      return decodeURIComponent(value.replace(/\+/g, ' '));
    } catch (e) {
      return value;
    }
  }
  function last(text, key, valid) {
    var found = 0;
    pairs(text).forEach(function (pair) {
      var value = decode(pair[1]);
      if (pair[0] == key && valid(value)) found = value;
    });
    return found;
  }
  function isLanguage(value) {
    return L.indexOf(value) >= 0;
  }
  function isId(value) {
    return value.length <= 40 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
  }
  function session(value) {
    try {
      if (value) sessionStorage.setItem('langue', value);
      var kept = sessionStorage.getItem('langue');
      return isLanguage(kept) ? kept : 0;
    } catch (e) {
      return 0;
    }
  }
  function wanted() {
    var found = session(last(location.hash, 'langue', isLanguage)) || last(location.search, 'langue', isLanguage);
    navigator.languages.forEach(function (tag) {
      var code = tag.slice(0, 2).toLowerCase();
      found = found || (isLanguage(code) && code);
    });
    return found || 'fr';
  }
  var lang = wanted();
  root.lang = lang;
  root.dir = listed('data-rtl', '').indexOf(lang) >= 0 ? 'rtl' : 'ltr';

  // Back and Forward keep what was answered since the entry was left: the answers last written
  // (the young person's and the volunteer's apart), on the entry's screen. The rule is the app's
  // (`after_traversal`, src/state.rs); this listener runs before the router's. The entries the app
  // writes are marked (`ttm` in their state): a move to an address written by hand, or by the
  // language switch, is taken as it is.
  var latest = {};
  function answers() {
    return /\/devenir-mentor(\/|$)/.test(location.pathname) ? 'volunteer' : 'young';
  }
  ['pushState', 'replaceState'].forEach(function (name) {
    var write = history[name];
    history[name] = function (state, title, url) {
      var marked = state && typeof state == 'object' ? Object.assign({}, state, { ttm: 1 }) : { ttm: 1 };
      var done = write.call(history, marked, title, url);
      latest[answers()] = location.hash;
      return done;
    };
  });
  // This very entry is the app's too (a page opened from a link, then left by « Suivant »).
  history.replaceState(history.state, '', location.href);
  addEventListener('popstate', function (event) {
    var keep = window.wasmBindings && window.wasmBindings.after_traversal;
    var last = latest[answers()];
    if (keep && last != null && event.state && event.state.ttm) {
      var kept = '#' + keep(last, location.hash);
      if (kept != location.hash) history.replaceState(history.state, '', location.pathname + location.search + kept);
    }
    latest[answers()] = location.hash;
  });
  addEventListener('hashchange', function () {
    if (wanted() != lang) location.reload();
  });

  var started = false;
  // Kept until src/pwa.js takes them (it sets this to null), whenever the app starts listening.
  window.__ttmWorkerMessages = [];
  if (navigator.serviceWorker) {
    navigator.serviceWorker.addEventListener('message', function (event) {
      if (window.__ttmWorkerMessages) window.__ttmWorkerMessages.push(event.data);
    });
  }

  function preload(href) {
    var link = doc.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    doc.head.appendChild(link);
  }
  // A language's files with the same files of the other languages, in a fixed order: the host's
  // log never says which language is read (the app reads its own). All are asked for the same way:
  // a fetch() beside a preload was sent first now and then, and its order named the language.
  function translated(file) {
    L.slice(1).forEach(function (l) {
      preload(file.replace('*', l));
    });
  }
  // A page with a territory known reads its programmes (domain::data_files::needed): requested
  // now, beside the wasm and the index, not once the wasm has started.
  var page = location.pathname.slice(new URL(doc.baseURI).pathname.length).replace(/\/$/, '');
  var preset = last(location.search, 'territoire', isId);
  var territory = preset || last(location.hash, 'territoire', isId);
  // The home page of a town's embed preset to its territory reads it ahead, for offline use.
  var read = territory && (/^(questionnaire|resultats|programmes|devenir-mentor(\/resultats)?)$/.test(page) || (page == '' && preset));
  if (read) preload('data/' + territory + '.json');
  // What the app reads in another language than French (the home page read as it is needs none:
  // its texts are in it, and they are asked for when it starts the app).
  function texts() {
    if (lang == 'fr') return;
    // The adults' pages read the texts with theirs (scripts/route-shells.mjs says so on them).
    translated(root.getAttribute('data-texts') || 'i18n/*.json');
    translated('data/i18n/*/index.json');
    if (read) translated('data/i18n/*/' + territory + '.json');
  }
  var later = root.hasAttribute('data-start-later');
  if (!later) texts();
  if (lang != 'fr') root.classList.add('translating');

  var shown = false;
  function cannotStart() {
    // An error can come before the shell is in its language: the message shows once it is.
    if (!shown) return doc.addEventListener('DOMContentLoaded', cannotStart);
    var part = !started && doc.querySelector('[data-cannot-start]');
    if (!part || !part.hidden) return;
    part.hidden = false;
    part.querySelector('[data-retry]').addEventListener('click', function () {
      location.reload();
    });
    doc.querySelectorAll('[data-shell] .loading').forEach(function (line) {
      line.hidden = true;
    });
    fetch('data/index.json')
      .then(function (response) {
        return response.json();
      })
      .then(function (index) {
        var known = index.territories.filter(function (t) {
          return t.id == territory;
        })[0];
        var slot = part.querySelector('[data-collectif]');
        if (!known || !slot) return;
        var link = doc.createElement('a');
        link.href = 'mailto:' + known.collectif_email;
        link.dir = 'ltr';
        link.textContent = known.collectif_email;
        slot.appendChild(link);
        slot.hidden = false;
      })
      .catch(function () {});
  }
  addEventListener('TrunkApplicationStarted', function () {
    started = true;
  });
  // The home page starts the app only when it is needed (scripts/route-shells.mjs keeps its
  // start-up in <template data-app-start>): at once when the address carries more than a language
  // (a host's set-up, answers), else when « Commencer » is followed: its address is written and
  // the app starts there, in place. Meanwhile the page registers the worker, for offline use.
  var starting = false;
  function startApp() {
    if (starting) return;
    starting = true;
    var kept = doc.querySelector('template[data-app-start]');
    if (kept) {
      texts();
      doc.head.appendChild(kept.content.cloneNode(true));
      var script = doc.createElement('script');
      script.type = 'module';
      script.src = kept.getAttribute('data-src');
      doc.head.appendChild(script);
    }
    setTimeout(cannotStart, 20000);
  }
  if (!later) startApp();
  else {
    var answered = location.search.length > 1 || location.hash.replace(/^#/, '').split('&').some(function (piece) {
      return piece.indexOf('=') > 0 && piece.split('=')[0] != 'langue';
    });
    doc.addEventListener('DOMContentLoaded', function () {
      if (answered) return startApp();
      // Release builds only (scripts/precache.mjs marks the page): the same worker the app registers.
      if (navigator.serviceWorker && root.hasAttribute('data-worker')) addEventListener('load', function () {
        navigator.serviceWorker.register(new URL('sw.js', doc.baseURI).pathname).catch(function () {});
      });
    });
    doc.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('[data-start-app]');
      if (!link || starting || event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      history.pushState(null, '', link.href);
      var section = link.closest('section');
      Array.prototype.forEach.call(section.children, function (part) {
        part.hidden = !part.classList.contains('loading');
      });
      // The focus goes where the app would have put it after « Commencer »: the question's heading.
      new MutationObserver(function (changes, watch) {
        var heading = !section.isConnected && doc.querySelector('main h1[tabindex]');
        if (!heading) return;
        watch.disconnect();
        heading.focus();
      }).observe(doc.body, { childList: true, subtree: true });
      startApp();
    });
  }
  // A start-up file that cannot be had, or a wasm that cannot be compiled (a CSP the browser does
  // not know, a data-saver proxy), fails before the app starts.
  addEventListener(
    'error',
    function (event) {
      var t = event.target;
      if (t == window || (t && (t.tagName == 'SCRIPT' || (t.tagName == 'LINK' && t.rel == 'modulepreload')))) cannotStart();
    },
    true,
  );
  addEventListener('unhandledrejection', cannotStart);

  doc.addEventListener('DOMContentLoaded', function () {
    shown = true;
    doc.querySelectorAll('.languages').forEach(function (nav) {
      if (lang != 'fr') nav.setAttribute('aria-label', nav.getAttribute('data-label-' + lang));
      nav.querySelectorAll('a').forEach(function (a) {
        a.toggleAttribute('aria-current', a.hreflang == lang);
        // Before the app starts: the same page and answers, in that language (as the app's switch).
        a.addEventListener('click', function (event) {
          if (started) return;
          event.preventDefault();
          var kept = location.hash.replace(/^#/, '').split('&').filter(function (pair) {
            return pair && pair.split('=')[0] != 'langue';
          });
          kept.push('langue=' + a.hreflang);
          history.replaceState(history.state, '', location.pathname + location.search + '#' + kept.join('&'));
          location.reload();
        });
      });
    });
    if (lang == 'fr') return;
    doc.querySelectorAll('template[data-lang=' + lang + ']').forEach(function (template) {
      var shell = template;
      while (shell.tagName == 'TEMPLATE') shell = shell.previousElementSibling;
      shell.replaceWith(template.content);
      doc.title = template.dataset.title || doc.title;
    });
    // If the app cannot download this language's texts, it says so in this language (src/i18n.rs).
    var failed = doc.querySelector('[data-load-language]');
    if (failed) root.setAttribute('data-load-language', failed.textContent);
    root.classList.remove('translating');
  });
})();

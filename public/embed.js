/*! Trouve ton mentor — host script. Turns each
 *    <div data-trouve-ton-mentor="https://…/app-path/" data-territoire="roubaix" data-couleur="#e2001a"></div>
 *  into a sandboxed, titled iframe that follows the app's height. No dependency, no cookie, nothing
 *  sent anywhere: it only listens for the app's own height messages. On the page's own origin, a
 *  frame could read every answer: the app opens in a new tab instead, unless
 *  data-meme-origine="oui". */
(function () {
  'use strict';
  var MIN_HEIGHT = 320;
  var MAX_HEIGHT = 20000;
  var SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox';
  var ALLOW = 'web-share; clipboard-write';
  var here = document.currentScript && document.currentScript.src;
  var frames = [];

  function appUrl(placeholder) {
    var given = placeholder.getAttribute('data-trouve-ton-mentor');
    var url = new URL(given || '.', here || window.location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.pathname.slice(-1) !== '/') url.pathname += '/';
    return url;
  }

  function mount(placeholder) {
    if (placeholder.getAttribute('data-trouve-ton-mentor-ready')) return;
    var base = appUrl(placeholder);
    if (!base) return;
    // The start page: the home page, the young person's first question, or the volunteers' path.
    var page = ['questionnaire', 'devenir-mentor'].indexOf(placeholder.getAttribute('data-page')) >= 0 ? placeholder.getAttribute('data-page') : '';
    var src = new URL(page, base);
    src.searchParams.set('embed', '1');
    var territory = placeholder.getAttribute('data-territoire');
    if (territory) src.searchParams.set('territoire', territory);
    var colour = placeholder.getAttribute('data-couleur');
    if (colour) src.searchParams.set('couleur', colour);
    // The language the app starts in; the young person may choose another inside it.
    var language = placeholder.getAttribute('data-langue');
    if (language) src.searchParams.set('langue', language);

    // On this page's own origin a frame isolates nothing (it can read every answer, and lift its
    // sandbox): a link opens the app in a tab of its own instead, unless the webmaster insists.
    if (base.origin === window.location.origin && placeholder.getAttribute('data-meme-origine') !== 'oui') {
      src.searchParams.delete('embed');
      var link = document.createElement('a');
      link.href = src.href;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = placeholder.getAttribute('data-titre') || 'Trouve ton mentor\u00a0: trouver un programme de mentorat (nouvel onglet)';
      placeholder.setAttribute('data-trouve-ton-mentor-ready', '1');
      placeholder.appendChild(link);
      console.warn('Trouve ton mentor : l\'application est servie depuis la même origine que cette page, où un cadre ' +
        'pourrait lire toutes les réponses ; elle s\'ouvre dans un nouvel onglet. Servez-la depuis une autre adresse ' +
        '(un sous-domaine, par exemple), ou ajoutez data-meme-origine="oui" pour l\'intégrer quand même.');
      return;
    }
    var frame = document.createElement('iframe');
    frame.src = src.href;
    // The app sends its height to this page's origin only: it reads it here.
    frame.name = 'ttm-host:' + window.location.origin;
    frame.title = placeholder.getAttribute('data-titre') || 'Trouve ton mentor\u00a0: trouver un programme de mentorat';
    frame.setAttribute('sandbox', SANDBOX);
    // « Partager » uses the phone's share sheet, or copies the link.
    frame.setAttribute('allow', ALLOW);
    frame.setAttribute('referrerpolicy', 'no-referrer');
    // Scrollable until the app's first height message is accepted: if none ever is (an address
    // that redirects to another origin), the results can still be scrolled, never cut off.
    frame.style.cssText = 'display:block;width:100%;border:0;height:' + 640 + 'px';
    placeholder.setAttribute('data-trouve-ton-mentor-ready', '1');
    placeholder.appendChild(frame);
    frames.push({ frame: frame, origin: base.origin, sized: false, warned: false });
  }

  /** The height the frame is given: the app's, within bounds, whatever a message claims. */
  function clamp(height) {
    return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
  }

  // Size a frame only on a message from that very frame, from the app's origin, of the app's shape.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'trouve-ton-mentor:height' || typeof data.height !== 'number') return;
    if (!isFinite(data.height)) return;
    for (var i = 0; i < frames.length; i++) {
      var entry = frames[i];
      if (event.source !== entry.frame.contentWindow) continue;
      if (event.origin !== entry.origin) {
        if (!entry.warned) {
          entry.warned = true;
          console.warn('Trouve ton mentor : message de hauteur ignoré, il vient de ' + event.origin +
            ' et non de ' + entry.origin + '. L\'adresse de l\'application redirige-t-elle (http vers https, www) ? ' +
            'Indiquez l\'adresse finale dans data-trouve-ton-mentor. Le cadre reste défilable.');
        }
        continue;
      }
      entry.frame.style.height = clamp(data.height) + 'px';
      if (!entry.sized) {
        entry.sized = true;
        entry.frame.setAttribute('scrolling', 'no');
      }
    }
  });

  function mountAll() {
    var placeholders = document.querySelectorAll('[data-trouve-ton-mentor]');
    for (var i = 0; i < placeholders.length; i++) mount(placeholders[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();

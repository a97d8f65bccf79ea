// The « Intégrer » page's generator: what a webmaster copies into their page, written from the
// form, and a live preview. The page itself is static HTML written by the build; this is its only
// code. The sandbox and what the frame may use (`allow`) come from the preview frame, which the build
// filled from public/embed.js (their one definition). tests/e2e/embed_snippets.test.mjs tests `snippets` under Node.

/** The height of the plain iframe: without the host script, the frame cannot follow its content. */
export const PLAIN_IFRAME_HEIGHT = 900;

const escapeAttribute = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `frame-ancestors` the app's host sets so that only the town's site may frame it: the origin
 * of the address the webmaster gives, the build's variable and the header it writes.
 * @param {string} site the address of a page of the town's site
 */
export function frameAncestors(site) {
  let origin = 'https://www.votre-ville.fr';
  try {
    const url = new URL(site);
    if (url.protocol === 'https:' || url.protocol === 'http:') origin = url.origin;
  } catch {}
  return { build: `TTM_FRAME_ANCESTORS="${origin}" scripts/build`, header: `Content-Security-Policy: … frame-ancestors ${origin}` };
}

/**
 * The embedded app's address and both snippets.
 * @param {{appUrl: string, territory?: string, colour?: string, language?: string, start: 'accueil'|'questionnaire'|'devenir-mentor', sandbox: string, allow: string}} o
 *   `appUrl` ends with a slash; `colour` is `#rrggbb`.
 */
export function snippets(o) {
  const colour = /^#[0-9a-f]{6}$/i.test(o.colour ?? '') ? o.colour.toLowerCase() : null;
  const language = o.language && o.language !== 'fr' ? o.language : null;
  // Configuration in the query, never answers: a host never presets what a young person says.
  const query = ['embed=1'];
  if (o.territory) query.push(`territoire=${encodeURIComponent(o.territory)}`);
  if (colour) query.push(`couleur=${encodeURIComponent(colour)}`);
  if (language) query.push(`langue=${language}`);
  const path = o.start === 'accueil' ? '' : o.start;
  const src = `${o.appUrl}${path}?${query.join('&')}`;

  const attributes = [`data-trouve-ton-mentor="${escapeAttribute(o.appUrl)}"`];
  if (o.territory) attributes.push(`data-territoire="${escapeAttribute(o.territory)}"`);
  if (colour) attributes.push(`data-couleur="${colour}"`);
  if (language) attributes.push(`data-langue="${language}"`);
  if (o.start !== 'accueil') attributes.push(`data-page="${escapeAttribute(o.start)}"`);
  const script = `<div ${attributes.join(' ')}></div>\n<script src="${escapeAttribute(o.appUrl)}embed.js" defer></script>`;
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="Trouve ton mentor\u00a0: trouver un programme de mentorat" ` +
    `width="100%" height="${PLAIN_IFRAME_HEIGHT}" style="border:0;max-width:100%" loading="lazy" ` +
    `referrerpolicy="no-referrer" sandbox="${escapeAttribute(o.sandbox)}" allow="${escapeAttribute(o.allow)}"></iframe>`;
  return { src, script, iframe };
}

function start() {
  const form = document.getElementById('embed-form');
  const preview = document.querySelector('.embed-preview');
  if (!form || !preview) return;
  const appUrl = new URL('.', document.baseURI).href;
  const update = () => {
    const data = new FormData(form);
    const written = snippets({
      appUrl,
      territory: data.get('territoire') || undefined,
      colour: data.get('couleur'),
      language: data.get('langue'),
      start: data.get('depart'),
      sandbox: preview.getAttribute('sandbox'),
      allow: preview.getAttribute('allow'),
    });
    document.getElementById('embed-code-script').value = written.script;
    document.getElementById('embed-code-iframe').value = written.iframe;
    const ancestors = frameAncestors(data.get('site'));
    document.getElementById('embed-frame-ancestors').textContent = `${ancestors.build}\n${ancestors.header}`;
    if (preview.getAttribute('src') !== written.src) preview.setAttribute('src', written.src);
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
}

// After src/lang.js has put the page in its language (it swaps the form at DOMContentLoaded).
if (typeof document !== 'undefined') document.addEventListener('DOMContentLoaded', start);

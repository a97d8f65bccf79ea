// Trouve ton mentor's service worker: the app shell works offline once visited.
//
// scripts/precache.mjs writes sw.js from this file and the release build itself (as Workbox's
// injectManifest does): the precache list, the app's routes (src/routes.json), the dataset's
// schema version and the messages the page and the worker exchange (defined once, in src/pwa.js).
// One cache per build, named after that list, so an old wasm is never served with a new JS glue.
// A new worker waits until the page accepts the update (no automatic skipWaiting).

const PRECACHE = self.__WB_MANIFEST;
const ROUTES = self.__TTM_ROUTES;
const SCHEMA_VERSION = self.__TTM_SCHEMA_VERSION;
const MESSAGES = self.__TTM_MESSAGES;

const SCOPE = new URL(self.registration.scope);
// The dataset's files: the index (`data/index.json`), read by every page, and one file per
// territory (`data/<id>.json`), read when a page needs that territory.
const INDEX_URL = new URL('data/index.json', SCOPE).href;
const DATA_FILE = new RegExp('^' + new URL('data/', SCOPE).href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '[a-z0-9-]+\\.json$');
// A file of another schema can never be served to this build, offline included.
const DATA_CACHE = 'ttm-data-v' + SCHEMA_VERSION;

function digest(text) {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}
const SHELL_CACHE = 'ttm-shell-' + digest(JSON.stringify(PRECACHE));
// Canonical addresses: `questionnaire/`, not `questionnaire/index.html`, which hosts such as
// Cloudflare Pages redirect (a redirected response cannot answer a navigation).
const shellUrls = PRECACHE.map((entry) => new URL(entry.url, SCOPE).href);

/** A response as the cache should hold it: never a redirected one (Chromium refuses those for a
 * navigation), but a clean copy of what the redirect led to, as Workbox's precaching does. */
async function clean(response) {
  if (!response.redirected) return response;
  const body = await response.blob();
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A dataset file's text, if this build can read it: JSON, of this build's schema. A page of
 * HTML, a truncated deploy or a newer schema is never stored. */
function readable(text) {
  try {
    const data = JSON.parse(text);
    return data !== null && typeof data === 'object' && data.schema_version === SCHEMA_VERSION;
  } catch {
    return false;
  }
}


self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      await Promise.all(
        shellUrls.map(async (url) => {
          const response = await fetch(new Request(url, { cache: 'reload' }));
          if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
          await shell.put(url, await clean(response));
        }),
      );
      const data = await caches.open(DATA_CACHE);
      if (!(await data.match(INDEX_URL))) {
        const response = await fetch(INDEX_URL, { cache: 'no-cache' }).catch(() => null);
        const text = response?.ok ? await response.clone().text() : null;
        if (text !== null && readable(text)) await data.put(INDEX_URL, await clean(response));
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const stale = (n) => (n.startsWith('ttm-shell-') && n !== SHELL_CACHE) || (n.startsWith('ttm-data') && n !== DATA_CACHE);
      await Promise.all(names.filter(stale).map((n) => caches.delete(n)));
      // On a first visit this lets the worker serve the page at once; an update only gets here
      // once the page asked for it, and the page then reloads.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === MESSAGES.skipWaiting) self.skipWaiting();
});

/** The shell of an app route (`resultats`, `resultats/`, `` for home), or null for any other
 * address: opening data/index.json, embed.js or _headers must show that file, not the app. */
function routeShell(url) {
  if (!url.href.startsWith(SCOPE.href)) return null;
  const path = url.pathname.slice(SCOPE.pathname.length).replace(/^\/+|\/+$/g, '');
  const route = path === 'index.html' ? '' : path.replace(/\/index\.html$/, '');
  if (!ROUTES.includes(route)) return null;
  return new URL(route === '' ? '' : route + '/', SCOPE).href;
}

async function fromShell(url, request) {
  const cached = await caches.match(url, { cacheName: SHELL_CACHE, ignoreSearch: true });
  return cached ?? fetch(request);
}

async function tellPages() {
  const pages = await self.clients.matchAll({ type: 'window' });
  for (const page of pages) page.postMessage({ type: MESSAGES.dataUpdated });
}

// Digests of the dataset's files this worker has already told the pages about (or found in its
// cache): a host that alternates two versions makes one reload at most, never a loop.
const seen = new Set();

/** Each file of the dataset the pages read: the cached copy at once, a fresh one stored for the
 * next time (and the pages told) when this build can read it. */
async function dataStaleWhileRevalidate(event, file) {
  const cache = await caches.open(DATA_CACHE);
  const cached = await cache.match(file);
  // Read before the cached copy is handed to the page, which consumes its body.
  const knownText = cached ? await cached.clone().text() : null;
  if (knownText !== null) seen.add(file + digest(knownText));
  const refresh = (async () => {
    const response = await fetch(file, { cache: 'no-cache' });
    if (!response.ok) return response;
    const fresh = await response.clone().text();
    if (!readable(fresh)) return response;
    await cache.put(file, await clean(response.clone()));
    const id = digest(fresh);
    if (knownText !== null && fresh !== knownText && !seen.has(file + id)) {
      seen.add(file + id);
      await tellPages();
    }
    return response;
  })();
  if (cached) {
    event.waitUntil(refresh.catch(() => undefined));
    return cached;
  }
  return refresh;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  if (request.mode === 'navigate') {
    // The app's routes get their shell, in the copy that paints that route's heading.
    const shell = routeShell(url);
    if (shell) event.respondWith(fromShell(shell, request));
    return;
  }
  const file = url.href.split('?')[0];
  if (shellUrls.includes(file)) {
    event.respondWith(fromShell(file, request));
  } else if (DATA_FILE.test(file)) {
    event.respondWith(dataStaleWhileRevalidate(event, file));
  }
});

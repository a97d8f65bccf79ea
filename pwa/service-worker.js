// Trouve ton mentor's service worker: the app shell works offline once visited.
//
// The precache list is injected by scripts/precache.mjs (as Workbox's injectManifest would) from the
// release build itself: it is never kept by hand. One cache per build, named after that list, so
// an old wasm is never served with a new JS glue. A new worker waits until the page accepts the
// update (no automatic skipWaiting). The dataset is served stale-while-revalidate.

const PRECACHE = self.__WB_MANIFEST;
const SCOPE = new URL(self.registration.scope);
const INDEX_URL = new URL('index.html', SCOPE).href;
const DATA_URL = new URL('data/programmes.json', SCOPE).href;
const DATA_CACHE = 'ttm-data';

function digest(text) {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}
const SHELL_CACHE = 'ttm-shell-' + digest(JSON.stringify(PRECACHE));
const shellUrls = PRECACHE.map((entry) => new URL(entry.url, SCOPE).href);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      await shell.addAll(shellUrls.map((url) => new Request(url, { cache: 'reload' })));
      const data = await caches.open(DATA_CACHE);
      if (!(await data.match(DATA_URL))) {
        const response = await fetch(DATA_URL, { cache: 'no-cache' });
        if (response.ok) await data.put(DATA_URL, response);
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith('ttm-shell-') && n !== SHELL_CACHE).map((n) => caches.delete(n)),
      );
      // On a first visit this lets the worker serve the page at once; an update only gets here
      // once the page asked for it, and the page then reloads.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

async function fromShell(request) {
  const cached = await caches.match(request, { cacheName: SHELL_CACHE, ignoreSearch: true });
  return cached ?? fetch(request);
}

async function tellPagesDataChanged() {
  const pages = await self.clients.matchAll({ type: 'window' });
  for (const page of pages) page.postMessage({ type: 'ttm:data-updated' });
}

async function dataStaleWhileRevalidate(event) {
  const cache = await caches.open(DATA_CACHE);
  const cached = await cache.match(DATA_URL);
  // Read before the cached copy is handed to the page, which consumes its body.
  const knownText = cached ? cached.clone().text() : Promise.resolve(null);
  const refresh = (async () => {
    const response = await fetch(DATA_URL, { cache: 'no-cache' });
    if (!response.ok) return response;
    const fresh = await response.clone().text();
    const known = await knownText;
    await cache.put(DATA_URL, response.clone());
    if (known !== null && known !== fresh) await tellPagesDataChanged();
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
    // Every page is the app's shell (the router reads the path and the fragment), in the copy that
    // paints that route's heading when the build made one.
    const route = url.href.slice(SCOPE.href.length).split(/[/?#]/)[0];
    const routeShell = new URL(`${route}/index.html`, SCOPE).href;
    event.respondWith(fromShell(new Request(route && shellUrls.includes(routeShell) ? routeShell : INDEX_URL)));
  } else if (url.href.split('?')[0] === DATA_URL) {
    event.respondWith(dataStaleWhileRevalidate(event));
  } else if (shellUrls.includes(url.href.split('?')[0])) {
    event.respondWith(fromShell(request));
  }
});

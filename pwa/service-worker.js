// Trouve ton mentor's service worker: the app shell works offline once visited.
//
// scripts/precache.mjs writes sw.js from this file and the release build itself (as Workbox's
// injectManifest does): the precache list, each file with a truncated SHA-256 of its body, the
// app's routes (src/routes.json), the dataset's schema version and the messages the page and the
// worker exchange (defined once, in src/pwa.js). A new worker waits until the page accepts the
// update (no automatic skipWaiting).
//
// Caches are named after this build's scope, so that two builds on one origin (`/` and
// `/mentorat/`) never delete each other's: `ttm-<scope>-shell-<list>`, one per build, so an old
// wasm is never served with a new JS glue; `ttm-<scope>-data-v<schema>`, the copies of the
// dataset's files a page read with nothing refused; `ttm-<scope>-fresh-v<schema>`, the copies
// downloaded and not yet confirmed by a page (the worker cannot read the dataset as the app does:
// the page tells it which copy it read clean, `MESSAGES.dataRead`, with the copy's SHA-256).

const PRECACHE = self.__WB_MANIFEST;
// The other paths' files (the adults' app, the static pages, the QR worker, each territory's
// translations): stored when first opened, so that a first visit downloads the young person's
// path only. Offline, a page never opened says it needs the network once (NEEDS_NETWORK, a page
// of the precache).
const OPENED = self.__TTM_OPENED;
const NEEDS_NETWORK = self.__TTM_NEEDS_NETWORK;
const ROUTES = self.__TTM_ROUTES;
const SCHEMA_VERSION = self.__TTM_SCHEMA_VERSION;
const MESSAGES = self.__TTM_MESSAGES;
// The most a dataset's file may weigh, as the app says (domain::dataset::MAX_BYTES).
const MAX_BYTES = 32_000_000;

const SCOPE = new URL(self.registration.scope);
// The dataset's files: the index (`data/index.json`), read by every page, and one file per
// territory (`data/<id>.json`), read when a page needs that territory.
const DATA_FILE = new RegExp('^' + new URL('data/', SCOPE).href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '[a-z0-9-]+\\.json$');
// A territory's translations (data/i18n/<lang>/<territory>.json; the index's are precached): kept
// as they are read, like the territory's file, with no list in this worker (a national dataset
// would make it name 300 of them).
const TRANSLATION_FILE = new RegExp('^' + new URL('data/i18n/', SCOPE).href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '[a-z]{2}/[a-z0-9-]+\\.json$');

function digest(text) {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}
const PREFIX = 'ttm-' + digest(SCOPE.href) + '-';
const SHELL_CACHE = PREFIX + 'shell-' + digest(JSON.stringify(PRECACHE));
const OPENED_CACHE = PREFIX + 'opened-' + digest(JSON.stringify(OPENED));
// A file of another schema can never be served to this build, offline included.
const DATA_CACHE = PREFIX + 'data-v' + SCHEMA_VERSION;
const FRESH_CACHE = PREFIX + 'fresh-v' + SCHEMA_VERSION;
// Canonical addresses: `questionnaire/`, not `questionnaire/index.html`, which hosts such as
// Cloudflare Pages redirect (a redirected response cannot answer a navigation).
const shellUrls = PRECACHE.map((entry) => new URL(entry.url, SCOPE).href);
const openedEntries = new Map(OPENED.map((entry) => [new URL(entry.url, SCOPE).href, entry]));
// A file's name without its build's hash (`adults-3f…_bg.wasm` → `adults_bg.wasm`): an update
// stores again what an earlier version had stored when opened.
const unhashed = (url) => url.replace(/-[0-9a-f]{12,}(?=[._])/, '');

/** The truncated SHA-256 of a body, as scripts/precache.mjs writes it (base64url, 12 characters). */
async function sha256(buffer) {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').slice(0, 12);
}

/** A response as the cache should hold it: never a redirected one (Chromium refuses those for a
 * navigation), but a clean copy of what the redirect led to, as Workbox's precaching does. */
function clean(response, body) {
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A body read up to MAX_BYTES: null beyond (a file that large is never stored). */
async function limited(response) {
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BYTES) {
      reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new Blob(chunks).arrayBuffer();
}

/** A dataset file's copy this build may hold: JSON, of this build's schema. The page tells what
 * is wrong inside it; an HTML page, a truncated deploy or a newer schema is never even kept. */
function readable(buffer) {
  try {
    const data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(buffer));
    return data !== null && typeof data === 'object' && data.schema_version === SCHEMA_VERSION;
  } catch {
    return false;
  }
}

/** Puts a response in a cache; a full storage leaves the page working with what it downloaded. */
async function keep(name, url, response) {
  try {
    await (await caches.open(name)).put(url, response);
  } catch {}
}

/** A precached file, checked against the SHA-256 in the list: an HTML page in place of a wasm (a
 * host's fallback during a deploy) or a stale edge's copy is asked again once, bypassing caches
 * (`?__rev=`), then the install fails and the old version stays. */
async function precached({ url, revision }) {
  const address = new URL(url, SCOPE).href;
  const page = url === '' || /(\/|\.html)$/.test(url);
  for (const asked of [address, `${address}?__rev=${revision}`]) {
    const response = await fetch(new Request(asked, { cache: 'reload' })).catch(() => null);
    if (!response?.ok) continue;
    const body = await response.arrayBuffer();
    const html = /text\/html/.test(response.headers.get('content-type') ?? '');
    if ((await sha256(body)) === revision && (page || !html)) return [address, clean(response, body)];
  }
  throw new Error(`precache: ${url} does not match its revision`);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      const files = await Promise.all(PRECACHE.map(precached));
      for (const [address, response] of files) await shell.put(address, response);
      const names = await caches.keys();
      // The paths an earlier version stored when opened: this version's files of them, so that an
      // update loses none offline (one that cannot be had now is stored when next opened).
      const had = new Set();
      for (const name of names.filter((n) => n.startsWith(PREFIX + 'opened-') && n !== OPENED_CACHE)) {
        for (const request of await (await caches.open(name)).keys()) had.add(unhashed(request.url));
      }
      await Promise.all([...openedEntries].filter(([address]) => had.has(unhashed(address))).map(([, entry]) => storeOpened(entry)));
      // The territories a page stored for offline use, in the schema of an older build: their
      // copies of this build's schema, so that an update activated offline loses none.
      const older = names.filter((n) => n.startsWith(PREFIX + 'data-v') && n !== DATA_CACHE);
      for (const name of older) {
        for (const request of await (await caches.open(name)).keys()) {
          const response = await fetch(request.url, { cache: 'no-cache' }).catch(() => null);
          const body = response?.ok ? await limited(response) : null;
          if (body && (readable(body) || TRANSLATION_FILE.test(request.url))) await keep(FRESH_CACHE, request.url, clean(response, body));
        }
      }
      // The dataset's index, which every question reads: a visit of the home page alone (written by
      // the build, it reads no data) is enough for the questions to work offline. Kept unconfirmed,
      // as any file downloaded before a page read it.
      const index = new URL('data/index.json', SCOPE).href;
      if (!(await caches.match(index))) await download(index).catch(() => undefined);
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = [SHELL_CACHE, OPENED_CACHE, DATA_CACHE, FRESH_CACHE];
      // This build's older caches; and the caches of builds before caches were named after their
      // scope (`ttm-shell-…`, `ttm-data-v…`), which cannot be told apart.
      const stale = (n) => (n.startsWith(PREFIX) && !current.includes(n)) || /^ttm-(shell-|data-v)/.test(n);
      await Promise.all((await caches.keys()).filter(stale).map((n) => caches.delete(n)));
      // On a first visit this lets the worker serve the page at once; an update only gets here
      // once the page asked for it, and the page then reloads.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type === MESSAGES.skipWaiting) self.skipWaiting();
  if (data?.type === MESSAGES.dataRead) event.waitUntil(confirmed(data.url, data.sha256));
  if (data?.type === MESSAGES.opened) event.waitUntil(storeFirstOpened(data.urls));
});

/** Stores one file of a path opened, checked against its revision; false when it cannot be had. */
async function storeOpened(entry) {
  try {
    const [address, response] = await precached(entry);
    await keep(OPENED_CACHE, address, response);
    return true;
  } catch {
    return false;
  }
}

/** The other pages of the app a page belongs to (the mentors' results, opened from their
 * questions): stored with it, so that a link to any of them works offline once one was opened.
 * Their script and wasm are the page's own, stored as it loads them. */
async function storePagesWith(entry) {
  if (!entry.group) return;
  const cache = await caches.open(OPENED_CACHE);
  for (const other of OPENED) {
    if (other.group === entry.group && other !== entry && !(await cache.match(new URL(other.url, SCOPE).href))) await storeOpened(other);
  }
}

/** What a page read before a first worker controlled it (its address and the files it loaded):
 * those of the paths stored when opened are stored now, so that the path opened on the first
 * visit works offline too. */
async function storeFirstOpened(urls) {
  const cache = await caches.open(OPENED_CACHE);
  for (const url of Array.isArray(urls) ? urls : []) {
    let address;
    try {
      const parsed = new URL(url);
      address = routeShell(parsed) ?? parsed.href.split(/[?#]/)[0];
    } catch {
      continue;
    }
    // A territory's translations read before the worker was there: kept as if read through it.
    if (TRANSLATION_FILE.test(address)) {
      if (!(await caches.match(address, { cacheName: DATA_CACHE }))) await translationNetworkFirst(address);
      continue;
    }
    const entry = openedEntries.get(address);
    if (!entry) continue;
    if (!(await cache.match(address))) await storeOpened(entry);
    await storePagesWith(entry);
  }
}

/** A file of a path stored when opened: the copy stored, else the network (and the copy stored
 * if it is this build's); offline and never opened, a page that says the network is needed once. */
async function fromOpened(event, entry, request) {
  const address = new URL(entry.url, SCOPE).href;
  const cached = await caches.match(address, { cacheName: OPENED_CACHE });
  if (cached) return cached;
  const response = await fetch(request).catch(() => null);
  if (response?.ok && !response.redirected) {
    const copy = response.clone();
    event.waitUntil(
      (async () => {
        const body = await copy.arrayBuffer();
        if ((await sha256(body)) === entry.revision) await keep(OPENED_CACHE, address, clean(copy, body));
        await storePagesWith(entry);
      })().catch(() => undefined),
    );
  }
  if (response) return response;
  return request.mode === 'navigate' ? needsNetwork() : Response.error();
}

/** A page never opened, offline: it says, in every language, that it needs the network once. */
async function needsNetwork() {
  return (await caches.match(new URL(NEEDS_NETWORK, SCOPE).href, { cacheName: SHELL_CACHE })) ?? Response.error();
}

/** A page read this copy of a dataset file with nothing refused: it becomes the one kept. */
async function confirmed(url, expected) {
  if (!DATA_FILE.test(url)) return;
  const fresh = await caches.open(FRESH_CACHE);
  const copy = (await fresh.match(url)) ?? (await (await caches.open(DATA_CACHE)).match(url));
  if (!copy) return;
  const body = await copy.arrayBuffer();
  if ((await sha256(body)) !== expected) return;
  await keep(DATA_CACHE, url, clean(copy, body));
  await fresh.delete(url).catch(() => undefined);
}

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

async function tellPages(file) {
  const pages = await self.clients.matchAll({ type: 'window' });
  for (const page of pages) page.postMessage({ type: MESSAGES.dataUpdated, file });
}

// The copies this worker has already told each page about (by client id): a host that alternates
// two versions makes a page reload once at most, never a loop. Per page, because a page told that
// left before it confirmed the new copy (a tap on a link) must not leave the next page untold.
const told = new Set();

/** Downloads a dataset file and keeps it, unconfirmed, if this build can hold it. */
async function download(file) {
  const response = await fetch(file, { cache: 'no-cache' });
  if (!response.ok) return { response };
  const body = await limited(response);
  if (body === null) return { response: new Response(null, { status: 413, statusText: 'Payload Too Large' }) };
  if (readable(body)) await keep(FRESH_CACHE, file, clean(response, body));
  return { response: clean(response, body), body };
}

/** Each file of the dataset the pages read. The copy kept (read clean by a page) at once, and a
 * fresh one downloaded for the next time: when it differs, the pages are told, read it (asking
 * with `?frais`) and, if they find nothing refused in it, confirm it. Offline, the copy kept, else
 * the latest downloaded. A page that asks `?frais` gets the latest downloaded, else the network. */
async function dataStaleWhileRevalidate(event, file, fresh) {
  const kept = await caches.match(file, { cacheName: DATA_CACHE });
  const latest = () => caches.match(file, { cacheName: FRESH_CACHE });
  if (fresh) return (await latest()) ?? (await download(file)).response;
  if (!kept) {
    // Never read clean yet: the network first, so that a copy found wrong is not served forever.
    // Without it, the latest copy, or the one a page confirmed meanwhile.
    const got = await download(file).catch(() => null);
    if (got?.response.ok) return got.response;
    return (await latest()) ?? (await caches.match(file, { cacheName: DATA_CACHE })) ?? got?.response ?? Response.error();
  }
  const keptBody = await kept.clone().arrayBuffer();
  const refresh = (async () => {
    const { body } = await download(file);
    if (!body) return;
    const [was, now] = await Promise.all([sha256(keptBody), sha256(body)]);
    if (was === now) {
      await (await caches.open(FRESH_CACHE)).delete(file);
    } else if (!told.has(event.clientId + file + now)) {
      told.add(event.clientId + file + was);
      told.add(event.clientId + file + now);
      await tellPages(file);
    }
  })();
  event.waitUntil(refresh.catch(() => undefined));
  return kept;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  if (request.mode === 'navigate') {
    // The app's routes get their shell, in the copy that paints that route's heading.
    const shell = routeShell(url);
    if (shell && openedEntries.has(shell)) event.respondWith(fromOpened(event, openedEntries.get(shell), request));
    else if (shell) event.respondWith(fromShell(shell, request));
    return;
  }
  const file = url.href.split('?')[0];
  if (shellUrls.includes(file)) {
    event.respondWith(fromShell(file, request));
  } else if (openedEntries.has(file)) {
    event.respondWith(fromOpened(event, openedEntries.get(file), request));
  } else if (DATA_FILE.test(file)) {
    event.respondWith(dataStaleWhileRevalidate(event, file, url.searchParams.has('frais')));
  } else if (TRANSLATION_FILE.test(file)) {
    event.respondWith(translationNetworkFirst(file));
  }
});

/** A territory's translations: the network first (they follow the data, which can change without
 * a new build), the copy kept when it cannot be had. Kept beside the territories' files, so that an
 * update of the schema copies them too. */
async function translationNetworkFirst(file) {
  const response = await fetch(file, { cache: 'no-cache' }).catch(() => null);
  if (response?.ok) {
    await keep(DATA_CACHE, file, response.clone());
    return response;
  }
  return (await caches.match(file, { cacheName: DATA_CACHE })) ?? (await caches.match(file, { cacheName: FRESH_CACHE })) ?? response ?? Response.error();
}

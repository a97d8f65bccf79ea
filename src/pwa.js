// The service worker's plumbing, called by `use_service_worker` in src/pwa.rs. It reports what
// happens to one Rust callback, in one of these words:
//   'waiting'      a new version is installed and waits for the page's consent;
//   'replaced'     another tab switched to a new version: this page runs the old one;
//   'data-updated' the worker stored a newer, readable dataset.

// The messages between the page and the worker, defined here only: scripts/precache.mjs copies
// this object into sw.js.
export const MESSAGES = { dataUpdated: 'ttm:data-updated', skipWaiting: 'ttm:skip-waiting' };

let registration = null;
let updating = false;

// The dataset's files this page read before a first worker took control (a deep link's
// territory): read again through it, which stores them, so that they work offline too.
function storeDataRead() {
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('?')[0])
    .filter((name) => /\/data\/[a-z0-9-]+\.json$/.test(name))
    .forEach((name) => fetch(name).catch(() => undefined));
}

export function start_service_worker(url, report) {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  // Messages wait in the queue until startMessages(): none is lost before the app listens.
  container.addEventListener('message', (event) => {
    if (event.data && event.data.type === MESSAGES.dataUpdated) report('data-updated');
  });
  container.startMessages();
  const controlled = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    // This page asked for the update: it reloads. A first install taking control is not news.
    if (updating) window.location.reload();
    else if (controlled) report('replaced');
    else storeDataRead();
  });
  const watch = (worker) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) report('waiting');
    });
  // After the page has loaded: the worker's install downloads every file of the app, and must not
  // compete with what the first paint needs.
  const register = () => container.register(url);
  const registered = document.readyState === 'complete'
    ? register()
    : new Promise((resolve) => window.addEventListener('load', () => resolve(register()), { once: true }));
  registered
    .then((reg) => {
      registration = reg;
      if (reg.waiting && container.controller) report('waiting');
      // An update that was already installing when the page registered still gets its banner.
      watch(reg.installing);
      reg.addEventListener('updatefound', () => watch(reg.installing));
    })
    .catch((error) => console.warn('service worker not registered:', error));
}

// Lets the waiting worker take over; the page reloads when it has. When another tab already
// switched (nothing waits any more), a reload is all this page needs.
export function apply_update() {
  const waiting = registration?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  updating = true;
  waiting.postMessage({ type: MESSAGES.skipWaiting });
}

export function unregister_service_workers() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .getRegistrations()
    .then((all) => all.forEach((reg) => reg.unregister()))
    .catch(() => undefined);
}

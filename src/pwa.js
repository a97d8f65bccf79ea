// The service worker's plumbing, called by `use_service_worker` in src/pwa.rs. It reports what
// happens to one Rust callback, in one of these words:
//   'waiting'      a new version is installed and waits for the page's consent;
//   'replaced'     another tab switched to a new version: this page runs the old one;
//   'data-updated' the worker downloaded a newer copy of a dataset file (the page reads it again,
//                  and tells the worker when it read it with nothing refused: `data_read`).

import { digest_read } from './requests.js';

// The messages between the page and the worker, defined here only: scripts/precache.mjs copies
// this object into sw.js.
export const MESSAGES = { dataUpdated: 'ttm:data-updated', skipWaiting: 'ttm:skip-waiting', dataRead: 'ttm:data-read', opened: 'ttm:opened' };

let registration = null;
let updating = false;

// The dataset's files this page read with nothing refused: the worker keeps exactly those copies
// (their SHA-256 says which), so a wrong file never replaces a good one. Read before a first worker
// took control (a deep link's territory), they are read again through it first, so that they work
// offline too.
const readClean = new Set();
async function tellRead(url, through) {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return;
  if (through) await fetch(url).catch(() => undefined);
  worker.postMessage({ type: MESSAGES.dataRead, url, sha256: digest_read(url) });
}
export function data_read(url) {
  const address = new URL(url, document.baseURI).href;
  readClean.add(address);
  tellRead(address, false);
}
function storeDataRead() {
  readClean.forEach((url) => tellRead(url, true));
}
// The worker stores the paths other than the young person's when first opened; a first worker
// took control after this page loaded its own: it is told which (its address, what it loaded).
function storeOpened() {
  const urls = [window.location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
  navigator.serviceWorker.controller?.postMessage({ type: MESSAGES.opened, urls });
}

export function start_service_worker(url, report) {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  const heard = (data) => {
    if (data && data.type === MESSAGES.dataUpdated) report('data-updated');
  };
  // What the worker said before the app listened, src/lang.js kept; from now on the app listens.
  const early = window.__ttmWorkerMessages ?? [];
  window.__ttmWorkerMessages = null;
  early.forEach(heard);
  container.addEventListener('message', (event) => heard(event.data));
  container.startMessages();
  let controlled = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    // This page asked for the update: it reloads. A first install taking control is not news,
    // but from then on the page is controlled: a later change is another tab's update.
    if (updating) window.location.reload();
    else if (controlled) report('replaced');
    else {
      controlled = true;
      storeDataRead();
      storeOpened();
    }
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
